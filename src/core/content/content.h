// MyoMap: the typed content (anatomy, conditions, overlays, stretches, routines)
// that the renderer and UI read. Built only by the loader, which has checked it.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace myo::content {

/// Where an entry starts in its file (1-based), so the UI can point an author at it.
struct SourcePos {
  std::string file; ///< the pack's main file or one it includes
  int line = 0;
  int column = 0;
};

/// Model space: metres, +Y up (floor at 0), +X anterior, +Z lateral (right leg).
struct Vec3 {
  float x = 0, y = 0, z = 0;
};

enum class Layer { Skin, Superficial, Deep, Bone };
/// When an entry applies. Acute: while the knee is inflamed. Recovery: after it settles.
enum class Phase { Acute, Recovery, Any };
enum class Tool { FoamRoller, Ball, Stick };
enum class Pressure { Light, Moderate, Firm };
enum class Sides { Both, Right, Left };
enum class PainKind { Local, Referred };
enum class EvidenceLevel { Textbook, PeerReviewed, ClinicalGuidance, PractitionerArticle, ComputationalModel };
enum class StepKind { Roll, Stretch, Rest, Strengthen };

/// The five clinical joint angles a stretch keyframe sets, in degrees.
enum class Joint { HipFlexion, HipAbduction, HipRotation, KneeFlexion, AnkleDorsiflexion };
inline constexpr int kJointCount = 5;

/// A sentence of teaching text and the references (ids) it rests on.
struct Claim {
  std::string text;
  std::vector<std::string> cites;
};

/// A place on the model surface: a landmark (plus an optional offset in metres),
/// or an explicit point in model space on a given structure.
struct SurfacePoint {
  std::string landmark;  ///< landmark id; empty when `structure` is used
  Vec3 offset;           ///< added to the landmark position
  std::string structure; ///< structure id for an explicit point
  Vec3 at;               ///< the explicit point, model space
  [[nodiscard]] bool isLandmark() const { return !landmark.empty(); }
};

struct Reference {
  std::string id;
  std::string citation;
  std::string reportedBy; ///< id of the article that reported it, when second-hand
  EvidenceLevel level = EvidenceLevel::Textbook;
  SourcePos pos;
};

struct Structure {
  std::string id;
  std::string node; ///< model node name; equals id unless the model names it differently
  std::string name, latin;
  std::vector<std::string> synonyms;
  std::string group;
  Layer layer = Layer::Superficial;
  std::string origin, insertion, action, innervation;
  std::vector<std::string> cites; ///< sources for the anatomy fields above
  std::vector<Claim> role;        ///< its part in the conditions of this pack
  SourcePos pos;
};

struct WorkOn {
  std::string structure;
  Claim why;
};

struct Disagreement {
  std::string topic;
  std::vector<Claim> positions; ///< at least two, each with its own sources
};

struct Condition {
  std::string id, name;
  std::vector<std::string> synonyms;
  Claim summary;
  std::vector<Claim> symptoms, causes, riskFactors, selfCare, redFlags, evidence;
  std::vector<Disagreement> disagreements;
  std::vector<std::string> painSites, avoidZones; ///< ids
  std::vector<WorkOn> workOn;                      ///< ranked, most useful first
  SourcePos pos;
};

struct PainSite {
  std::string id, name;
  SurfacePoint at;
  float radius = 0;    ///< metres
  float intensity = 0; ///< 0..1, drawing strength only
  PainKind kind = PainKind::Local;
  std::vector<std::string> when;
  std::vector<std::string> cites;
  SourcePos pos;
};

struct AvoidZone {
  std::string id, name;
  SurfacePoint center;
  float radius = 0; ///< metres
  std::string reason;
  Phase phase = Phase::Any;
  std::vector<std::string> cites;
  SourcePos pos;
};

struct RollingPath {
  std::string id, name, target, position;
  Tool tool = Tool::FoamRoller;
  SurfacePoint start, end;
  std::vector<SurfacePoint> via;
  int passes = 0;
  float tempoS = 0;    ///< seconds for one pass from start to end
  float durationS = 0; ///< total time on this path
  Pressure pressure = Pressure::Moderate;
  std::vector<std::string> cues;
  Phase phase = Phase::Any;
  std::vector<std::string> cites;
  SourcePos pos;
};

struct Keyframe {
  float t = 0;                          ///< seconds from the start of the movement
  std::array<float, kJointCount> angle{}; ///< degrees, indexed by Joint
};

struct Stretch {
  std::string id, name, position;
  std::vector<std::string> targets;
  std::vector<Keyframe> keyframes;
  float holdS = 0;
  int reps = 0;
  Sides sides = Sides::Both;
  std::vector<std::string> cues;
  Phase phase = Phase::Any;
  std::vector<std::string> cites;
  SourcePos pos;
};

struct Exercise {
  std::string id, name, position;
  std::vector<std::string> targets;
  int sets = 0, reps = 0;
  std::vector<std::string> cues;
  Phase phase = Phase::Any;
  std::vector<std::string> cites;
  SourcePos pos;
};

struct RoutineStep {
  StepKind kind = StepKind::Rest;
  std::string ref;  ///< path, stretch or exercise id; empty for rest
  std::string note; ///< what to do while resting, or extra advice
  float durationS = 0;
  SourcePos pos;
};

struct Routine {
  std::string id, name, condition, summary;
  Phase phase = Phase::Any;
  std::vector<RoutineStep> steps;
  std::vector<std::string> cites;
  SourcePos pos;
};

struct Content {
  int version = 1;
  std::string title, disclaimer;
  std::string model;                              ///< as written; resolve with resolveContentPath
  std::map<std::string, std::string> landmarkNodes; ///< landmark id -> model node name when it differs
  std::vector<Reference> references;
  std::vector<Structure> structures;
  std::vector<Condition> conditions;
  std::vector<PainSite> painSites;
  std::vector<AvoidZone> avoidZones;
  std::vector<RollingPath> rollingPaths;
  std::vector<Stretch> stretches;
  std::vector<Exercise> exercises;
  std::vector<Routine> routines;

  // Lookups by id; nullptr when absent. Linear: the lists hold tens of entries.
  [[nodiscard]] const Structure* structure(std::string_view id) const;
  [[nodiscard]] const Condition* condition(std::string_view id) const;
  [[nodiscard]] const PainSite* painSite(std::string_view id) const;
  [[nodiscard]] const AvoidZone* avoidZone(std::string_view id) const;
  [[nodiscard]] const RollingPath* rollingPath(std::string_view id) const;
  [[nodiscard]] const Stretch* stretch(std::string_view id) const;
  [[nodiscard]] const Exercise* exercise(std::string_view id) const;
  [[nodiscard]] const Routine* routine(std::string_view id) const;
  [[nodiscard]] const Reference* reference(std::string_view id) const;
  /// The model node for a landmark id ("landmark_<id>" unless remapped).
  [[nodiscard]] std::string landmarkNode(std::string_view id) const;
};

const char* toString(Phase p);
const char* toString(Tool t);
const char* toString(Joint j);

} // namespace myo::content
