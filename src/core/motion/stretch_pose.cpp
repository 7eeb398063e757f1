#include "core/motion/stretch_pose.h"

#include <algorithm>

namespace myo::motion {

ClinicalAngles anglesOf(const content::Keyframe& k) {
  using content::Joint;
  auto at = [&](Joint j) { return k.angle[static_cast<std::size_t>(j)]; };
  return {at(Joint::HipFlexion), at(Joint::HipAbduction), at(Joint::HipRotation), at(Joint::KneeFlexion),
          at(Joint::AnkleDorsiflexion)};
}

ClinicalAngles samplePose(const content::Stretch& stretch, float t) {
  const auto& keys = stretch.keyframes;
  if (keys.empty()) return {};
  if (t <= keys.front().t) return anglesOf(keys.front());
  if (t >= keys.back().t) return anglesOf(keys.back());
  auto next = std::upper_bound(keys.begin(), keys.end(), t,
                               [](float time, const content::Keyframe& k) { return time < k.t; });
  const content::Keyframe& b = *next;
  const content::Keyframe& a = *(next - 1);
  float span = b.t - a.t;
  float u = span > 0.0f ? (t - a.t) / span : 1.0f;
  u = u * u * (3.0f - 2.0f * u);
  ClinicalAngles pa = anglesOf(a), pb = anglesOf(b);
  auto mix = [u](float x, float y) { return x + (y - x) * u; };
  return {mix(pa.hipFlexion, pb.hipFlexion), mix(pa.hipAbduction, pb.hipAbduction), mix(pa.hipRotation, pb.hipRotation),
          mix(pa.kneeFlexion, pb.kneeFlexion), mix(pa.ankleDorsiflexion, pb.ankleDorsiflexion)};
}

RepetitionTiming repetitionTiming(const content::Stretch& stretch) {
  return {stretch.keyframes.empty() ? 0.0f : stretch.keyframes.back().t, stretch.holdS};
}

ClinicalAngles repetitionPose(const content::Stretch& stretch, float t) {
  RepetitionTiming r = repetitionTiming(stretch);
  if (t <= r.moveS + r.holdS) return samplePose(stretch, t);
  return samplePose(stretch, r.totalS() - t); // out the way it went in
}

ClinicalAngles holdPose(const content::Stretch& stretch) {
  return stretch.keyframes.empty() ? ClinicalAngles{} : anglesOf(stretch.keyframes.back());
}

} // namespace myo::motion
