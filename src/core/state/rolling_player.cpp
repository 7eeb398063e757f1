#include "core/state/rolling_player.h"

#include "core/overlay/roller.h"
#include "core/state/app_state.h"

#include <algorithm>
#include <cmath>

namespace myo {

std::vector<int> pathsForCondition(const content::Content& pack, const content::Condition& condition) {
  std::vector<int> out;
  auto add = [&](const content::RollingPath* p) {
    if (!p) return;
    const int index = static_cast<int>(p - pack.rollingPaths.data());
    if (std::find(out.begin(), out.end(), index) == out.end()) out.push_back(index);
  };
  for (const content::Routine& r : pack.routines)
    if (r.condition == condition.id)
      for (const content::RoutineStep& step : r.steps)
        if (step.kind == content::StepKind::Roll) add(pack.rollingPath(step.ref));
  for (const content::WorkOn& w : condition.workOn)
    for (const content::RollingPath& p : pack.rollingPaths)
      if (p.target == w.structure) add(&p);
  return out;
}

const content::RollingPath* currentPath(const AppState& state) {
  const RollingPlayer& r = state.rolling;
  if (!state.content || r.path < 0 || static_cast<std::size_t>(r.path) >= state.content->rollingPaths.size())
    return nullptr;
  return &state.content->rollingPaths[static_cast<std::size_t>(r.path)];
}

std::string choosePath(AppState& state, int index, const TriangleBvh& bvh) {
  // The roller and the stretch use the same leg: rolling is shown standing.
  chooseStretch(state, -1);
  RollingPlayer& r = state.rolling;
  r.path = -1;
  r.time = 0.0f;
  r.playing = false;
  r.surface.reset();
  r.covering.clear();
  r.ribbonVertices.clear();
  r.ribbonIndices.clear();
  ++r.version;
  if (index < 0 || !state.content || static_cast<std::size_t>(index) >= state.content->rollingPaths.size())
    return {};
  const content::RollingPath& path = state.content->rollingPaths[static_cast<std::size_t>(index)];
  overlay::ProjectedPath laid = overlay::projectPath(state.scene, path);
  if (!laid.path) return laid.error;
  r.path = index;
  r.playing = true;
  r.surface = std::move(laid.path);
  r.covering = overlay::coveringMeshes(bvh, *r.surface, state.scene.meshes.size());
  overlay::buildRibbon(*r.surface, state.scene.meshes[static_cast<std::size_t>(r.surface->mesh)],
                       r.ribbonVertices, r.ribbonIndices);
  return {};
}

void advanceRolling(AppState& state, float dt) {
  RollingPlayer& r = state.rolling;
  const content::RollingPath* path = currentPath(state);
  if (!r.playing || !path) return;
  const float total = overlay::rollingTotalSeconds(*path);
  r.time += dt * r.speed;
  if (r.time >= total) {
    if (r.loop)
      r.time = std::fmod(r.time, total);
    else {
      r.time = total;
      r.playing = false;
    }
  }
}

void refreshPathOverview(AppState& state) {
  RollingPlayer& r = state.rolling;
  if (r.overviewCondition == state.condition && r.overviewContent == state.content) return;
  r.overviewCondition = state.condition;
  r.overviewContent = state.content;
  r.overviewVertices.clear();
  r.overviewIndices.clear();
  ++r.overviewVersion;
  if (!state.content || state.condition < 0) return;
  std::vector<PathVertex> vertices;
  std::vector<std::uint32_t> indices;
  for (int i : pathsForCondition(*state.content, state.content->conditions[static_cast<std::size_t>(state.condition)])) {
    const overlay::ProjectedPath laid = overlay::projectPath(state.scene, state.content->rollingPaths[static_cast<std::size_t>(i)]);
    if (!laid.path) continue; // the model lacks it; choosing it says why
    overlay::buildRibbon(*laid.path, state.scene.meshes[static_cast<std::size_t>(laid.path->mesh)], vertices, indices);
    const auto base = static_cast<std::uint32_t>(r.overviewVertices.size());
    r.overviewVertices.insert(r.overviewVertices.end(), vertices.begin(), vertices.end());
    for (std::uint32_t index : indices) r.overviewIndices.push_back(base + index);
  }
}

void applyRolling(const AppState& state, FrameDesc& f) {
  const RollingPlayer& r = state.rolling;
  const content::RollingPath* path = currentPath(state);
  f.rolling.visible = false;
  f.rolling.roller = false;
  f.peel = glm::vec4(0.0f);
  // Paths are laid on the standing leg; while a stretch poses it they would float.
  if (!state.showPaths || f.skinned) return;
  if (!path && !r.overviewIndices.empty()) {
    f.rolling.visible = true;
    f.rolling.vertices = &r.overviewVertices;
    f.rolling.indices = &r.overviewIndices;
    f.rolling.version = r.overviewVersion;
    f.rolling.ghost = false; // paths on the far side would clutter the view through the leg
    return;
  }
  if (!path || !r.surface) return;
  f.rolling.visible = true;
  f.rolling.ghost = true;
  f.rolling.vertices = &r.ribbonVertices;
  f.rolling.indices = &r.ribbonIndices;
  f.rolling.version = r.version;
  const overlay::RollerPlace place = overlay::rollerAt(*r.surface, *path, r.time);
  f.rolling.roller = true;
  f.rolling.rollerSphere = overlay::toolSize(path->tool).sphere;
  f.rolling.rollerTransform = overlay::rollerTransform(place, path->tool);
  switch (path->tool) {
  case content::Tool::FoamRoller:
    f.rolling.rollerColour = {0.10f, 0.32f, 0.80f, 0.55f};
    break;
  case content::Tool::Ball:
    f.rolling.rollerColour = {0.90f, 0.45f, 0.06f, 0.9f};
    break;
  case content::Tool::Stick:
    f.rolling.rollerColour = {0.12f, 0.12f, 0.14f, 0.9f};
    break;
  }
  // Whatever covers the target is cut open around the roller, to show what it presses on.
  f.peel = glm::vec4(place.contact.position, std::max(0.035f, overlay::toolSize(path->tool).radius * 0.8f));
  for (int m : r.covering)
    if (static_cast<std::size_t>(m) < f.meshStyles.size())
      f.meshStyles[static_cast<std::size_t>(m)].peeled = true;
}

} // namespace myo
