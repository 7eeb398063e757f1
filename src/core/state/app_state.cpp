#include "core/state/app_state.h"

#include "core/motion/stretch_pose.h"
#include "core/overlay/condition_view.h"

#include <algorithm>
#include <cmath>

namespace myo {

glm::vec3 lengtheningColour(double change) {
  // Bright and saturated all the way, so no step reads as the muscles' own dull red: pale yellow
  // (unchanged), amber (+10%), magenta (+20%), violet (+30%); blue for shorter.
  const glm::vec3 shorter{0.25f, 0.50f, 0.95f}, none{0.97f, 0.93f, 0.60f}, amber{1.0f, 0.68f, 0.05f},
      magenta{0.95f, 0.15f, 0.75f}, violet{0.50f, 0.15f, 0.95f};
  auto c = static_cast<float>(change);
  if (c < 0.0f) return glm::mix(none, shorter, std::min(1.0f, -c / 0.1f));
  if (c < 0.10f) return glm::mix(none, amber, c / 0.10f);
  if (c < 0.20f) return glm::mix(amber, magenta, (c - 0.10f) / 0.10f);
  return glm::mix(magenta, violet, std::min(1.0f, (c - 0.20f) / 0.10f));
}

const content::Stretch* currentStretch(const AppState& state) {
  if (!state.content || state.player.stretch < 0 ||
      static_cast<std::size_t>(state.player.stretch) >= state.content->stretches.size())
    return nullptr;
  return &state.content->stretches[static_cast<std::size_t>(state.player.stretch)];
}

float stretchTotalSeconds(const AppState& state) {
  const content::Stretch* s = currentStretch(state);
  if (!s) return 0.0f;
  const int sides = s->sides == content::Sides::Both ? 2 : 1;
  return motion::repetitionTiming(*s).totalS() * static_cast<float>(std::max(1, s->reps) * sides);
}

StretchMoment stretchMoment(const AppState& state) {
  StretchMoment m;
  const content::Stretch* s = currentStretch(state);
  if (!s) return m;
  const float rep = motion::repetitionTiming(*s).totalS();
  const int reps = std::max(1, s->reps);
  m.sides = s->sides == content::Sides::Both ? 2 : 1;
  const float total = rep * static_cast<float>(reps * m.sides);
  const float time = std::clamp(state.player.time, 0.0f, total);
  const int index = rep > 0.0f ? std::min(reps * m.sides - 1, static_cast<int>(time / rep)) : 0;
  m.side = index / reps;
  m.repetition = index % reps;
  m.inRepetition = time - rep * static_cast<float>(index);
  m.left = s->sides == content::Sides::Left || (s->sides == content::Sides::Both && m.side == 1);
  return m;
}

void chooseStretch(AppState& state, int index) {
  if (index >= 0) { // a stretch poses the leg; the rolling path waits for it to stand again
    state.rolling.path = -1;
    state.rolling.playing = false;
  }
  state.player.stretch = index;
  state.player.time = 0.0f;
  state.player.playing = index >= 0;
  state.targetLengths.clear();
  if (!state.anatomy) return;
  // Sized once per stretch, so posing each frame measures every muscle without allocating.
  state.muscleLengths.assign(state.anatomy->muscles.size(), 0.0);
  state.standingLengths.clear();
  for (const anatomy::Muscle& m : state.anatomy->muscles) state.standingLengths.push_back(motion::muscleLength(*state.anatomy, m, {}));
  if (const content::Stretch* s = currentStretch(state))
    for (const std::string& t : s->targets) {
      const std::vector<std::size_t> muscles = state.anatomy->lengthMuscles(t);
      if (muscles.empty()) continue;
      const std::size_t through = motion::mostLengthened(*state.anatomy, muscles, motion::holdPose(*s));
      const anatomy::Muscle& m = state.anatomy->muscles[through];
      TargetLength target{t, through, state.standingLengths[through], 0.0, {}};
      // Sampled once here, so the panel's plot costs nothing per frame.
      const float rep = motion::repetitionTiming(*s).totalS();
      for (int i = 0; i < 64; ++i) {
        double len = motion::muscleLength(*state.anatomy, m, motion::repetitionPose(*s, rep * static_cast<float>(i) / 63.0f));
        target.curve.push_back(static_cast<float>((len / target.standing - 1.0) * 100.0));
      }
      state.targetLengths.push_back(std::move(target));
    }
}

void advancePlayer(AppState& state, float dt) {
  StretchPlayer& p = state.player;
  if (!p.playing || p.stretch < 0) return;
  const float total = stretchTotalSeconds(state);
  p.time += dt * p.speed;
  if (p.time >= total) {
    if (p.loop && total > 0.0f)
      p.time = std::fmod(p.time, total);
    else {
      p.time = total;
      p.playing = false;
    }
  }
}

namespace {
// Poses the skeleton for the playing stretch and measures its targets.
void applyStretch(AppState& state, FrameDesc& f) {
  const content::Stretch* s = currentStretch(state);
  f.skinned = false;
  if (!s || !state.anatomy) return;
  const StretchMoment moment = stretchMoment(state);
  const motion::ClinicalAngles angles = motion::repetitionPose(*s, moment.inRepetition);
  // The left side is the right leg drawn mirrored, as the left leg (both, when both are shown).
  if (moment.left) {
    f.mirrored = true;
    f.drawRight = state.bothLegs;
  }
  motion::toModelCoordinates(angles, state.poseCoordinates);
  motion::solvePose(*state.anatomy, state.poseCoordinates, state.bodyPoses);
  const auto& coords = state.poseCoordinates;
  const motion::BodyPoses& poses = state.bodyPoses;
  motion::computePalette(*state.anatomy, poses, state.scene.joints, f.palette);
  f.skinned = true;
  // Every muscle, as OpenSim measures it: the mean of its lines at this pose.
  for (std::size_t i = 0; i < state.muscleLengths.size() && i < state.anatomy->muscles.size(); ++i) {
    const anatomy::Muscle& m = state.anatomy->muscles[i];
    double sum = 0.0;
    for (const auto& line : m.lines) sum += motion::lineLength(*state.anatomy, line, poses, coords);
    state.muscleLengths[i] = m.lines.empty() ? 0.0 : sum / static_cast<double>(m.lines.size());
  }
  for (TargetLength& target : state.targetLengths) {
    target.now = target.through < state.muscleLengths.size() ? state.muscleLengths[target.through] : 0.0;
    for (std::size_t i = 0; i < state.scene.meshes.size() && i < f.meshStyles.size(); ++i)
      if (state.scene.meshes[i].name == target.muscle)
        f.meshStyles[i].tint = glm::vec4(lengtheningColour(target.change()), 0.85f);
  }
}
} // namespace

namespace {
// Pain heat, avoid zones and the ranked structures to work on, for the chosen condition.
void applyCondition(const AppState& state, FrameDesc& f) {
  f.heatCount = 0;
  f.zoneCount = 0;
  if (!state.content || state.condition < 0) return;
  const content::Condition& c = state.content->conditions[static_cast<std::size_t>(state.condition)];
  if (state.showPain)
    for (const std::string& id : c.painSites) {
      const content::PainSite* site = state.content->painSite(id);
      auto at = site ? overlay::resolvePoint(state.scene, site->at) : std::nullopt;
      if (!at || f.heatCount >= static_cast<int>(f.heat.size())) continue;
      bool referred = site->kind == content::PainKind::Referred;
      float boost = id == state.focusedPainSite ? 1.35f : 1.0f;
      f.heat[static_cast<std::size_t>(f.heatCount++)] = {*at, site->radius, referred ? kReferredPain : kLocalPain,
                                                          std::min(1.0f, site->intensity * boost)};
    }
  if (state.showZones)
    for (const std::string& id : c.avoidZones) {
      const content::AvoidZone* zone = state.content->avoidZone(id);
      auto at = zone ? overlay::resolvePoint(state.scene, zone->center) : std::nullopt;
      if (!at || f.zoneCount >= static_cast<int>(f.zones.size())) continue;
      f.zones[static_cast<std::size_t>(f.zoneCount++)] = {*at, zone->radius};
    }
  // The structures to work on glow, the first ranked the most.
  const float n = static_cast<float>(c.workOn.size());
  for (std::size_t r = 0; r < c.workOn.size(); ++r)
    for (std::size_t i = 0; i < state.scene.meshes.size() && i < f.meshStyles.size(); ++i)
      if (state.scene.meshes[i].name == c.workOn[r].structure && static_cast<int>(i) != state.selected)
        f.meshStyles[i].highlight += glm::vec3(0.02f, 0.10f, 0.06f) * (1.0f - static_cast<float>(r) / (n + 1.0f));
}
} // namespace

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
  f.drawRight = true;
  f.meshStyles.resize(state.scene.meshes.size());
  for (auto& s : f.meshStyles) s = MeshStyle{};
  applyExploreView(state.explore, state.scene, state.content, state.structureOfMesh, state.selected, f);
  for (std::size_t i = 0; i < state.scene.meshes.size(); ++i) {
    MeshStyle& s = f.meshStyles[i];
    if (state.scene.meshes[i].name == "skin" && !state.showSkin) s.visible = false;
    if (static_cast<int>(i) == state.hovered) s.highlight = glm::vec3(0.06f, 0.05f, 0.03f);
    if (static_cast<int>(i) == state.selected) s.highlight = glm::vec3(0.14f, 0.10f, 0.03f);
  }
  applyStretch(state, f);
  applyCondition(state, f);
  refreshPathOverview(state);
  applyRolling(state, f);
  f.outlined.clear(); // keeps its capacity
  if (state.selected >= 0) f.outlined.push_back(state.selected);
}

