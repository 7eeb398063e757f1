// The retinacula of the ankle: thin bands of deep fascia that hold the long tendons against
// the bones where they turn onto the foot. Without them the toe extensors' tendons ran over
// the ankle as loose cords. Each is lofted along a line round the tendons and laid over them.
#include "connective.hpp"

namespace leggen {

void makeAnkle(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out) {
  using V = vec3;
  const auto& d = *fr.d;
  const float t = 0.5f * static_cast<float>(d.soft("ankle_retinaculum", "thickness_m"));
  const V to = fr.origin("tibia_r"), co = fr.origin("calcn_r");
  auto T = [to](float x, float y, float z) { return to + V(x, y, z); };
  std::vector<std::string> under{"tibia", "fibula", "talus", "calcaneus", "foot_bones"};
  for (const char* m : {"tibialis_anterior", "extensor_hallucis_longus", "extensor_digitorum_longus", "fibularis_longus", "fibularis_brevis",
                        "tibialis_posterior", "flexor_digitorum_longus", "flexor_hallucis_longus"})
    under.emplace_back(m);
  const Field beneath = unionOf(built, under);
  // The bands on the ankle's sides lie flat on them: with their thickness pointing out from a
  // line along the foot, the flexor and fibular retinacula stood off the bones like fins, seen
  // from behind.
  const Outward medialSide = [](V) { return V(0.0f, 0.0f, -1.0f); }, lateralSide = [](V) { return V(0.0f, 0.0f, 1.0f); };
  // Out from the leg's axis, level, for the band round the front of the leg.
  const Outward fromLeg = [to](V p) {
    V dlt = p - (to + V(0.0f, 0.0f, 0.008f));
    dlt.y = 0.0f;
    return glm::length(dlt) > 1e-6f ? glm::normalize(dlt) : V(1, 0, 0);
  };
  // Broad in their middle, narrowing to their ends on the bone.
  auto band = [t](float w) { return std::vector<Key>{{0.0f, 0.6f * w, 0.7f * t}, {0.2f, w, t}, {0.8f, w, t}, {1.0f, 0.6f * w, 0.7f * t}}; };
  // Laid over the tendons with a gap: the drape keeps the band's middle line clear of them, and
  // with the band's width across tendons that run obliquely under it, a smaller gap let the
  // toe extensor's outer tendons pass over the inferior band's edge.
  auto add = [&](const char* id, std::vector<V> line, float w, const Outward& outward, std::vector<SkinPoint> skin, float gap = 0.0004f) {
    Strand s = makeStrand(line, band(w), outward, 1.0f, 20);
    drape(s, beneath, outward, gap, false, false);
    out.push_back(lofted(id, Kind::Fascia, std::move(s), std::move(skin)));
    out.back().blendWholeLength = true;
  };
  const float ws = 0.5f * static_cast<float>(d.soft("ankle_retinaculum", "superior_extensor_height_m"));
  const float wi = 0.5f * static_cast<float>(d.soft("ankle_retinaculum", "inferior_extensor_width_m"));
  // Superior extensor retinaculum: across the front of the leg 4.5 cm above the
  // ankle, from the tibia's anterior border to the fibula's, over the tendons of tibialis
  // anterior and the toe extensors.
  add("superior_extensor_retinaculum",
      {T(0.012f, -0.385f, -0.021f), T(0.030f, -0.385f, -0.016f), T(0.036f, -0.385f, 0.000f), T(0.030f, -0.385f, 0.017f), T(0.012f, -0.385f, 0.031f),
       T(0.003f, -0.385f, 0.036f)},
      ws, fromLeg, {{T(0.012f, -0.385f, -0.021f), "tibia_r"}, {T(0.003f, -0.385f, 0.036f), "tibia_r"}});
  // Inferior extensor retinaculum, its stem and upper limb: from the upper surface of the
  // calcaneus in front of the lateral malleolus, over the tendons in the ankle's front crease,
  // to the medial malleolus. (The lower limb, round the medial side of the foot, is not built.)
  const V stem = T(0.009f, -0.448f, 0.030f), medialMalleolus = T(0.022f, -0.414f, -0.027f);
  // Its thickness points out from the middle of the talus's head, level with the stem: the
  // band turns round the ankle's front, facing forward and up over the crease and out at its
  // ends (out from a point at the ankle, its stem was pushed down the foot's side towards the
  // sole; out from a line along the foot, it lay flat and the tendons, going down and forward,
  // ran through it).
  const V talusHead = T(0.0f, -0.458f, 0.006f);
  const Outward fromTalus = [talusHead](V p) {
    const V dlt = p - talusHead;
    return glm::length(dlt) > 1e-6f ? glm::normalize(dlt) : V(1, 0, 0);
  };
  add("inferior_extensor_retinaculum", {stem, T(0.034f, -0.442f, 0.022f), T(0.052f, -0.432f, 0.004f), T(0.048f, -0.422f, -0.015f), medialMalleolus}, wi,
      fromTalus, {{stem, "calcn_r"}, {medialMalleolus, "tibia_r"}}, 0.0025f);
  // Flexor retinaculum: from the medial malleolus down and back to the calcaneus, over the
  // tendons of tibialis posterior and the long toe flexors.
  const V flexTop = T(0.004f, -0.418f, -0.028f), flexEnd = co + V(0.011f, 0.010f, -0.020f);
  add("flexor_retinaculum", {flexTop, T(-0.012f, -0.432f, -0.030f), T(-0.026f, -0.446f, -0.026f), flexEnd}, 1.7f * wi, medialSide,
      {{flexTop, "tibia_r"}, {flexEnd, "calcn_r"}});
  // Superior fibular retinaculum: from the back of the lateral malleolus to the calcaneus's
  // lateral face, over the fibularis longus and brevis tendons.
  const V fibTop = T(-0.014f, -0.416f, 0.046f), fibEnd = co + V(0.009f, 0.010f, 0.016f);
  add("superior_fibular_retinaculum", {fibTop, T(-0.024f, -0.428f, 0.045f), T(-0.032f, -0.440f, 0.038f), fibEnd}, 0.7f * wi, lateralSide,
      {{fibTop, "tibia_r"}, {fibEnd, "calcn_r"}});
}

}  // namespace leggen
