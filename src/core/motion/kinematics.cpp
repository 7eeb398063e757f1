#include "core/motion/kinematics.h"

#include <glm/gtc/matrix_transform.hpp>

#include <cmath>

namespace myo::motion {
namespace {

// A coordinate's value, kept within the reference model's range for it.
double degrees(const anatomy::Description& desc, const std::map<std::string, double>& coords, const std::string& name) {
  auto it = coords.find(name);
  return it == coords.end() ? 0.0 : desc.clampCoordinate(name, it->second);
}

glm::dmat4 rotation(const glm::dvec3& axis, double deg) {
  return glm::rotate(glm::dmat4(1.0), glm::radians(deg), glm::normalize(axis));
}

} // namespace

std::map<std::string, double> toModelCoordinates(const ClinicalAngles& a) {
  return {{"hip_flexion_r", a.hipFlexion},   {"hip_adduction_r", -a.hipAbduction}, {"hip_rotation_r", a.hipRotation},
          {"knee_angle_r", -a.kneeFlexion}, {"ankle_angle_r", a.ankleDorsiflexion}};
}

void toModelCoordinates(const ClinicalAngles& a, std::map<std::string, double>& coords) {
  // Short keys stay in the strings' own storage: looking them up allocates nothing.
  coords["hip_flexion_r"] = a.hipFlexion;
  coords["hip_adduction_r"] = -a.hipAbduction;
  coords["hip_rotation_r"] = a.hipRotation;
  coords["knee_angle_r"] = -a.kneeFlexion;
  coords["ankle_angle_r"] = a.ankleDorsiflexion;
}

glm::dvec3 BodyPoses::toPelvis(const std::string& body, const glm::dvec3& at) const {
  auto it = pelvisFromBody.find(body);
  if (it == pelvisFromBody.end()) return at;
  return glm::dvec3(it->second * glm::dvec4(at, 1.0));
}

BodyPoses solvePose(const anatomy::Description& desc, const std::map<std::string, double>& coordsDeg) {
  BodyPoses poses;
  solvePose(desc, coordsDeg, poses);
  return poses;
}

void solvePose(const anatomy::Description& desc, const std::map<std::string, double>& coordsDeg, BodyPoses& poses) {
  poses.pelvisFromBody["pelvis"] = glm::dmat4(1.0);
  // Joints are listed parent before child, so each parent's pose is known when its child comes.
  for (const anatomy::Joint& j : desc.joints) {
    const auto parentPose = poses.pelvisFromBody.find(j.parent);
    const glm::dmat4 parent = parentPose != poses.pelvisFromBody.end() ? parentPose->second : glm::dmat4(1.0);
    const anatomy::Body* parentBody = desc.body(j.parent);
    const anatomy::Body* childBody = desc.body(j.child);
    if (!childBody) continue;
    // Where the child's origin sits in the parent's frame, standing.
    glm::dvec3 offset = childBody->origin - (parentBody ? parentBody->origin : glm::dvec3(0.0));
    glm::dmat4 local(1.0);
    if (!j.translationX.empty() || !j.translationY.empty()) {
      // The knee: the tibia's origin slides on the reference splines of the knee angle (radians).
      double q = glm::radians(j.coordinates.empty() ? 0.0 : degrees(desc, coordsDeg, j.coordinates[0].name));
      offset.x = j.translationX.empty() ? offset.x : j.translationX.eval(q);
      offset.y = j.translationY.empty() ? offset.y : j.translationY.eval(q);
    }
    if (!j.follows.empty() && desc.movingPoints.points.count(j.follows)) {
      // The patella rides on the quadriceps tendon's moving point: keep its standing offset from
      // that point, which the reference table moves with the knee angle.
      const double knee = degrees(desc, coordsDeg, desc.movingPoints.coordinate);
      offset += desc.movingPoints.eval(j.follows, knee) - desc.movingPoints.eval(j.follows, 0.0);
    }
    local = glm::translate(local, offset);
    for (const anatomy::Coordinate& c : j.coordinates) local = local * rotation(c.axis, degrees(desc, coordsDeg, c.name));
    poses.pelvisFromBody[j.child] = parent * local;
  }
}

double lineLength(const anatomy::Description& desc, const anatomy::LineOfAction& line, const BodyPoses& poses,
                  const std::map<std::string, double>& coordsDeg) {
  // The same points as Description::activePoints, walked in place: no list is built per frame.
  const double movingAngle = degrees(desc, coordsDeg, desc.movingPoints.coordinate);
  double length = 0.0;
  bool first = true;
  glm::dvec3 previous(0.0);
  for (const anatomy::PathPoint& p : line.points) {
    if (p.active) {
      const double v = degrees(desc, coordsDeg, p.active->coordinate);
      if (v < p.active->rangeDeg.x || v > p.active->rangeDeg.y) continue;
    }
    const glm::dvec3 at = poses.toPelvis(p.body, p.moving.empty() ? p.at : desc.movingPoints.eval(p.moving, movingAngle));
    if (!first) length += glm::distance(previous, at);
    previous = at;
    first = false;
  }
  return length;
}

double muscleLength(const anatomy::Description& desc, const anatomy::Muscle& muscle, const ClinicalAngles& angles) {
  if (muscle.lines.empty()) return 0.0;
  const auto coords = toModelCoordinates(angles);
  const BodyPoses poses = solvePose(desc, coords);
  double sum = 0.0;
  for (const auto& line : muscle.lines) sum += lineLength(desc, line, poses, coords);
  return sum / static_cast<double>(muscle.lines.size());
}

std::size_t mostLengthened(const anatomy::Description& desc, const std::vector<std::size_t>& muscles, const ClinicalAngles& angles) {
  std::size_t best = desc.muscles.size();
  double bestChange = 0.0;
  for (std::size_t i : muscles) {
    const double change = muscleLength(desc, desc.muscles[i], angles) / muscleLength(desc, desc.muscles[i], {}) - 1.0;
    if (best == desc.muscles.size() || change > bestChange) best = i, bestChange = change;
  }
  return best;
}

} // namespace myo::motion
