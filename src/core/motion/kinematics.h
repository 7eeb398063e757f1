#pragma once
// Poses of the leg's bones and the lengths of its muscles, as OpenSim computes them for
// gait2392: each muscle is a line from origin through via points to insertion, every point
// fixed to a bone, and its length is the sum of the segments at the pose. No GL.
#include "core/anatomy/anatomy.hpp"

#include <glm/mat4x4.hpp>

#include <map>
#include <string>
#include <vector>

namespace myo::motion {

/// The joint angles a clinician uses, in degrees: hip flexion, abduction and rotation
/// (internal positive), knee flexion (0 straight), ankle dorsiflexion (toes up positive).
struct ClinicalAngles {
  float hipFlexion = 0.0f;
  float hipAbduction = 0.0f;
  float hipRotation = 0.0f;
  float kneeFlexion = 0.0f;
  float ankleDorsiflexion = 0.0f;
};

/// gait2392 coordinate values (degrees) for clinical angles: knee_angle_r is minus the flexion
/// and hip_adduction_r minus the abduction; the others keep their sign.
[[nodiscard]] std::map<std::string, double> toModelCoordinates(const ClinicalAngles& angles);
/// The same into `coords`, reusing its entries (no allocation once they exist).
void toModelCoordinates(const ClinicalAngles& angles, std::map<std::string, double>& coords);

/// Where every body is: a transform from the body's frame to the pelvis frame.
struct BodyPoses {
  std::map<std::string, glm::dmat4> pelvisFromBody;
  [[nodiscard]] glm::dvec3 toPelvis(const std::string& body, const glm::dvec3& at) const;
};

/// Forward kinematics of the description's joints at `coordsDeg` (missing ones are 0; each kept
/// within its range in the reference model, beyond which it has no data): the hip
/// as a ball joint, the knee rotating with the tibia's origin on the reference splines, the
/// ankle about its oblique axis.
[[nodiscard]] BodyPoses solvePose(const anatomy::Description& desc, const std::map<std::string, double>& coordsDeg);
/// The same into `poses`, reusing its entries: the frame loop calls this, and it does not
/// allocate once every body has an entry.
void solvePose(const anatomy::Description& desc, const std::map<std::string, double>& coordsDeg, BodyPoses& poses);

/// Length in metres of one line of action at a pose (its conditional points included or not, and
/// its moving points placed, as the coordinates say).
[[nodiscard]] double lineLength(const anatomy::Description& desc, const anatomy::LineOfAction& line,
                                const BodyPoses& poses, const std::map<std::string, double>& coordsDeg);

/// A muscle's length: the mean of its lines' lengths (gluteus maximus has three, for example).
[[nodiscard]] double muscleLength(const anatomy::Description& desc, const anatomy::Muscle& muscle,
                                  const ClinicalAngles& angles);

/// Of `muscles` (indices into desc.muscles, see Description::lengthMuscles), the one that
/// lengthens most at `angles` against standing: a tendon is put on stretch through that muscle.
/// desc.muscles.size() when the list is empty.
[[nodiscard]] std::size_t mostLengthened(const anatomy::Description& desc, const std::vector<std::size_t>& muscles,
                                         const ClinicalAngles& angles);

} // namespace myo::motion
