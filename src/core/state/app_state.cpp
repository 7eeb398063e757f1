#include "core/state/app_state.h"

#include <algorithm>
#include <cmath>

namespace myo {

void buildFrame(AppState& state, int width, int height) {
  FrameDesc& f = state.frame;
  f.width = width;
  f.height = height;
  float aspect = static_cast<float>(width) / static_cast<float>(std::max(1, height));
  f.view = state.camera.view();
  f.projection = state.camera.projection(aspect);
  f.eye = state.camera.eye();
  f.striations = state.striations;
  f.mirrored = state.bothLegs;
  f.meshStyles.resize(state.scene.meshes.size());
  for (auto& s : f.meshStyles) s = MeshStyle{};
  applyExploreView(state.explore, state.scene, state.content, state.structureOfMesh, state.selected, f);
  for (std::size_t i = 0; i < state.scene.meshes.size(); ++i) {
    MeshStyle& s = f.meshStyles[i];
    if (state.scene.meshes[i].name == "skin" && !state.showSkin) s.visible = false;
    if (static_cast<int>(i) == state.hovered) s.highlight = glm::vec3(0.06f, 0.05f, 0.03f);
    if (static_cast<int>(i) == state.selected) s.highlight = glm::vec3(0.14f, 0.10f, 0.03f);
  }
  f.outlined.clear(); // keeps its capacity
  if (state.selected >= 0) f.outlined.push_back(state.selected);
}

std::vector<std::string> applyStartOptions(AppState& state) {
  std::vector<std::string> problems;
  const AppOptions& o = state.options;
  refreshContentLinks(state);
  if (!o.select.empty() && !selectByName(state, o.select))
    problems.push_back("--select " + o.select + ": the model has no structure with that id");
  state.explore.isolate = o.isolate;
  state.bothLegs = o.bothLegs;
  state.showLabels = o.labels;
  state.explore.xray = o.xray;
  if (auto layer = parseLayer(o.layer)) state.explore.outermost = *layer;
  for (const std::string& id : o.hide) {
    bool found = false;
    for (std::size_t i = 0; i < state.scene.meshes.size(); ++i)
      if (state.scene.meshes[i].name == id) state.explore.hidden[i] = 1, found = true;
    if (!found) problems.push_back("--hide " + id + ": the model has no structure with that id");
  }
  return problems;
}

bool selectByName(AppState& state, const std::string& id) {
  for (std::size_t i = 0; i < state.scene.meshes.size(); ++i)
    if (state.scene.meshes[i].name == id) {
      state.selected = static_cast<int>(i);
      return true;
    }
  state.selected = -1;
  return false;
}

void pickableMeshes(const AppState& state, std::vector<std::uint8_t>& flags) {
  flags.resize(state.scene.meshes.size());
  for (std::size_t i = 0; i < flags.size(); ++i) {
    const SceneMesh& m = state.scene.meshes[i];
    MeshStyle style = i < state.frame.meshStyles.size() ? state.frame.meshStyles[i] : MeshStyle{};
    bool seeThrough = style.opacity < 0.999f ||
                      (static_cast<std::size_t>(m.material) < state.scene.materials.size() &&
                       state.scene.materials[static_cast<std::size_t>(m.material)].translucent);
    flags[i] = style.visible && !seeThrough;
  }
}

void refreshContentLinks(AppState& state) {
  mapMeshesToStructures(state.scene, state.content, state.structureOfMesh);
  state.explore.hidden.resize(state.scene.meshes.size(), 0);
  const std::size_t count = state.content ? state.content->structures.size() : 0;
  state.meshOfStructure.assign(count, -1);
  for (std::size_t m = 0; m < state.structureOfMesh.size(); ++m)
    if (state.structureOfMesh[m] >= 0) state.meshOfStructure[static_cast<std::size_t>(state.structureOfMesh[m])] = static_cast<int>(m);
  state.searchIndex.clear();
  for (std::size_t i = 0; i < count; ++i) {
    const content::Structure& st = state.content->structures[i];
    SearchEntry e{st.id, {st.name, st.latin}};
    e.names.insert(e.names.end(), st.synonyms.begin(), st.synonyms.end());
    state.searchIndex.push_back(std::move(e));
  }
  state.lastQuery = "\x01"; // forces the next updateSearch to run
}

Aabb viewBounds(const AppState& state) {
  Aabb box = state.scene.bounds();
  if (state.bothLegs && !box.empty()) {
    box.add(glm::vec3(box.min.x, box.min.y, -box.max.z));
    box.add(glm::vec3(box.max.x, box.max.y, -box.min.z));
  }
  return box;
}

std::optional<PickHit> pickAlong(const AppState& state, const TriangleBvh& bvh, const Ray& ray,
                                 std::span<const std::uint8_t> pickable) {
  auto hit = bvh.intersect(ray, pickable);
  if (!state.bothLegs) return hit;
  const glm::vec3 flip{1.0f, 1.0f, -1.0f};
  auto mirrored = bvh.intersect(Ray{ray.origin * flip, ray.direction * flip}, pickable);
  if (mirrored && (!hit || mirrored->distance < hit->distance)) {
    mirrored->point *= flip;
    return mirrored;
  }
  return hit;
}

void updateSearch(AppState& state) {
  const char* query = state.searchQuery.data();
  if (state.lastQuery == query) return;
  state.lastQuery = query;
  state.searchResults = searchStructures(state.searchIndex, state.lastQuery);
}

void startTransition(AppState& state, const CameraPose& target, double now, double duration) {
  state.transition = {state.camera.pose, target, now, duration, true};
}

bool updateTransition(AppState& state, double now) {
  CameraTransition& t = state.transition;
  if (!t.active) return false;
  double u = t.duration > 0.0 ? (now - t.start) / t.duration : 1.0;
  if (u >= 1.0) {
    state.camera.pose = t.to;
    t.active = false;
    return false;
  }
  u = std::clamp(u, 0.0, 1.0);
  float eased = static_cast<float>(u * u * (3.0 - 2.0 * u)); // smoothstep: no jolt at either end
  state.camera.pose = interpolate(t.from, t.to, eased);
  return true;
}

} // namespace myo
