// MyoMap: reading the overlay, movement and routine entries of a content file.
#include "core/content/known_ids.h"
#include "core/content/parse_context.h"

namespace myo::content::detail {
namespace {

constexpr std::array kPainKeys = {"id"sv, "name"sv, "at"sv, "radius"sv, "intensity"sv, "kind"sv, "when"sv, "cite"sv};
constexpr std::array<Choice<PainKind>, 2> kPainKinds = {Choice<PainKind>{"local", PainKind::Local},
                                                        {"referred", PainKind::Referred}};
constexpr std::array kAvoidKeys = {"id"sv, "name"sv, "center"sv, "radius"sv, "reason"sv, "phase"sv, "cite"sv};
constexpr std::array kPathKeys = {"id"sv,         "name"sv,   "target"sv,  "tool"sv,  "position"sv,
                                  "start"sv,      "via"sv,    "end"sv,     "passes"sv, "tempo_s"sv,
                                  "duration_s"sv, "pressure"sv, "cues"sv,  "phase"sv, "cite"sv};
constexpr std::array<Choice<Tool>, 3> kTools = {
    Choice<Tool>{"foam_roller", Tool::FoamRoller}, {"ball", Tool::Ball}, {"stick", Tool::Stick}};
constexpr std::array<Choice<Pressure>, 3> kPressures = {
    Choice<Pressure>{"light", Pressure::Light}, {"moderate", Pressure::Moderate}, {"firm", Pressure::Firm}};
constexpr std::array kStretchKeys = {"id"sv,   "name"sv,  "targets"sv, "position"sv, "keyframes"sv, "hold_s"sv,
                                     "reps"sv, "sides"sv, "cues"sv,    "phase"sv,    "cite"sv};
constexpr std::array kKeyframeKeys = {"t"sv, "hip_flexion"sv, "hip_abduction"sv, "hip_rotation"sv,
                                      "knee_flexion"sv, "ankle_dorsiflexion"sv};
constexpr std::array<Choice<Sides>, 3> kSides = {
    Choice<Sides>{"both", Sides::Both}, {"right", Sides::Right}, {"left", Sides::Left}};
constexpr std::array kExerciseKeys = {"id"sv,   "name"sv, "targets"sv, "position"sv, "sets"sv,
                                      "reps"sv, "cues"sv, "phase"sv,   "cite"sv};
constexpr std::array kRoutineKeys = {"id"sv, "name"sv, "condition"sv, "phase"sv, "summary"sv, "steps"sv, "cite"sv};
constexpr std::array kStepKeys = {"roll"sv, "stretch"sv, "strengthen"sv, "rest"sv, "duration_s"sv, "note"sv};

// Longest stretch movement we animate; longer is almost surely a typo for a hold.
constexpr double kMaxKeyframeTime = 60;

std::optional<SurfacePoint> point(Ctx& ctx, Fields& f, std::string_view key, bool required) {
  if (!f.has(key)) {
    if (required) f.missing(key, "landmark_id");
    return std::nullopt;
  }
  return parsePoint(ctx, f.node(key), f.what() + ": " + std::string(key));
}

std::optional<Keyframe> parseKeyframe(Ctx& ctx, const YAML::Node& n, const std::string& what) {
  Fields f(ctx.sink, n, what, kKeyframeKeys);
  if (!f.isMap()) return std::nullopt;
  Keyframe k;
  auto t = f.number("t", true, 0, kMaxKeyframeTime, "s");
  if (!t) return std::nullopt;
  k.t = static_cast<float>(*t);
  bool ok = true;
  // Angles left out stay at 0, the neutral standing pose.
  for (const auto& r : jointRanges()) {
    YAML::Node a = f.node(r.key);
    if (!a.IsDefined()) continue;
    auto v = parseNumber(a);
    if (!v) {
      ctx.sink.error(a.Mark(), what + ": " + std::string(r.key) + " must be a number of degrees");
      ok = false;
    } else if (*v < r.min || *v > r.max) {
      ctx.sink.error(a.Mark(), what + ": " + std::string(r.key) + " " + a.Scalar() + " is beyond " +
                                   std::string(r.owner) + " range " + formatNumber(r.min) + ".." + formatNumber(r.max));
      ok = false;
    } else {
      k.angle[static_cast<int>(r.joint)] = static_cast<float>(*v);
    }
  }
  return ok ? std::optional(k) : std::nullopt;
}

} // namespace

void parsePainSites(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "pain_sites", [&](const YAML::Node& n) {
    PainSite s;
    Fields f = openEntry(ctx, n, "pain site", kPainKeys, c.painSites, s);
    if (!f.isMap()) return;
    s.name = f.text("name", true);
    if (auto p = point(ctx, f, "at", true)) s.at = *p;
    s.radius = static_cast<float>(f.number("radius", true, 0.005, 0.15, "m").value_or(0));
    s.intensity = static_cast<float>(f.number("intensity", true, 0, 1, "").value_or(0));
    s.kind = f.choice<PainKind>("kind", true, kPainKinds).value_or(PainKind::Local);
    s.when = f.texts("when", true);
    s.cites = parseCites(ctx, f);
    c.painSites.push_back(std::move(s));
  });
}