std::vector<std::string> applyStartOptions(AppState& state) {
  std::vector<std::string> problems;
  const AppOptions& o = state.options;
  refreshContentLinks(state);
  if (!o.select.empty() && !selectByName(state, o.select))
    problems.push_back("--select " + o.select + ": the model has no structure with that id");
  if (!o.condition.empty()) {
    const content::Condition* found = state.content ? state.content->condition(o.condition) : nullptr;
    if (!found)
      problems.push_back("--condition " + o.condition + ": the content has no condition with that id");
    else
      state.condition = static_cast<int>(found - state.content->conditions.data());
  }
  if (!o.show.empty()) {
    auto has = [&](const char* what) { return std::find(o.show.begin(), o.show.end(), what) != o.show.end(); };
    state.showPain = has("pain");
    state.showZones = has("zones");
    state.showPaths = has("paths");
  }
  if (!o.stretch.empty()) {
    const content::Stretch* found = state.content ? state.content->stretch(o.stretch) : nullptr;
    if (!found)
      problems.push_back("--stretch " + o.stretch + ": the content has no stretch with that id");
    else {
      chooseStretch(state, static_cast<int>(found - state.content->stretches.data()));
      state.player.time = o.time;
    }
  }
  if (!o.path.empty() && !(state.content && state.content->rollingPath(o.path)))
    problems.push_back("--path " + o.path + ": the content has no rolling path with that id");
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
  state.lastQuery.assign(1, '\x01'); // forces the next updateSearch to run
}

