// The knee's collateral ligaments and menisci. Without them the joint showed as two bare
// bones with a gap between them, the fat pad seen through it from behind and the side.
// Sizes are in the description (soft_tissue), each with its source or marked our choice.
#include "connective.hpp"

#include "sdf.hpp"

#include <cmath>

namespace leggen {
namespace {

using V = vec3;

// One meniscus: a ring of elliptic section round its compartment of the tibial plateau, its
// outer edge on the plateau's rim, open towards the intercondylar area, cut by the femur above
// and the tibia below so it fills the wedge between them and thins to an edge inwards.
struct Meniscus {
  V centre;           // on the joint line, middle of the compartment (pelvis frame)
  float rx, rz;       // the plateau compartment's half-extents: front-back, side-side
  float w, h;         // the section's half-width (radial) and half-height
  float growBehind;   // how much wider and taller the section is at the back (the medial's posterior horn)
  float openAt;       // direction of the opening in the plateau's plane (radians; 0 = forward, +pi/2 = lateral)
  float openHalf;     // half-angle of the opening (radians)
};

float meniscusField(const Meniscus& m, V p) {
  const V d = p - m.centre;
  const float rho = std::sqrt(d.x * d.x + d.z * d.z), phi = std::atan2(d.z, d.x);
  const float c = std::cos(phi), s = std::sin(phi);
  const float behind = std::max(0.0f, -c);
  const float w = m.w * (1.0f + m.growBehind * behind), h = m.h * (1.0f + m.growBehind * behind);
  const float ra = m.rx - w, rb = m.rz - w;
  const float ring = 1.0f / std::sqrt(c * c / (ra * ra) + s * s / (rb * rb));
  const float dr = rho - ring;
  // A squarish section (a superellipse of power 4): its outer face stands upright at the
  // plateau's rim; round (an ellipse), it bulged out of the joint as an O-ring.
  const float u = dr / w, v = d.y / h;
  const float tube = (std::sqrt(std::sqrt(u * u * u * u + v * v * v * v)) - 1.0f) * std::min(w, h);
  float off = std::fabs(phi - m.openAt);
  if (off > 3.14159265f) off = 6.2831853f - off;
  return smax(tube, (m.openHalf - off) * ring, 0.002f);
}

}  // namespace

void makeKnee(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out) {
  const auto& d = *fr.d;
  auto sz = [&](const char* s, const char* k) { return static_cast<float>(d.soft(s, k)); };
  const V fo = fr.origin("femur_r"), to = fr.origin("tibia_r");
  auto F = [fo](float x, float y, float z) { return fo + V(x, y, z); };
  auto T = [to](float x, float y, float z) { return to + V(x, y, z); };
  const Field femur = unionOf(built, {"femur"}), tibia = unionOf(built, {"tibia"});
  const Field boneUnder = unionOf(built, {"femur", "tibia", "fibula"});

  {  // Medial (tibial) collateral ligament, its superficial layer: a flat band from just behind
     // the medial epicondyle down the side of the joint to the tibia's medial face, about 6 cm
     // below the joint line, under the pes anserinus tendons.
    const float w = 0.5f * sz("medial_collateral_ligament", "width_m"), t = 0.5f * sz("medial_collateral_ligament", "thickness_m");
    const float below = sz("medial_collateral_ligament", "tibial_below_joint_line_m");
    const V from = F(0.005f, -0.399f, -0.038f), to_ = T(0.010f, -0.033f - below, -0.016f);
    Strand s = makeStrand({from, F(0.007f, -0.428f, -0.040f), T(0.010f, -0.055f, -0.0355f), T(0.010f, -0.075f, -0.021f), to_},
                          {{0.0f, 0.8f * w, 0.7f * t}, {0.15f, w, t}, {0.5f, w, t}, {0.85f, 1.1f * w, t}, {1.0f, 0.8f * w, 0.7f * t}},
                          [](V) { return V(0.0f, 0.0f, -1.0f); }, 1.0f, 20);
    drape(s, boneUnder, [](V) { return V(0.0f, 0.0f, -1.0f); }, 0.0003f, false, false);
    out.push_back(lofted("medial_collateral_ligament", Kind::Tendon, std::move(s), {{from, "femur_r"}, {to_, "tibia_r"}}));
  }
  {  // Lateral (fibular) collateral ligament: a narrow band, 4 by 2 mm, from the lateral
     // epicondyle to the side of the fibular head, clear of the joint, the biceps tendon behind it.
    const float r = 0.5f * sz("lateral_collateral_ligament", "width_m"), t = 0.5f * sz("lateral_collateral_ligament", "thickness_m");
    const V from = F(-0.004f, -0.405f, 0.038f), to_ = T(-0.010f, -0.057f, 0.0445f);
    Strand s = makeStrand({from, F(-0.005f, -0.428f, 0.042f), to_}, {{0.0f, 1.2f * r, t}, {0.5f, r, 1.1f * t}, {1.0f, 1.2f * r, t}},
                          [](V) { return V(0.0f, 0.0f, 1.0f); }, 1.0f, 16);
    drape(s, boneUnder, [](V) { return V(0.0f, 0.0f, 1.0f); }, 0.0003f, false, false);
    out.push_back(lofted("lateral_collateral_ligament", Kind::Tendon, std::move(s), {{from, "femur_r"}, {to_, "tibia_r"}}));
  }
  // Menisci: the medial a wide-open C, broader and taller at the back; the lateral nearly a
  // ring, of even section. Their outlines follow our plateau's two compartments.
  const float mw = 0.5f * sz("meniscus", "width_m"), mh = 0.5f * sz("meniscus", "height_m");
  const Meniscus medial{F(-0.006f, -0.4285f, -0.0195f), 0.025f, 0.0150f, 0.85f * mw, 0.85f * mh, 0.4f, 1.5708f, 0.75f};
  const Meniscus lateral{F(-0.006f, -0.4265f, 0.0220f), 0.021f, 0.0175f, mw, mh, 0.0f, -1.5708f, 0.45f};
  for (const auto& [id, m] : {std::pair{"medial_meniscus", medial}, std::pair{"lateral_meniscus", lateral}}) {
    Structure s;
    s.id = id;
    s.kind = Kind::Fascia;
    s.bodies = {"tibia_r"};  // held to the plateau by its horns and coronary ligaments
    s.shape.f = [m, femur, tibia](V p) {
      float f = meniscusField(m, p);
      if (f > 0.004f) return f;
      f = smax(f, 0.0003f - femur(p), 0.0012f);
      return smax(f, 0.0003f - tibia(p), 0.0012f);
    };
    const V r(m.rx + 0.004f, 2.0f * m.h + 0.004f, m.rz + 0.004f);
    s.shape.box = Box{m.centre - r, m.centre + r};
    s.spacing = 0.0006f;
    s.targetTris = 2500;
    out.push_back(std::move(s));
  }
  {  // The joint capsule's back part (with the oblique popliteal ligament in it): a fibrous
     // sheet over the backs of both femoral condyles and the top of the tibia, closing the joint
     // from behind. Without it the condyles showed from behind as a bare ball of bone between
     // the hamstrings and the gastrocnemius heads, with the notch open onto the fat pad. A shell
     // a few millimetres off the femur and tibia joined smoothly across the joint, kept behind
     // the condyles' middle and between the capsule's attachments above the condyles and below
     // the plateau's rim.
    const float t = 0.5f * sz("knee_capsule", "thickness_m");
    const V top = F(0.0f, -0.372f, 0.0f), bottom = F(0.0f, -0.448f, 0.0f);
    const float front = fo.x - 0.010f, midZ = fo.z;
    Structure s;
    s.id = "knee_capsule";
    s.kind = Kind::Fascia;
    s.bodies = {"femur_r", "tibia_r"};
    // Each part follows its bone, changing over within 4 mm of the joint line: blended round the
    // knee's centre (3 cm higher), the sheet, all on the inside of the bend, was squeezed to 67 %
    // of its volume in the deepest knee flexion (62 % blended over its whole height).
    s.skinPaths = {{{F(-0.03f, -0.372f, 0.0f), "femur_r"}, {F(-0.03f, -0.424f, 0.0f), "femur_r"}, {F(-0.03f, -0.432f, 0.0f), "tibia_r"},
                    {F(-0.03f, -0.448f, 0.0f), "tibia_r"}}};
    s.blendWholeLength = true;
    // A block in the joint's back, between the condyles and the plateau, which the shell passes
    // over: over the bones alone it came apart at the joint line, the gap there being 10-18 mm.
    const V gapCentre = F(-0.012f, -0.428f, 0.0f), gapHalf(0.010f, 0.008f, 0.032f);
    // The bones' raw fields: bounded by their boxes, the union jumped where it met a box's
    // bound below the femur, and the shell broke along that line.
    Field femurRaw, tibiaRaw;
    for (const auto& b : built) {
      if (b.id == "femur") femurRaw = b.shape.f;
      if (b.id == "tibia") tibiaRaw = b.shape.f;
    }
    s.shape.f = [femurRaw, tibiaRaw, t, top, bottom, front, midZ, gapCentre, gapHalf](V p) {
      // Joined across the joint and over the notch between the condyles, not dipping into it.
      const float joint = smin(smin(femurRaw(p), tibiaRaw(p), 0.016f), sdRoundBox(p, gapCentre, gapHalf, 0.005f), 0.008f);
      if (joint > 0.014f) return joint - 0.008f;
      float f = std::fabs(joint - 0.0022f - t) - t;
      f = smax(f, p.x - front, 0.003f);                      // behind the condyles' middle
      f = smax(f, std::fabs(p.z - midZ) - 0.036f, 0.004f);   // not round the knee's sides
      f = smax(f, p.y - top.y, 0.004f);       // above the condyles: on the femur's back
      f = smax(f, bottom.y - p.y, 0.004f);    // below the tibial plateau's rim
      return f;
    };
    s.shape.box = Box{F(-0.06f, -0.455f, -0.05f), F(0.002f, -0.365f, 0.05f)};
    s.spacing = 0.0007f;
    s.targetTris = 5000;
    // In the notch between the condyles the shell's field closes a pocket of its own.
    s.keepLargest = true;
    out.push_back(std::move(s));
  }
  // Cruciate ligaments, crossing in the notch between the femoral condyles: the anterior from
  // the front of the tibia's intercondylar area up and back to the inner face of the lateral
  // condyle, the posterior from the back of the tibia up and forward to the inner face of the
  // medial condyle. Each is a flat band, twisted a quarter turn: flat on the plateau at its
  // tibial end, flat against the notch's wall at its femoral end (a round rod read as a knob
  // hanging in the notch). Ended inside both bones and cut by them, so what shows is the part
  // crossing the joint. From behind, the posterior one closes the notch through which the fat
  // pad showed.
  struct Cruciate {
    const char* id;
    V tibial, femoral;
    float r;
  };
  const float acl = 0.5f * sz("anterior_cruciate_ligament", "width_m"), pcl = 0.5f * sz("posterior_cruciate_ligament", "width_m");
  for (const Cruciate& c : {Cruciate{"anterior_cruciate_ligament", F(0.011f, -0.432f, 0.003f), F(-0.019f, -0.409f, 0.013f), acl},
                            Cruciate{"posterior_cruciate_ligament", F(-0.027f, -0.446f, 0.002f), F(0.003f, -0.409f, -0.010f), pcl}}) {
    Structure s;
    s.id = c.id;
    s.kind = Kind::Tendon;
    s.bodies = {"tibia_r", "femur_r"};
    s.skinPaths = {{{c.tibial, "tibia_r"}, {c.femoral, "femur_r"}}};
    // Its thickness turns from up (on the plateau) to across (against the condyle's inner face).
    const float yLow = c.tibial.y, yHigh = c.femoral.y;
    const Outward twist = [yLow, yHigh](V p) {
      const float t = smoothstep01(yLow, yHigh, p.y);
      return glm::normalize(glm::mix(V(0.0f, 1.0f, 0.0f), V(0.0f, 0.0f, 1.0f), t));
    };
    const Strand band = makeStrand({c.tibial, 0.5f * (c.tibial + c.femoral), c.femoral},
                                   {{0.0f, 1.15f * c.r, 0.5f * c.r}, {0.5f, c.r, 0.5f * c.r}, {1.0f, 1.15f * c.r, 0.5f * c.r}}, twist, 1.0f, 16);
    s.shape.f = [band, femur, tibia](V p) {
      float f = band.eval(p, nullptr, 0.01f);
      if (f > 0.004f) return f;
      f = smax(f, 0.0003f - femur(p), 0.0012f);
      return smax(f, 0.0003f - tibia(p), 0.0012f);
    };
    s.shape.box = Box{glm::min(c.tibial, c.femoral) - V(1.2f * c.r + 0.003f), glm::max(c.tibial, c.femoral) + V(1.2f * c.r + 0.003f)};
    s.spacing = 0.0006f;
    s.targetTris = 1500;
    // The posterior one's flat band, cut by both bones, left a sliver apart at the tibia's back.
    s.keepLargest = true;
    out.push_back(std::move(s));
  }
}

}  // namespace leggen