void parseAvoidZones(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "avoid_zones", [&](const YAML::Node& n) {
    AvoidZone z;
    Fields f = openEntry(ctx, n, "avoid zone", kAvoidKeys, c.avoidZones, z);
    if (!f.isMap()) return;
    z.name = f.text("name", true);
    if (auto p = point(ctx, f, "center", true)) z.center = *p;
    z.radius = static_cast<float>(f.number("radius", true, 0.01, 0.3, "m").value_or(0));
    z.reason = f.text("reason", true);
    z.phase = parsePhase(f, true).value_or(Phase::Any);
    z.cites = parseCites(ctx, f);
    c.avoidZones.push_back(std::move(z));
  });
}

void parseRollingPaths(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "rolling_paths", [&](const YAML::Node& n) {
    RollingPath r;
    Fields f = openEntry(ctx, n, "rolling path", kPathKeys, c.rollingPaths, r);
    if (!f.isMap()) return;
    r.name = f.text("name", true);
    r.target = parseIdRef(ctx, f, "target", RefKind::Structure, true);
    r.tool = f.choice<Tool>("tool", true, kTools).value_or(Tool::FoamRoller);
    r.position = f.text("position", true);
    if (auto p = point(ctx, f, "start", true)) r.start = *p;
    if (auto p = point(ctx, f, "end", true)) r.end = *p;
    if (YAML::Node via = f.node("via"); via.IsDefined()) {
      if (!via.IsSequence()) ctx.sink.error(via.Mark(), f.what() + ": 'via' must be a list of points");
      for (std::size_t i = 0; via.IsSequence() && i < via.size(); ++i)
        if (auto p = parsePoint(ctx, via[i], f.what() + ": via " + std::to_string(i + 1))) r.via.push_back(*p);
    }
    auto passes = f.integer("passes", true, 1, 30);
    auto tempo = f.number("tempo_s", true, 1, 60, "s");
    auto duration = f.number("duration_s", true, 10, 600, "s");
    r.passes = passes.value_or(0);
    r.tempoS = static_cast<float>(tempo.value_or(0));
    r.durationS = static_cast<float>(duration.value_or(0));
    if (passes && tempo && duration && *passes * *tempo > *duration)
      ctx.sink.error(f.node("duration_s").Mark(),
                     f.what() + ": duration_s " + formatNumber(*duration) + " is shorter than passes x tempo_s = " +
                         formatNumber(*passes * *tempo) + " s; raise duration_s or lower passes");
    r.pressure = f.choice<Pressure>("pressure", true, kPressures).value_or(Pressure::Moderate);
    r.cues = f.texts("cues", true);
    r.phase = parsePhase(f, true).value_or(Phase::Any);
    r.cites = parseCites(ctx, f);
    c.rollingPaths.push_back(std::move(r));
  });
}

void parseStretches(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "stretches", [&](const YAML::Node& n) {
    Stretch s;
    Fields f = openEntry(ctx, n, "stretch", kStretchKeys, c.stretches, s);
    if (!f.isMap()) return;
    s.name = f.text("name", true);
    s.targets = parseIds(ctx, f, "targets", RefKind::Structure, true);
    s.position = f.text("position", true);
    YAML::Node kfs = f.node("keyframes");
    if (!kfs.IsDefined()) {
      f.missing("keyframes", "[{t: 0}, {t: 3, knee_flexion: 120}]");
    } else if (!kfs.IsSequence() || kfs.size() < 2) {
      ctx.sink.error(kfs.Mark(), f.what() + ": 'keyframes' needs a list of at least two poses (start and stretch)");
    } else {
      for (std::size_t i = 0; i < kfs.size(); ++i) {
        std::string what = f.what() + ": keyframe " + std::to_string(i + 1);
        auto k = parseKeyframe(ctx, kfs[i], what);
        if (!k) continue;
        if (s.keyframes.empty() && i == 0 && k->t != 0)
          ctx.sink.error(kfs[i].Mark(), what + ": the first keyframe must be at t: 0");
        else if (!s.keyframes.empty() && k->t <= s.keyframes.back().t)
          ctx.sink.error(kfs[i].Mark(), what + ": t " + formatNumber(k->t) + " is not after the previous keyframe's " +
                                            formatNumber(s.keyframes.back().t) + "; times must increase");
        s.keyframes.push_back(*k);
      }
    }
    s.holdS = static_cast<float>(f.number("hold_s", true, 0, 300, "s").value_or(0));
    s.reps = f.integer("reps", true, 1, 20).value_or(0);
    s.sides = f.choice<Sides>("sides", true, kSides).value_or(Sides::Both);
    s.cues = f.texts("cues", true);
    s.phase = parsePhase(f, true).value_or(Phase::Any);
    s.cites = parseCites(ctx, f);
    c.stretches.push_back(std::move(s));
  });
}

