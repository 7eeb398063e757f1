// Typed view of the anatomical description file (assets/anatomy/leg-right.yaml):
// bodies, joints, landmarks and muscle lines of action, in OpenSim's frame
// (+x anterior, +y up, +z right, metres). No GL, no Assimp.
#pragma once

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace myo::anatomy {

struct Body {
  std::string id;
  std::string parent;  // empty for the root (pelvis)
  glm::dvec3 origin{};  // in the pelvis frame at the default pose
};

struct Coordinate {
  std::string name;
  glm::dvec3 axis{};  // in the parent body frame
  glm::dvec2 rangeDeg{};
};

// Cubic spline through (knots, values) with OpenSim SimmSpline's end conditions.
struct Spline {
  std::vector<double> knots;
  std::vector<double> values;
  [[nodiscard]] double eval(double x) const;
  [[nodiscard]] bool empty() const { return knots.empty(); }
};

struct Joint {
  std::string id;
  std::string parent;
  std::string child;
  glm::dvec3 centre{};  // pelvis frame, default pose
  std::vector<Coordinate> coordinates;
  Spline translationX;  // knee only: child origin in the parent frame vs angle (rad)
  Spline translationY;
  std::string follows;  // patella: the moving point it rides on
};

struct Landmark {
  std::string id;
  std::string body;
  glm::dvec3 at{};  // body frame
  std::string ref;  // name in the reference data
};

struct ActiveRange {
  std::string coordinate;
  glm::dvec2 rangeDeg{};
};

struct PathPoint {
  std::string body;
  glm::dvec3 at{};  // body frame, default pose
  std::optional<ActiveRange> active;  // conditional via point
  std::string moving;  // non-empty: location follows moving_points[moving]
};

struct LineOfAction {
  std::string opensim;  // actuator name in the reference model, empty if derived
  std::vector<PathPoint> points;  // origin first, insertion last
};

struct Muscle {
  std::string id;
  std::string name;
  std::string group;
  std::vector<std::string> handsfield;  // names in Handsfield 2014
  double share = 1.0;  // fraction of the summed Handsfield volume
  double targetVolumeCm3 = 0.0;  // scaled to the subject
  std::vector<LineOfAction> lines;
};

// An extra skinning joint that carries a short structure crossing a joint along its chord, the
// straight line between its two attachments (see motion::chordTransform): a muscle's belly
// (`belly_joint` on the muscle: its line's origin and insertion) or a tendon (`chord_joints`).
struct ChordJoint {
  std::string id;         // the joint's name in the model
  std::string structure;  // the structure it carries
  PathPoint from, to;     // the attachments, on their bodies
  // How much it may thicken as it shortens (volume kept up to this): a muscle just under
  // the skin that thickens pushes out through it.
  double maxThickening = 1.35;
};

// Tibia-frame quadriceps insertions tabulated against knee angle.
struct MovingPoints {
  std::string coordinate;
  std::vector<double> anglesDeg;
  std::map<std::string, std::vector<glm::dvec3>> points;
  // Linear interpolation, clamped to the table.
  [[nodiscard]] glm::dvec3 eval(const std::string& name, double angleDeg) const;
};

struct SkinLevel {
  std::string measure;
  double circumference = 0.0;
  double height = 0.0;  // model frame (floor y = 0)
};

struct Description {
  std::string modelId;
  double floorOffset = 0.0;  // added to pelvis-frame y to get model-frame y
  double heightM = 0.0;
  double massKg = 0.0;
  std::vector<Body> bodies;
  std::vector<Joint> joints;
  std::vector<Landmark> landmarks;
  std::vector<Muscle> muscles;
  std::vector<ChordJoint> chordJoints;
  MovingPoints movingPoints;
  std::map<std::string, std::map<std::string, double>> softTissue;
  std::vector<SkinLevel> skinLevels;
  double skinMinCover = 0.0;
  std::map<std::string, std::vector<double>> appearance;
  // Tendons and bands in series with muscles (the Achilles tendon with the triceps surae): a
  // stretch that lengthens one of those muscle-tendon units puts the tendon on stretch.
  std::map<std::string, std::vector<std::string>> inSeries;

  [[nodiscard]] const Body* body(const std::string& id) const;
  [[nodiscard]] const Joint* joint(const std::string& id) const;
  [[nodiscard]] const Landmark* landmark(const std::string& id) const;
  [[nodiscard]] const Muscle* muscle(const std::string& id) const;
  [[nodiscard]] const ChordJoint* chordJoint(const std::string& id) const;
  [[nodiscard]] const ChordJoint* chordJointOf(const std::string& structure) const;
  // The muscles through which a stretch reaches a structure: the muscle itself, or the muscles
  // in series with a tendon or band (indices into `muscles`); empty when no muscle pulls on it.
  [[nodiscard]] std::vector<std::size_t> lengthMuscles(const std::string& id) const;
  // A coordinate's value kept within its range in the reference model (degrees): beyond it the
  // reference splines and tables have no data. Unknown names pass through.
  [[nodiscard]] double clampCoordinate(const std::string& name, double deg) const;
  [[nodiscard]] const Coordinate* coordinate(const std::string& name) const;
  // Throws std::out_of_range for a missing key.
  [[nodiscard]] double soft(const std::string& structure, const std::string& key) const;

  // Body-frame point to the pelvis frame / model frame, default pose.
  [[nodiscard]] glm::dvec3 toPelvis(const std::string& bodyId, const glm::dvec3& at) const;
  [[nodiscard]] glm::dvec3 toModel(const std::string& bodyId, const glm::dvec3& at) const;

  // Points of a line that are active at the given coordinates (degrees;
  // missing coordinates count as 0), moving points evaluated there, in body
  // frames. This is what a pose evaluator attaches to its bones.
  [[nodiscard]] std::vector<PathPoint> activePoints(const LineOfAction& line,
                                                    const std::map<std::string, double>& coordsDeg) const;
  // Length of a line in the default standing pose (all coordinates 0).
  [[nodiscard]] double defaultLength(const LineOfAction& line) const;
};

// Throws std::runtime_error with the file name and the offending key.
Description loadDescription(const std::filesystem::path& file);

}  // namespace myo::anatomy
