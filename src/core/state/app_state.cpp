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
  f.meshStyles.resize(state.scene.meshes.size());
  for (std::size_t i = 0; i < state.scene.meshes.size(); ++i) {
    MeshStyle& s = f.meshStyles[i];
    s = MeshStyle{};
    if (state.scene.meshes[i].name == "skin") s.visible = state.showSkin;
    if (static_cast<int>(i) == state.hovered) s.highlight = glm::vec3(0.06f, 0.05f, 0.03f);
    if (static_cast<int>(i) == state.selected) s.highlight = glm::vec3(0.14f, 0.10f, 0.03f);
  }
  f.outlined.clear(); // keeps its capacity
  if (state.selected >= 0) f.outlined.push_back(state.selected);
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
    bool visible = !(m.name == "skin" && !state.showSkin);
    bool seeThrough = static_cast<std::size_t>(m.material) < state.scene.materials.size() &&
                      state.scene.materials[static_cast<std::size_t>(m.material)].translucent;
    flags[i] = visible && !seeThrough;
  }
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