void parseExercises(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "exercises", [&](const YAML::Node& n) {
    Exercise e;
    Fields f = openEntry(ctx, n, "exercise", kExerciseKeys, c.exercises, e);
    if (!f.isMap()) return;
    e.name = f.text("name", true);
    e.targets = parseIds(ctx, f, "targets", RefKind::Structure, true);
    e.position = f.text("position", true);
    e.sets = f.integer("sets", true, 1, 10).value_or(0);
    e.reps = f.integer("reps", true, 1, 50).value_or(0);
    e.cues = f.texts("cues", true);
    e.phase = parsePhase(f, true).value_or(Phase::Any);
    e.cites = parseCites(ctx, f);
    c.exercises.push_back(std::move(e));
  });
}

namespace {
// Routines come last, so every path, stretch and exercise is known here.
void checkStepPhase(Ctx& ctx, const Content& c, const Routine& r, const RoutineStep& s, const YAML::Mark& m,
                    const std::string& what) {
  std::optional<Phase> p;
  const char* kind = "";
  if (s.kind == StepKind::Roll) {
    if (auto* x = c.rollingPath(s.ref)) p = x->phase, kind = "rolling path";
  } else if (s.kind == StepKind::Stretch) {
    if (auto* x = c.stretch(s.ref)) p = x->phase, kind = "stretch";
  } else if (s.kind == StepKind::Strengthen) {
    if (auto* x = c.exercise(s.ref)) p = x->phase, kind = "exercise";
  }
  if (!p || *p == Phase::Any || *p == r.phase) return;
  ctx.sink.error(m, what + ": " + kind + " '" + s.ref + "' is for the " + toString(*p) +
                        " phase but this routine is for the " + toString(r.phase) +
                        " phase; use it in a matching routine or set its phase to 'any'");
}
} // namespace

void parseRoutines(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "routines", [&](const YAML::Node& n) {
    Routine r;
    Fields f = openEntry(ctx, n, "routine", kRoutineKeys, c.routines, r);
    if (!f.isMap()) return;
    r.name = f.text("name", true);
    r.condition = parseIdRef(ctx, f, "condition", RefKind::Condition, true);
    r.phase = parsePhase(f, true).value_or(Phase::Any);
    r.summary = f.text("summary", true);
    r.cites = parseCites(ctx, f);
    YAML::Node steps = f.node("steps");
    if (!steps.IsDefined()) f.missing("steps", "[{roll: path_id, duration_s: 60}]");
    else if (!steps.IsSequence() || steps.size() == 0)
      ctx.sink.error(steps.Mark(), f.what() + ": 'steps' must be a list of at least one step");
    for (std::size_t i = 0; steps.IsSequence() && i < steps.size(); ++i) {
      std::string what = f.what() + ": step " + std::to_string(i + 1);
      Fields sf(ctx.sink, steps[i], what, kStepKeys);
      if (!sf.isMap()) continue;
      RoutineStep s;
      s.pos = ctx.sink.pos(sf.mark());
      int kinds = 0;
      for (auto [key, kind, ref] : {std::tuple{"roll"sv, StepKind::Roll, RefKind::RollingPath},
                                    {"stretch"sv, StepKind::Stretch, RefKind::Stretch},
                                    {"strengthen"sv, StepKind::Strengthen, RefKind::Exercise}}) {
        if (!sf.has(key)) continue;
        ++kinds;
        s.kind = kind;
        s.ref = parseIdRef(ctx, sf, key, ref, true);
      }
      if (sf.has("rest")) ++kinds, s.kind = StepKind::Rest, s.note = sf.text("rest", true);
      if (kinds != 1) {
        ctx.sink.error(sf.mark(), what + ": give exactly one of roll, stretch, strengthen or rest");
        continue;
      }
      if (sf.has("note")) s.note = sf.text("note", true);
      s.durationS = static_cast<float>(sf.number("duration_s", true, 1, 3600, "s").value_or(0));
      checkStepPhase(ctx, c, r, s, sf.mark(), what);
      r.steps.push_back(std::move(s));
    }
    c.routines.push_back(std::move(r));
  });
}

} // namespace myo::content::detail
