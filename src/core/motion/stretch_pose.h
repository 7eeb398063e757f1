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

/// One repetition: into the stretch through the keyframes, the hold, then back out the same way.
struct RepetitionTiming {
  float moveS = 0.0f; ///< time to reach the hold pose (the last keyframe's time)
  float holdS = 0.0f;
  [[nodiscard]] float totalS() const { return moveS * 2.0f + holdS; }
};
[[nodiscard]] RepetitionTiming repetitionTiming(const content::Stretch& stretch);
/// The pose `t` seconds into a repetition (clamped to it).
[[nodiscard]] ClinicalAngles repetitionPose(const content::Stretch& stretch, float t);

} // namespace myo::motion
