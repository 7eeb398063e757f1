#include "core/explore/visibility.h"

namespace myo {

std::optional<content::Layer> parseLayer(std::string_view name) {
  using content::Layer;
  for (Layer l : {Layer::Skin, Layer::Superficial, Layer::Deep, Layer::Bone})
    if (layerName(l) == name) return l;
  return std::nullopt;
}

std::string_view layerName(content::Layer layer) {
  switch (layer) {
  case content::Layer::Skin: return "skin";
  case content::Layer::Superficial: return "superficial";
  case content::Layer::Deep: return "deep";
  case content::Layer::Bone: return "bone";
  }
  return "skin";
}

void mapMeshesToStructures(const Scene& scene, const content::Content* content, std::vector<int>& out) {
  out.assign(scene.meshes.size(), -1);
  if (!content) return;
  for (std::size_t m = 0; m < scene.meshes.size(); ++m)
    for (std::size_t s = 0; s < content->structures.size(); ++s)
      if (content->structures[s].node == scene.meshes[m].name) {
        out[m] = static_cast<int>(s);
        break;
      }
}

content::Layer meshLayer(const Scene& scene, const content::Content* content, const std::vector<int>& structureOfMesh,
                         std::size_t mesh) {
  if (content && mesh < structureOfMesh.size() && structureOfMesh[mesh] >= 0)
    return content->structures[static_cast<std::size_t>(structureOfMesh[mesh])].layer;
  // Models without content still peel sensibly: a mesh named skin is the skin.
  return scene.meshes[mesh].name == "skin" ? content::Layer::Skin : content::Layer::Superficial;
}

void applyExploreView(const ExploreView& view, const Scene& scene, const content::Content* content,
                      const std::vector<int>& structureOfMesh, int selected, FrameDesc& frame) {
  const bool isolating = view.isolate && selected >= 0;
  for (std::size_t m = 0; m < frame.meshStyles.size() && m < scene.meshes.size(); ++m) {
    MeshStyle& style = frame.meshStyles[m];
    const bool isSelected = static_cast<int>(m) == selected;
    bool visible = !(m < view.hidden.size() && view.hidden[m]);
    if (meshLayer(scene, content, structureOfMesh, m) < view.outermost) visible = false;
    if (isolating) visible = isSelected;
    if (isSelected && !(m < view.hidden.size() && view.hidden[m])) visible = true; // peeling never hides the selection
    style.visible = visible;
    if (view.xray && selected >= 0 && !isSelected) style.opacity = 0.12f;
  }
}

} // namespace myo
