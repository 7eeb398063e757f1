#pragma once
// The skinning palette: one matrix per skeleton joint that takes a vertex from the standing
// (bind) pose to the current pose, in the model frame (floor at y = 0).
#include "core/anatomy/anatomy.hpp"
#include "core/motion/kinematics.h"
#include "core/scene/scene.h"

#include <glm/mat4x4.hpp>

#include <array>
#include <string>
#include <vector>

namespace myo::motion {

inline constexpr std::size_t kPaletteSize = kMaxJoints;
using SkinningPalette = JointPalette;

/// A chord joint, in the pelvis frame: it moves the standing chord between a structure's two
/// attachments onto the posed one, turned halfway between the two bones, shortened along the
/// chord and thickened across it so the structure keeps its volume. Linear blending between
/// two bones far apart in angle folds a short structure that crosses a deeply bent joint
/// through itself (the pectineus at 110 degrees of hip flexion kept 37 % of its volume; the
/// patellar tendon bent into an L at 120 degrees of knee flexion); its middle follows this
/// joint instead.
[[nodiscard]] glm::dmat4 chordTransform(const anatomy::Description& desc, const anatomy::ChordJoint& chord, const BodyPoses& poses);

/// palette[i] moves joint `joints[i]` (a body id, or a chord joint's id) from standing to
/// `poses`. Unknown names get the identity. The bind pose is standing, where each body frame is
/// its origin's translation.
void computePalette(const anatomy::Description& desc, const BodyPoses& poses, const std::vector<std::string>& joints,
                    SkinningPalette& palette);

} // namespace myo::motion
