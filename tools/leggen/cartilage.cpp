// Articular cartilage of the knee: the femur's (trochlea and condyles), the tibia's (its two
// plateau facets) and the patella's (its back). Each is the outer layer of its bone over the
// articular surface, thickest in the middle and thinning to nothing at the margin, so it
// reads as the glossy cap an atlas draws; the bone under it is shrunk by the same layer in
// main.cpp, so bone and cartilage together keep the surface everything else was built on.
// Regions are our reading of atlas drawings in each bone's frame (x forward, y up, z lateral).
#include "connective.hpp"

#include "sdf.hpp"

#include <algorithm>
#include <cmath>

namespace leggen {
namespace {

using V = vec3;

constexpr float kOff = -0.0005f;  // off the articular surface: the layer lies inside the bone

// Thickness from a weight in 0..1 (1 in the middle of the surface): 0.8 mm at the margin, so
// the layer ends in a distinct edge as a real one does, rising to the peak as the square root
// of the weight. Rising from nothing, it left a band thinner than the meshing grid along the
// margin and wherever the weight dipped, which came out as a dotted line of slivers and
// perforated the layer (66 tunnels in the femur's; 22 rising steeply over the first tenth).
constexpr float kEdge = 0.0008f;
float layer(float w, float peak) { return w <= 0.0f ? kOff : kEdge + (peak - kEdge) * std::sqrt(std::min(w, 1.0f)); }

Structure cartilage(const std::string& id, const std::string& body, const Field& bone, V origin, CartilageLayer thickness, float peak,
                    Box box) {
  Structure s;
  s.id = id;
  s.kind = Kind::Cartilage;
  s.bodies = {body};
  // The layer between the bone's surface and the surface moved in by the thickness.
  s.shape.f = [bone, origin, thickness, peak](V p) {
    const float b = bone(p);
    if (b > 0.004f) return b;
    return std::max(b, -b - cartilageThickness(bone, p, origin, thickness, peak));
  };
  s.shape.box = box;
  s.spacing = 0.0004f;  // fine: the margin is a step in the field, stair-stepped on a coarser grid
  s.targetTris = 3000;
  return s;
}

}  // namespace

float cartilageThickness(const Field& bone, V p, V origin, CartilageLayer layerAt, float peak) {
  // The bone's outward normal, from its field's gradient: a layer lies on the faces turned
  // towards the joint, not on the bone's sides.
  constexpr float h = 0.0005f;
  const V g(bone(p + V(h, 0, 0)) - bone(p - V(h, 0, 0)), bone(p + V(0, h, 0)) - bone(p - V(0, h, 0)), bone(p + V(0, 0, h)) - bone(p - V(0, 0, h)));
  const float l = glm::length(g);
  return layerAt(p - origin, l > 1e-9f ? g / l : V(0.0f), peak);
}

CartilageSizes cartilageSizes(const Frame& fr) {
  const auto& d = *fr.d;
  return {static_cast<float>(d.soft("articular_cartilage", "femur_peak_m")), static_cast<float>(d.soft("articular_cartilage", "tibia_peak_m")),
          static_cast<float>(d.soft("articular_cartilage", "patella_peak_m"))};
}

float femoralCartilage(V q, V n, float peak) {
  // The trochlea in front reaches higher than the condyles behind: the top of the surface rises
  // from 1.2 cm above the condyles' centres at the back to 3.2 cm in front, in the middle.
  const float front = smoothstep01(-0.010f, 0.020f, q.x);
  // In front its upper border curves down to the sides of the trochlea.
  const float across = (q.z - 0.002f) / 0.030f;
  const float top = -0.392f + front * (0.020f - 0.010f * across * across);
  const float wy = smoothstep01(top + 0.004f, top - 0.006f, q.y);
  // Not on the condyles' side faces (the epicondyles), which face away from the joint.
  const float side = smoothstep01(0.80f, 0.55f, std::fabs(n.z));
  // Not in the intercondylar notch, where the cruciates arise.
  const float notch = smoothstep01(0.015f, 0.010f, std::fabs(q.z - 0.001f)) * smoothstep01(0.016f, 0.006f, q.x);
  return layer(wy * side * (1.0f - notch), peak);
}

float tibialCartilage(V q, V n, float peak) {
  // The two facets of the plateau, facing up, and not the eminence between them.
  auto facet = [&q](float cx, float cz, float rx, float rz) {
    const float e = std::sqrt((q.x - cx) * (q.x - cx) / (rx * rx) + (q.z - cz) * (q.z - cz) / (rz * rz));
    return smoothstep01(1.0f, 0.7f, e);
  };
  const float w = std::max(facet(-0.003f, -0.0165f, 0.024f, 0.0145f), facet(-0.005f, 0.0215f, 0.022f, 0.0150f));
  return layer(w * smoothstep01(0.45f, 0.75f, n.y) * smoothstep01(-0.046f, -0.040f, q.y), peak);
}

float patellarCartilage(V q, V n, float peak) {
  // Its back, facing the femur, above the apex: the lowest quarter is bare bone, where the
  // patellar tendon arises.
  const float back = smoothstep01(-0.2f, -0.5f, n.x);
  const float wy = smoothstep01(-0.011f, -0.004f, q.y) * smoothstep01(0.021f, 0.015f, q.y);
  return layer(back * wy, peak);
}

void makeCartilage(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out) {
  const CartilageSizes c = cartilageSizes(fr);
  const V fo = fr.origin("femur_r"), to = fr.origin("tibia_r"), po = fr.origin("patella_r");
  out.push_back(cartilage("femoral_cartilage", "femur_r", unionOf(built, {"femur"}), fo, femoralCartilage, c.femur,
                          Box{fo + V(-0.035f, -0.435f, -0.045f), fo + V(0.045f, -0.360f, 0.045f)}));
  out.back().keepLargest = true;  // a speck on the medial epicondyle's face came apart from it
  out.push_back(cartilage("tibial_cartilage", "tibia_r", unionOf(built, {"tibia"}), to, tibialCartilage, c.tibia,
                          Box{to + V(-0.032f, -0.050f, -0.036f), to + V(0.030f, -0.025f, 0.040f)}));
  out.push_back(cartilage("patellar_cartilage", "patella_r", unionOf(built, {"patella"}), po, patellarCartilage, c.patella,
                          Box{po + V(-0.014f, -0.014f, -0.024f), po + V(0.004f, 0.026f, 0.024f)}));
}

}  // namespace leggen