Aabb viewBounds(const AppState& state) {
  Aabb box;
  if (state.frame.skinned) {
    // Posed: skin every 16th vertex on the CPU as the shader does; plenty to frame with.
    for (const SceneMesh& m : state.scene.meshes)
      for (std::size_t i = 0; i < m.vertices.size(); i += 16) box.add(posedPosition(m.vertices[i], state.frame.palette));
  } else {
    box = state.scene.bounds();
  }
  if (state.frame.mirrored && !box.empty()) {
    const Aabb right = box;
    box.add(glm::vec3(right.min.x, right.min.y, -right.max.z));
    box.add(glm::vec3(right.max.x, right.max.y, -right.min.z));
    if (!state.frame.drawRight) box = Aabb{glm::vec3(right.min.x, right.min.y, -right.max.z), glm::vec3(right.max.x, right.max.y, -right.min.z)};
  }
  return box;
}

Aabb structureBounds(const AppState& state, int mesh) {
  const SceneMesh& m = state.scene.meshes[static_cast<std::size_t>(mesh)];
  if (!state.frame.skinned) return m.bounds;
  Aabb box;
  for (const Vertex& v : m.vertices) box.add(posedPosition(v, state.frame.palette));
  return box;
}

Aabb startBounds(const AppState& state) {
  if (state.explore.isolate && state.selected >= 0) return structureBounds(state, state.selected);
  if (state.rolling.surface) {
    Aabb box = state.scene.meshes[static_cast<std::size_t>(state.rolling.surface->mesh)].bounds;
    for (const auto& p : state.rolling.surface->points) box.add(p.position + p.normal * 0.12f);
    return box;
  }
  return viewBounds(state);
}

std::optional<PickHit> pickAlong(const AppState& state, const TriangleBvh& bvh, const Ray& ray,
                                 std::span<const std::uint8_t> pickable) {
  std::optional<PickHit> hit;
  if (state.frame.drawRight) hit = bvh.intersect(ray, pickable);
  if (!state.frame.mirrored) return hit;
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
