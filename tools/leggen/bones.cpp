// Bones as smooth unions of capsules, cones and ellipsoids placed on the
// reference landmarks of gait2392 (body frames, metres). Positions that the
// reference does not give (shaft bows, condyle radii) are our estimates from
// standard anatomy, checked against the landmarks and attachment points.
#include "model.hpp"

namespace leggen {
namespace {

using V = vec3;

// Smooth union over a list of distances with a common blend radius.
struct U {
  float d = 1e9f;
  float k;
  explicit U(float k_) : k(k_) {}
  U& operator+=(float x) { d = smin(d, x, k); return *this; }
};

float femurLocal(V p) {
  U u(0.008f);
  u += sdSphere(p, V(0, 0, 0), 0.0240f);                                      // head
  u += sdRoundCone(p, V(-0.002f, -0.006f, 0.010f), V(-0.012f, -0.034f, 0.036f), 0.0150f, 0.0185f);  // neck
  u += sdEllipsoid(p, V(-0.018f, -0.022f, 0.048f), V(0.019f, 0.027f, 0.0145f));   // greater trochanter
  u += sdEllipsoid(p, V(-0.022f, -0.006f, 0.039f), V(0.012f, 0.011f, 0.010f));    // trochanter tip
  u += sdCapsule(p, V(-0.027f, -0.016f, 0.043f), V(-0.018f, -0.056f, 0.016f), 0.0065f);  // intertrochanteric crest
  u += sdSphere(p, V(-0.0165f, -0.0590f, 0.0125f), 0.0085f);                   // lesser trochanter
  // Shaft, bowed forward, running from lateral (trochanters) to medial (knee).
  // The midshaft sits a little anterolateral and slim (13-14 mm radius) so
  // the gait2392 vastus medialis origin and adductor insertions lie on it.
  // The segments meet at shared spheres: a plain union, since a smooth one swells every joint
  // into a ring (the shaft read as bamboo).
  u += std::min({sdRoundCone(p, V(-0.006f, -0.045f, 0.035f), V(0.011f, -0.120f, 0.030f), 0.0175f, 0.0138f),
                 sdRoundCone(p, V(0.011f, -0.120f, 0.030f), V(0.018f, -0.200f, 0.026f), 0.0138f, 0.0132f),
                 sdRoundCone(p, V(0.018f, -0.200f, 0.026f), V(0.016f, -0.290f, 0.012f), 0.0132f, 0.0148f),
                 sdRoundCone(p, V(0.016f, -0.290f, 0.012f), V(0.010f, -0.358f, 0.003f), 0.0148f, 0.0200f)});
  u += sdCapsule(p, V(-0.004f, -0.095f, 0.035f), V(0.002f, -0.300f, 0.014f), 0.0050f);  // linea aspera
  float d = u.d;
  U c(0.010f);
  c += d;
  c += sdEllipsoid(p, V(0.002f, -0.405f, -0.0200f), V(0.025f, 0.0245f, 0.0165f));  // medial condyle
  c += sdEllipsoid(p, V(0.000f, -0.402f, 0.0225f), V(0.0235f, 0.0225f, 0.0165f));  // lateral condyle
  c += sdEllipsoid(p, V(0.013f, -0.390f, 0.0010f), V(0.0225f, 0.030f, 0.034f));    // trochlear block
  // The lateral lip of the trochlea stands higher and further forward than the medial, the
  // wall that keeps the patella from slipping outward (our estimate of its size).
  c += sdEllipsoid(p, V(0.018f, -0.382f, 0.0175f), V(0.0185f, 0.027f, 0.0125f));
  c += sdSphere(p, V(0.004f, -0.399f, -0.0310f), 0.0085f);                        // medial epicondyle
  c += sdSphere(p, V(-0.002f, -0.404f, 0.0290f), 0.0085f);                        // lateral epicondyle
  c += sdSphere(p, V(0.006f, -0.381f, -0.0235f), 0.0055f);                        // adductor tubercle
  d = c.d;
  d = smax(d, -sdCapsule(p, V(0.043f, -0.366f, 0.003f), V(0.039f, -0.420f, 0.002f), 0.0125f), 0.004f);  // trochlear groove
  // Intercondylar notch, 21 mm wide and its roof 2.2-2.6 cm above the condyles' lowest points
  // at the back (our estimate): 17 mm wide and 1.5 cm high, it cut the cruciates to stubs.
  d = smax(d, -sdCapsule(p, V(-0.036f, -0.414f, 0.001f), V(-0.004f, -0.426f, 0.001f), 0.0105f), 0.003f);
  return d;
}

float tibiaLocal(V p) {
  U u(0.010f);
  u += sdEllipsoid(p, V(-0.002f, -0.046f, -0.0155f), V(0.026f, 0.0135f, 0.0185f));  // medial condyle
  u += sdEllipsoid(p, V(-0.004f, -0.049f, 0.0215f), V(0.024f, 0.0135f, 0.0175f));   // lateral condyle
  u += sdSphere(p, V(0.004f, -0.036f, -0.006f), 0.0055f);                          // eminence
  u += sdSphere(p, V(0.003f, -0.037f, 0.004f), 0.0050f);
  // The shaft flares into the distal metaphysis (it ended 6 mm short of it, leaving the ankle
  // end a separate piece). Its segments in a plain union, as the femur's.
  u += std::min({sdRoundCone(p, V(0.000f, -0.058f, 0.003f), V(0.008f, -0.130f, 0.002f), 0.0230f, 0.0160f),
                 sdRoundCone(p, V(0.008f, -0.130f, 0.002f), V(0.006f, -0.250f, 0.000f), 0.0160f, 0.0125f),
                 sdRoundCone(p, V(0.006f, -0.250f, 0.000f), V(0.002f, -0.378f, 0.000f), 0.0125f, 0.0160f)});
  // Anterior crest (the shin's edge), fading out at both ends instead of ending in a step.
  u += std::min(sdRoundCone(p, V(0.020f, -0.095f, -0.001f), V(0.019f, -0.170f, -0.002f), 0.0020f, 0.0045f),
                sdRoundCone(p, V(0.019f, -0.170f, -0.002f), V(0.013f, -0.310f, -0.003f), 0.0045f, 0.0015f));
  u += sdEllipsoid(p, V(0.000f, -0.392f, 0.003f), V(0.0205f, 0.022f, 0.0215f));    // distal metaphysis
  u += sdEllipsoid(p, V(0.005f, -0.409f, -0.0165f), V(0.0105f, 0.0210f, 0.0080f)); // medial malleolus, down beside the talus
  // The tuberosity, a low rough swelling blended well into the shaft (it read as an egg).
  // Centred under the patellar tendon's insertion.
  float d = smin(u.d, sdEllipsoid(p, V(0.027f, -0.079f, kPatellarTendonInsertion.z - 0.002f), V(0.009f, 0.022f, 0.0125f)), 0.016f);
  // Flat plateau, broken only by the eminence.
  d = smax(d, -sdSphere(p, V(-0.002f, -0.010f, -0.016f), 0.0235f), 0.003f);
  d = smax(d, -sdSphere(p, V(-0.004f, -0.012f, 0.022f), 0.0230f), 0.003f);
  d = std::max(d, p.y + 0.0285f);
  return d;
}

float fibulaLocal(V p) {
  U u(0.008f);
  u += sdEllipsoid(p, V(-0.016f, -0.067f, 0.0365f), V(0.0105f, 0.0115f, 0.0105f));  // head
  u += std::min(sdRoundCone(p, V(-0.015f, -0.078f, 0.0385f), V(-0.012f, -0.300f, 0.0355f), 0.0078f, 0.0062f),
                // Widening on down into the malleolus: ended 3 cm above its tip, the shaft met the
                // malleolus in a narrow neck, an egg on a stalk (lateral view).
                sdRoundCone(p, V(-0.012f, -0.300f, 0.0355f), V(-0.0058f, -0.403f, 0.0315f), 0.0062f, 0.0098f));
  u += sdEllipsoid(p, V(-0.006f, -0.417f, 0.0305f), V(0.0110f, 0.0230f, 0.0090f));  // lateral malleolus, a centimetre lower than the medial
  return u.d;
}

float patellaLocal(V p) {
  U u(0.010f);
  u += sdEllipsoid(p, V(0.0f, 0.004f, 0.0f), V(0.0105f, 0.0190f, 0.0215f));
  // The apex a blunt, rounded point (3.5 mm round, it read as a needle point; review).
  u += sdRoundCone(p, V(0.0f, 0.0f, 0.0f), V(0.002f, -0.0175f, 0.0f), 0.0095f, 0.0060f);
  // Its back is two facets meeting in a vertical ridge that runs in the trochlear groove, the
  // lateral facet the broader (the ridge 3 mm medial of the middle), each sloping forward by
  // about 17 degrees towards its edge: a plain dome read as a lid (review).
  const float ridge = -0.0095f + 0.30f * std::abs(p.z + 0.003f);
  return smax(u.d, (ridge - p.x) * 0.96f, 0.002f);
}

float talusLocal(V p) {
  U u(0.008f);
  // Body and trochlea, as wide as the mortise: the malleoli carve its sides.
  // It reaches up into the plafond and out into the malleoli, which carve it (1 mm joint space),
  // so it sits in the mortise: an ellipsoid short of them showed from the front as an egg
  // under the tibia with air round it (review).
  u += sdEllipsoid(p, V(0.004f, -0.003f, 0.005f), V(0.026f, 0.020f, 0.0250f));
  u += sdEllipsoid(p, V(0.032f, -0.014f, -0.007f), V(0.014f, 0.011f, 0.013f));  // neck and head
  return u.d;
}

float calcaneusLocal(V p) {
  U u(0.010f);
  u += sdEllipsoid(p, V(0.028f, 0.010f, -0.003f), V(0.038f, 0.0185f, 0.0165f));  // body
  // The tuber: a tall, nearly flat posterior surface (the Achilles tendon ends on its middle
  // third), and below it the heel tubercle the foot stands on.
  u += sdEllipsoid(p, V(0.005f, 0.019f, -0.005f), V(0.0135f, 0.0200f, 0.0145f));
  u += sdEllipsoid(p, V(0.012f, 0.002f, -0.005f), V(0.0170f, 0.0085f, 0.0150f));
  // Sustentaculum tali: a shelf jutting from the inner side under the talus, rooted in the
  // body (set apart from it, a thin ellipsoid read as a coin stuck on the bone).
  return smin(u.d, sdEllipsoid(p, V(0.036f, 0.021f, -0.017f), V(0.012f, 0.0055f, 0.0125f)), 0.005f);
}

// Tarsals, metatarsals and phalanges in the calcaneus frame; the toes part
// (x beyond the metatarsal heads) moves with toes_r.
float footLocal(V p) {
  // The tarsals build the arch: the navicular (its back cupped by the talar
  // head, carved in makeBones) and the three cuneiforms stand tall on the
  // medial side, the cuboid lower laterally. Each is its own block, joined
  // hard to its neighbours so the joint lines show; within a bone, smooth.
  // Sizes are our estimates of an adult foot, fitted between gait2392's
  // talus and its first_metatarsal_head landmark.
  // Cuneiforms are wedges, wide on the dorsum and narrow below (the
  // medial one the other way), which vaults the transverse arch.
  // A block between a rounded box and an ellipsoid: flat joint faces,
  // softly domed free surfaces, as the bones are.
  auto block = [](V q, V c, V h) {
    return 0.55f * sdRoundBox(q, c, h, 0.45f * std::min({h.x, h.y, h.z})) + 0.45f * sdEllipsoid(q, c, 1.3f * h);
  };
  auto wedge = [block, p](V c, V h, float taper) {
    V q = p - c;
    q.z /= 1.0f + taper * std::clamp(q.y / h.y, -1.0f, 1.0f);
    return block(q, V(0.0f), h);
  };
  float t = sdEllipsoidAxes(p, V(0.1005f, 0.030f, -0.015f), V(1, 0, 0), glm::normalize(V(0.0f, 1.0f, 0.25f)),
                            glm::normalize(V(0.0f, -0.25f, 1.0f)), V(0.0075f, 0.0125f, 0.0185f));  // navicular
  t = smin(t, sdEllipsoid(p, V(0.098f, 0.021f, -0.030f), V(0.0070f, 0.0060f, 0.0060f)), 0.007f);   // its tuberosity
  t = std::min(t, wedge(V(0.1165f, 0.0235f, -0.0265f), V(0.0095f, 0.0150f, 0.0072f), -0.25f));   // medial cuneiform
  t = std::min(t, wedge(V(0.1140f, 0.0315f, -0.0135f), V(0.0065f, 0.0115f, 0.0060f), 0.35f));    // intermediate
  t = std::min(t, wedge(V(0.1155f, 0.0285f, -0.0010f), V(0.0080f, 0.0120f, 0.0065f), 0.30f));    // lateral
  // Cuboid: in front of the calcaneus, its distal face turned forward and
  // out for the fourth and fifth metatarsals; under it a ridge, with the
  // fibularis longus tendon in the groove in front of it.
  const V fn = glm::normalize(V(1.0f, 0.0f, 0.5f));
  float cub = smax(block(p, V(0.0815f, 0.0170f, 0.0205f), V(0.0165f, 0.0100f, 0.0135f)),
                   glm::dot(p - V(0.0945f, 0.0f, 0.020f), fn), 0.003f);
  cub = smin(cub, sdCapsule(p, V(0.074f, 0.0075f, 0.021f), V(0.078f, 0.0070f, 0.008f), 0.0035f), 0.004f);
  t = std::min(t, cub);
  struct Ray { V base, head; float rb, rh; V tip; int phalanges; };
  // The first metatarsal's head at gait2392's first_metatarsal_head landmark
  // (its medial-most point), the others on the line of the MTP joint axis.
  const Ray rays[5] = {{V(0.1335f, 0.020f, -0.027f), V(0.169f, 0.004f, -0.029f), 0.0095f, 0.0095f, V(0.238f, -0.002f, -0.027f), 2},
                       {V(0.1290f, 0.027f, -0.013f), V(0.177f, 0.002f, -0.012f), 0.0070f, 0.0068f, V(0.245f, -0.004f, -0.010f), 3},
                       {V(0.1310f, 0.025f, -0.001f), V(0.170f, 0.001f, 0.004f), 0.0065f, 0.0064f, V(0.232f, -0.005f, 0.004f), 3},
                       {V(0.1080f, 0.019f, 0.012f), V(0.159f, 0.000f, 0.019f), 0.0065f, 0.0062f, V(0.216f, -0.005f, 0.018f), 3},
                       {V(0.0935f, 0.014f, 0.0305f), V(0.138f, 0.002f, 0.037f), 0.0075f, 0.0060f, V(0.194f, -0.004f, 0.033f), 3}};
  for (const auto& r : rays) {
    // Each ray (metatarsal and its phalanges) smooth in itself, hard against
    // the next: the bases stay distinct.
    U u(0.004f);
    const V mid = 0.5f * (r.base + r.head) + V(0.0f, 0.002f, 0.0f);
    // Shafts about two thirds of the base, bases tall (they key into the
    // arch), heads round knuckles.
    u += sdEllipsoid(p, r.base, V(0.008f, 1.25f * r.rb, r.rb));
    // The fifth's tuberosity juts back beside the cuboid, for fibularis brevis.
    if (r.base.z > 0.025f) u += sdEllipsoid(p, r.base + V(-0.008f, -0.002f, 0.004f), V(0.0065f, 0.0055f, 0.0050f));
    u += sdRoundCone(p, r.base, mid, r.rb, 0.6f * r.rb);
    u += sdRoundCone(p, mid, r.head, 0.6f * r.rb, 0.8f * r.rh);
    u += sdEllipsoid(p, r.head, V(1.0f * r.rh, 1.12f * r.rh, 0.95f * r.rh));
    // Phalanges: each a flared base, a waisted shaft and a rounded head,
    // small gaps at the joints. The lesser toes rise a little at the first
    // joint and come down to the tip, as in a standing foot.
    const V start = r.head + glm::normalize(r.tip - r.head) * (r.rh + 0.0015f);
    const float lens[3] = {0.5f, 0.28f, 0.22f};
    const float lens2[2] = {0.58f, 0.42f};
    const float lift[3] = {0.0035f, 0.0025f, 0.0f};  // at the end of each phalanx
    const float lift2[2] = {0.0015f, 0.0f};
    V a = start;
    float along = 0.0f;
    for (int i = 0; i < r.phalanges; ++i) {
      const bool big = r.phalanges == 2;
      along += big ? lens2[i] : lens[i];
      const V b = start + (r.tip - start) * along + V(0.0f, big ? lift2[i] : lift[i], 0.0f);
      const V d = b - a;
      const float rb = r.rh * (0.8f - 0.12f * static_cast<float>(i));
      const bool last = i + 1 == r.phalanges;
      u += sdEllipsoid(p, a + d * 0.14f, V(0.16f * glm::length(d) + 0.002f, 0.8f * rb, 0.95f * rb));  // base
      u += sdRoundCone(p, a + d * 0.14f, b - d * 0.16f, 0.70f * rb, last ? 0.60f * rb : 0.66f * rb);
      // The distal phalanx ends in its flat tuft, the others in a head.
      if (last) u += sdEllipsoid(p, b - d * 0.14f, V(0.12f * glm::length(d) + 0.0015f, 0.5f * rb, 0.8f * rb));
      else u += sdEllipsoid(p, b - d * 0.12f, V(0.12f * glm::length(d) + 0.0015f, 0.7f * rb, 0.82f * rb));
      a = b + glm::normalize(d) * 0.0015f;
    }
    t = std::min(t, u.d);
  }
  return t;
}

float hipBoneLocal(V p) {
  const V H(-0.0707f, -0.0661f, 0.0835f);
  // Iliac wing: a fan of thin plates from above the acetabulum to the crest.
  const V crest[] = {V(0.000f, 0.000f, 0.1187f), V(-0.020f, 0.034f, 0.1300f), V(-0.050f, 0.074f, 0.1130f),
                     V(-0.087f, 0.0938f, 0.0763f), V(-0.120f, 0.078f, 0.0600f), V(-0.1428f, 0.0379f, 0.0560f),
                     V(-0.140f, 0.008f, 0.0620f)};
  const V base(-0.082f, -0.028f, 0.0900f);
  // The crest as a smooth curve (Catmull-Rom, 8 steps a span: at 4 the fan's flat triangles
  // showed as radial bands in the iliac fossa) and the wing as
  // a fan of thin triangles under it, joined hard: a smooth join of a few
  // broad plates raised a rib along every seam and a knob at every crest
  // point, a shell rather than a bone.
  static const std::vector<V> curve = [&crest] {
    std::vector<V> c;
    for (int i = 0; i + 1 < 7; ++i) {
      const V p0 = crest[std::max(i - 1, 0)], p1 = crest[i], p2 = crest[i + 1], p3 = crest[std::min(i + 2, 6)];
      for (int s = 0; s < 8; ++s) {
        const float t = static_cast<float>(s) / 8.0f, t2 = t * t, t3 = t2 * t;
        c.push_back(0.5f * (2.0f * p1 + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 + (3.0f * p1 - p0 - 3.0f * p2 + p3) * t3));
      }
    }
    c.push_back(crest[6]);
    return c;
  }();
  float wing = 1e9f, rim = 1e9f;
  for (std::size_t i = 0; i + 1 < curve.size(); ++i) {
    wing = std::min(wing, sdTriangle(p, base, curve[i], curve[i + 1], 0.0030f));
    // The rim is thickest at the iliac tubercle, a hand behind the ASIS. Its radius runs on
    // along each piece: one radius a piece stepped at every joint, and the crest read as
    // ringed (lateral view, review).
    auto radius = [&](std::size_t k) {
      const float along = static_cast<float>(k) / static_cast<float>(curve.size() - 2);
      return 0.0050f + 0.0016f * std::exp(-std::pow((along - 0.22f) / 0.08f, 2.0f));
    };
    rim = std::min(rim, sdRoundCone(p, curve[i], curve[i + 1], radius(i), radius(i + 1)));
  }
  // Anterior border to the AIIS, as thick as the fan it adjoins: 1 mm thicker, the step along
  // their shared edge showed as a hairy seam across the gluteal surface (review).
  wing = std::min(wing, sdTriangle(p, base, V(-0.0295f, -0.0311f, 0.0968f), crest[0], 0.0030f));
  U u(0.010f);
  u += wing;
  u += rim;
  u += sdSphere(p, V(-0.142f, 0.026f, 0.060f), 0.0068f);  // PSIS
  u += sdSphere(p, crest[0], 0.0070f);                                              // ASIS
  u += sdSphere(p, V(-0.0295f, -0.0311f, 0.0968f), 0.0070f);                       // AIIS
  u += sdEllipsoid(p, V(-0.127f, 0.032f, 0.047f), V(0.016f, 0.026f, 0.007f));     // auricular part, medial face
  // Acetabulum: a cup facing lateral, down and forward, around the femoral head.
  const V open = glm::normalize(V(0.24f, -0.66f, 0.66f));
  float cup = smax(sdSphere(p, H, 0.0345f), -sdSphere(p, H, 0.0262f), 0.002f);
  cup = smax(cup, glm::dot(p - H, open) - 0.002f, 0.003f);
  u += cup;
  u += sdRoundCone(p, H + V(-0.010f, 0.014f, -0.006f), base, 0.016f, 0.010f);      // body of the ilium
  // Ischium down to the tuberosity, pubis to the symphysis, and the ramus
  // joining them around the obturator foramen.
  u += sdRoundCone(p, H + V(-0.024f, -0.016f, -0.008f), V(-0.116f, -0.102f, 0.058f), 0.012f, 0.010f);
  u += sdEllipsoid(p, V(-0.119f, -0.105f, 0.058f), V(0.014f, 0.0145f, 0.0105f));   // ischial tuberosity
  // Ischial spine: a pointed triangular process jutting back and in from the ischium's back
  // border between the two sciatic notches (a ball read as a knob; review).
  u += sdRoundCone(p, V(-0.100f, -0.062f, 0.066f), V(-0.109f, -0.064f, 0.055f), 0.0060f, 0.0015f);
  u += sdRoundCone(p, H + V(0.018f, -0.012f, -0.014f), V(-0.048f, -0.088f, 0.012f), 0.0095f, 0.0085f);  // superior ramus
  u += sdEllipsoid(p, V(-0.050f, -0.093f, 0.011f), V(0.012f, 0.019f, 0.0095f));   // pubic body
  // The pubic tubercle: a low bump on the ramus's upper border (a 6 mm ball read as a knob).
  u += sdEllipsoid(p, V(-0.036f, -0.083f, 0.020f), V(0.0045f, 0.0035f, 0.0055f));
  u += sdRoundCone(p, V(-0.056f, -0.106f, 0.012f), V(-0.110f, -0.117f, 0.048f), 0.0070f, 0.0085f);  // ischiopubic ramus
  return smax(u.d, -sdSphere(p, H, 0.0255f), 0.002f);  // keep the socket clear of the head
}

float sacrumLocal(V p) {
  // One curved wedge, not a stack of vertebrae: broad and thick at the base
  // (the body of S1 and the alae beside it), narrowing to the apex, concave in
  // front. Its pelvic face shows the four transverse ridges where the five
  // vertebrae fused and the four pairs of anterior foramina beside them; then
  // the coccyx. Sizes are our estimates of an adult male sacrum.
  const float t = std::clamp((0.046f - p.y) / 0.078f, -0.1f, 1.15f);  // 0 at the base, 1 at the apex
  const float cx = -0.112f - 0.040f * t - 0.012f * std::sin(3.14159f * std::clamp(t, 0.0f, 1.0f));
  const float halfWidth = 0.052f - 0.036f * std::pow(std::clamp(t, 0.0f, 1.15f), 0.85f);
  const float z = std::min(std::abs(p.z) / halfWidth, 1.5f);
  // The alae are thinner than the vertebral bodies between them.
  const float halfThick = (0.020f - 0.012f * std::clamp(t, 0.0f, 1.0f)) * (1.0f - 0.45f * z * z);
  const float rx = std::max(halfThick, 0.004f);
  const glm::vec2 q((p.x - cx) / rx, p.z / halfWidth);
  float d = (glm::length(q) - 1.0f) * std::min(rx, halfWidth);
  // The base: flat on S1, the alae sloping down to the sides; a rounded apex.
  d = smax(d, p.y - (0.056f - 0.18f * std::max(std::abs(p.z) - 0.022f, 0.0f)), 0.005f);
  // The body of S1 stands out at the base, its front edge the promontory.
  d = smin(d, std::max(sdEllipsoid(p, V(-0.106f, 0.042f, 0.0f), V(0.019f, 0.016f, 0.025f)), p.y - 0.056f), 0.006f);
  d = smax(d, -0.036f - p.y, 0.006f);
  for (int k = 1; k <= 4; ++k) {
    const float tk = static_cast<float>(k) / 5.0f + 0.04f, yk = 0.046f - 0.078f * tk;
    // Raised transverse ridge across the middle of the pelvic face.
    const float across = std::max(1.0f - std::abs(p.z) / (0.55f * halfWidth), 0.0f);
    if (p.x > cx) d -= 0.0012f * across * std::exp(-std::pow((p.y - yk) / 0.0025f, 2.0f));
    // A foramen either side, where the ridge meets the ala.
    const float hwk = 0.052f - 0.036f * std::pow(tk, 0.85f), fz = 0.62f * hwk;
    const float front = -0.112f - 0.040f * tk - 0.012f * std::sin(3.14159f * tk) + (0.020f - 0.012f * tk) * (1.0f - 0.45f * 0.62f * 0.62f);
    const float fr = 0.0058f - 0.0007f * static_cast<float>(k);
    d = std::max(d, fr - glm::length(p - V(front, yk, fz)));
    d = std::max(d, fr - glm::length(p - V(front, yk, -fz)));
    // On its back, a smaller foramen either side, lateral to the intermediate crest.
    const float back = 2.0f * cx - front + 0.0015f, bz = 0.50f * hwk;
    d = std::max(d, 0.75f * fr - glm::length(p - V(back, yk, bz)));
    d = std::max(d, 0.75f * fr - glm::length(p - V(back, yk, -bz)));
  }
  // Its back is not a flat plate: the median crest (the fused spinous processes) down the
  // midline and an intermediate crest either side (the fused articular processes), low ridges
  // from the base to the fourth segment (our estimate of their height).
  if (p.x < cx && t > 0.02f && t < 0.85f) {
    const float along = std::sin(3.14159f * (t - 0.02f) / 0.83f);
    const float inter = 0.36f * halfWidth;
    d -= along * (0.0030f * std::exp(-std::pow(p.z / 0.0035f, 2.0f)) +
                  0.0015f * std::exp(-std::pow((std::abs(p.z) - inter) / 0.0025f, 2.0f)));
  }
  // The coccyx, a short tapering tail of fused segments curving a little forward (thinner, it
  // read as a spike).
  d = smin(d, sdRoundCone(p, V(-0.150f, -0.040f, 0.0f), V(-0.151f, -0.063f, 0.0f), 0.0085f, 0.0048f), 0.006f);
  return d;
}

Structure bone(const std::string& id, std::vector<std::string> bodies, Field f, Box box, std::size_t tris, float h) {
  Structure s;
  s.id = id;
  s.kind = Kind::Bone;
  s.shape = Shape{std::move(f), box};
  s.bodies = std::move(bodies);
  s.targetTris = tris;
  s.spacing = h;
  return s;
}

}  // namespace

std::vector<Structure> makeBones(const Frame& fr) {
  const V fo = fr.origin("femur_r"), to = fr.origin("tibia_r"), po = fr.origin("patella_r");
  const V ao = fr.origin("talus_r"), co = fr.origin("calcn_r");
  auto femur = [fo](V p) { return femurLocal(p - fo); };
  auto tibia = [to](V p) { return tibiaLocal(p - to); };
  auto talus = [ao](V p) { return talusLocal(p - ao); };
  std::vector<Structure> out;
  auto box = [](V o, V lo, V hi) { return Box{o + lo, o + hi}; };
  out.push_back(bone("hip_bone", {"pelvis"}, [](V p) { return hipBoneLocal(p); },
                     Box{V(-0.17f, -0.14f, -0.01f), V(0.02f, 0.11f, 0.15f)}, 20000, 0.0013f));
  // Whole here, for the muscles to lie on; main.cpp cuts it at the midline before meshing.
  out.push_back(bone("sacrum", {"pelvis"}, [](V p) { return sacrumLocal(p); },
                     Box{V(-0.19f, -0.08f, -0.07f), V(-0.08f, 0.08f, 0.07f)}, 6000, 0.0013f));
  out.push_back(bone("femur", {"femur_r"}, femur, box(fo, V(-0.05f, -0.44f, -0.06f), V(0.06f, 0.03f, 0.08f)), 22000, 0.0013f));
  out.push_back(bone("patella", {"patella_r"}, [po](V p) { return patellaLocal(p - po); },
                     box(po, V(-0.02f, -0.03f, -0.03f), V(0.02f, 0.03f, 0.03f)), 3000, 0.0008f));
  // Tibia and its plateau: the femur (1 mm gap for cartilage) is carved out.
  out.push_back(bone("tibia", {"tibia_r"}, [tibia, femur](V p) { return std::max(tibia(p), 0.001f - femur(p)); },
                     box(to, V(-0.04f, -0.43f, -0.05f), V(0.05f, -0.02f, 0.05f)), 16000, 0.0013f));
  out.push_back(bone("fibula", {"tibia_r"}, [to, tibia](V p) { return std::max(fibulaLocal(p - to), 0.001f - tibia(p)); },
                     box(to, V(-0.035f, -0.44f, 0.015f), V(0.01f, -0.05f, 0.05f)), 5000, 0.0009f));
  out.push_back(bone("talus", {"talus_r"}, [talus, tibia, to](V p) {
                       return std::max({talus(p), 0.001f - tibia(p), 0.001f - fibulaLocal(p - to)}); },
                     box(ao, V(-0.03f, -0.035f, -0.025f), V(0.05f, 0.02f, 0.025f)), 4000, 0.0009f));
  out.push_back(bone("calcaneus", {"calcn_r"}, [co, talus](V p) { return std::max(calcaneusLocal(p - co), 0.001f - talus(p)); },
                     box(co, V(-0.02f, -0.015f, -0.035f), V(0.07f, 0.045f, 0.02f)), 5000, 0.0010f));
  out.push_back(bone("foot_bones", {"calcn_r", "toes_r"}, [co, talus](V p) {
                       return std::max(footLocal(p - co), 0.001f - talus(p)); },
                     box(co, V(0.06f, -0.015f, -0.045f), V(0.26f, 0.045f, 0.05f)), 16000, 0.0008f));
  for (auto& s : out) s.shape.box = s.shape.box.grown(0.002f);
  return out;
}

}  // namespace leggen
