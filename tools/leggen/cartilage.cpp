// Articular cartilage of the knee: the femur's (trochlea and condyles), the tibia's (its two
// plateau facets) and the patella's (its back). Each is the outer layer of its bone over the
// articular surface, thickest in the middle, so it reads as the glossy cap an atlas draws; the
// bone under it is shrunk by the same layer in main.cpp, so bone and cartilage together keep
// the surface everything else was built on. Outlines are our reading of atlas drawings in each
// bone's frame (x forward, y up, z lateral).
#include "connective.hpp"

#include "sdf.hpp"

#include <algorithm>
#include <cmath>

namespace leggen {
namespace {

using V = vec3;

// The layer's outline is a signed distance on the bone (negative inside), so its edge is a clean
// cut: a thickness falling to nothing at the margin left a band thinner than the meshing grid,
// which came out as a dotted line of slivers and perforated the layer (66 tunnels in the
// femur's), and a thickness stepping up at the margin came out stair-stepped and spiked. From
// 0.8 mm at the edge it thickens over 8 mm inwards, as the square root, to its peak.
constexpr float kEdge = 0.0008f, kTaper = 0.008f;

// A side of the outline from how far the bone's normal turns from the joint (a cosine, not a
// length): scaled so a quarter of a turn counts about as 2 cm.
constexpr float kPerCos = 0.02f;

// Pieces of an outline (m): inside where negative.
float below(float y, float top) { return y - top; }
float within(float v, float centre, float half) { return std::fabs(v - centre) - half; }

float femoralOutline(V q, V n) {
  // The trochlea in front: an inverted U, its lateral flange reaching higher than its medial
  // (3.2 cm above the condyles' centres in the groove), narrower than the condyles in its upper
  // part and as wide as them where it meets them.
  const float across = (q.z - 0.002f) / 0.025f;
  const float trochleaTop = -0.373f + 0.005f * across - 0.008f * across * across;
  const float halfWidth = glm::mix(0.036f, 0.026f, smoothstep01(-0.398f, -0.386f, q.y));
  const float trochlea = smax(smax(0.010f - q.x, below(q.y, trochleaTop), 0.003f), within(q.z, 0.001f, halfWidth), 0.004f);
  // Below and behind, each condyle's own cap, its upper edge rounded (1.2 cm above the
  // condyles' centres in its middle, 0.9 cm lower at its sides).
  auto cap = [&q](float zc, float hw) {
    const float a = (q.z - zc) / hw;
    return smax(smax(q.x - 0.010f, within(q.z, zc, hw), 0.003f), below(q.y, -0.391f - 0.009f * a * a), 0.004f);
  };
  const float outline = smin(trochlea, std::min(cap(-0.0205f, 0.0155f), cap(0.0230f, 0.0150f)), 0.003f);
  // Not on the condyles' side faces (the epicondyles), which face away from the joint, nor in
  // the intercondylar notch, where the cruciates arise.
  // (The trochlear groove's steep walls face the patella: not cut there.)
  const float groove = smoothstep01(0.004f, 0.016f, q.x) * smoothstep01(0.014f, 0.008f, std::fabs(q.z - 0.002f));
  const float side = (std::fabs(n.z) - glm::mix(0.70f, 0.97f, groove)) * kPerCos;
  const float notch = -std::max(within(q.z, 0.001f, 0.010f), q.x - 0.012f);
  return std::max({outline, side, notch});
}

float tibialOutline(V q, V n) {
  // The two facets of the plateau inside the menisci's rims, not the eminence between them;
  // facing up.
  auto facet = [&q](float cx, float cz, float rx, float rz) {
    const float e = std::sqrt((q.x - cx) * (q.x - cx) / (rx * rx) + (q.z - cz) * (q.z - cz) / (rz * rz));
    return (e - 0.85f) * std::min(rx, rz);
  };
  const float facets = std::min(facet(-0.003f, -0.0165f, 0.024f, 0.0145f), facet(-0.005f, 0.0215f, 0.022f, 0.0150f));
  return std::max({facets, (0.60f - n.y) * kPerCos, -0.042f - q.y});
}

float patellarOutline(V q, V n) {
  // Its back, facing the femur, above the apex: the lowest quarter is bare bone, where the
  // patellar tendon arises.
  return std::max({(n.x + 0.35f) * kPerCos, -0.0075f - q.y, below(q.y, 0.019f)});
}

// The layer's outline distance and thickness at p.
struct Layer {
  float outline, thickness;
};
Layer layerAt(const Field& bone, V p, V origin, CartilageOutline outline, float peak) {
  // The bone's outward normal, from its field's gradient.
  constexpr float h = 0.0005f;
  const V g(bone(p + V(h, 0, 0)) - bone(p - V(h, 0, 0)), bone(p + V(0, h, 0)) - bone(p - V(0, h, 0)), bone(p + V(0, 0, h)) - bone(p - V(0, 0, h)));
  const float l = glm::length(g);
  const float d = outline(p - origin, l > 1e-9f ? g / l : V(0.0f));
  return {d, kEdge + (peak - kEdge) * std::sqrt(std::clamp(-d / kTaper, 0.0f, 1.0f))};
}

Structure cartilage(const std::string& id, const std::string& body, const Field& bone, V origin, CartilageOutline outline, float peak,
                    Box box) {
  Structure s;
  s.id = id;
  s.kind = Kind::Cartilage;
  s.bodies = {body};
  s.shape.f = [bone, origin, outline, peak](V p) { return cartilageField(bone, p, origin, outline, peak); };
  s.shape.box = box;
  s.spacing = 0.0005f;  // 0.4 mm: no better to see, and the femur's took 3.3-4.7 s to mesh (2.5 s now)
  s.targetTris = 3000;
  return s;
}

}  // namespace

float cartilageField(const Field& bone, V p, V origin, CartilageOutline outline, float peak) {
  const float b = bone(p);
  if (b > 0.004f || b < -0.008f) return std::max(b, -b - 0.008f);
  const Layer c = layerAt(bone, p, origin, outline, peak);
  // Between the bone's surface and that surface moved in by the thickness, inside the outline.
  return std::max({b, -b - c.thickness, c.outline});
}

float boneUnderCartilage(const Field& bone, V p, V origin, CartilageOutline outline, float peak) {
  const float b = bone(p);
  if (b > 0.002f || b < -0.008f) return b;
  // The bone less the cartilage, the rim of the bed it leaves rounded: cut sharp, the bone shown
  // alone had a ragged rim round its joint surfaces. (Less only a thin layer, so the bone stayed
  // whole under the cartilage, its meshed surface showed through the cartilage in specks and
  // rippled in rings.)
  return smax(b, -cartilageField(bone, p, origin, outline, peak), 0.0015f);
}

CartilageOutline cartilageOutline(const std::string& bone) {
  return bone == "femur" ? femoralOutline : bone == "tibia" ? tibialOutline : bone == "patella" ? patellarOutline : nullptr;
}

CartilageSizes cartilageSizes(const Frame& fr) {
  const auto& d = *fr.d;
  return {static_cast<float>(d.soft("articular_cartilage", "femur_peak_m")), static_cast<float>(d.soft("articular_cartilage", "tibia_peak_m")),
          static_cast<float>(d.soft("articular_cartilage", "patella_peak_m"))};
}

void makeCartilage(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out) {
  const CartilageSizes c = cartilageSizes(fr);
  const V fo = fr.origin("femur_r"), to = fr.origin("tibia_r"), po = fr.origin("patella_r");
  out.push_back(cartilage("femoral_cartilage", "femur_r", unionOf(built, {"femur"}), fo, femoralOutline, c.femur,
                          Box{fo + V(-0.035f, -0.435f, -0.045f), fo + V(0.045f, -0.360f, 0.045f)}));
  out.back().keepLargest = true;  // a speck on the medial epicondyle's face came apart from it
  out.push_back(cartilage("tibial_cartilage", "tibia_r", unionOf(built, {"tibia"}), to, tibialOutline, c.tibia,
                          Box{to + V(-0.032f, -0.050f, -0.036f), to + V(0.030f, -0.025f, 0.040f)}));
  out.push_back(cartilage("patellar_cartilage", "patella_r", unionOf(built, {"patella"}), po, patellarOutline, c.patella,
                          Box{po + V(-0.014f, -0.014f, -0.024f), po + V(0.004f, 0.026f, 0.024f)}));
}

}  // namespace leggen
