#pragma once
// A stretch's movement as a pure function of time: the pose at t seconds, eased between the
// content's keyframes, so animation, screenshots and tests all agree.
#include "core/content/content.h"
#include "core/motion/kinematics.h"

namespace myo::motion {

[[nodiscard]] ClinicalAngles anglesOf(const content::Keyframe& k);

/// The pose at `t` seconds: the first keyframe before it starts, the last after it ends, and a
/// smoothstep blend between neighbours (still at each keyframe, as a person moving carefully).
[[nodiscard]] ClinicalAngles samplePose(const content::Stretch& stretch, float t);

/// The pose held at the end of the movement: the last keyframe.
[[nodiscard]] ClinicalAngles holdPose(const content::Stretch& stretch);

} // namespace myo::motion
