#pragma once
// What the user has asked to see: hidden structures, isolate, X-ray and the layer peel. Pure
// rules over plain data, applied to the frame description and to picking, tested without GL.
#include "core/content/content.h"
#include "core/scene/frame.h"
#include "core/scene/scene.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace myo {

struct ExploreView {
  std::vector<std::uint8_t> hidden; ///< per scene mesh, set by the user
  bool isolate = false;             ///< show the selection alone
  bool xray = false;                ///< everything but the selection see-through
  /// The outermost layer shown: Skin shows all; Superficial peels the skin; Deep peels the
  /// superficial muscles too; Bone leaves the skeleton.
  content::Layer outermost = content::Layer::Skin;
};

[[nodiscard]] std::optional<content::Layer> parseLayer(std::string_view name);
[[nodiscard]] std::string_view layerName(content::Layer layer);

/// Index into content.structures for each scene mesh (by node name), -1 where the content does
/// not describe the mesh. Resizes `out` in place.
void mapMeshesToStructures(const Scene& scene, const content::Content* content, std::vector<int>& out);

/// The layer of one mesh: from its structure, else a guess from its name (skin, bones).
[[nodiscard]] content::Layer meshLayer(const Scene& scene, const content::Content* content,
                                       const std::vector<int>& structureOfMesh, std::size_t mesh);

/// Sets visible and opacity of every style in `frame` from the view's rules. `selected` is a
/// mesh index or -1. Isolate without a selection shows everything.
void applyExploreView(const ExploreView& view, const Scene& scene, const content::Content* content,
                      const std::vector<int>& structureOfMesh, int selected, FrameDesc& frame);

} // namespace myo
