// Centrelines follow the gait2392 paths (origin, via points, insertion) with
// extra control points where a belly lies off the straight line; positions
// are our reading of standard atlas anatomy in the model's body frames.
#include "muscle_specs.hpp"

#include <array>

namespace leggen {

std::vector<Key> fusiform(float t0, float peak, float t1, float a, float b, float ta0, float ta1) {
  return {{0.0f, ta0, 0.7f * ta0}, {t0, 0.45f * a, 0.45f * b}, {peak, a, b}, {t1, 0.45f * a, 0.45f * b}, {1.0f, ta1, 0.7f * ta1}};
}

Outward awayFrom(vec3 a, vec3 b) {
  return [a, b](vec3 p) {
    const vec3 e = b - a;
    const float h = glm::dot(p - a, e) / glm::dot(e, e);
    const vec3 d = p - (a + e * h);
    const float l = glm::length(d);
    return l > 1e-6f ? d / l : vec3(1, 0, 0);
  };
}

Axis thighAxis(const Frame& fr) {
  const vec3 fo = fr.origin("femur_r");
  return {fo + vec3(-0.006f, -0.02f, 0.035f), fo + vec3(0.012f, -0.40f, 0.002f)};
}
Axis legAxis(const Frame& fr) {
  const vec3 to = fr.origin("tibia_r");
  return {to + vec3(-0.004f, -0.03f, 0.018f), to + vec3(-0.004f, -0.43f, 0.012f)};
}
Axis buttockAxis() { return {vec3(-0.07f, 0.03f, 0.05f), vec3(-0.07f, -0.12f, 0.07f)}; }

namespace {
// The lesser toes' metatarsal heads, phalanx tips and head radii, as bones.cpp builds them
// (calcaneus frame): the long extensor's and long flexor's tendons are laid along them.
constexpr int kLesserToes = 4;
const vec3 kToeHeads[kLesserToes] = {vec3(0.177f, 0.002f, -0.012f), vec3(0.170f, 0.001f, 0.004f), vec3(0.159f, 0.000f, 0.019f),
                                     vec3(0.138f, 0.002f, 0.037f)};
const vec3 kToeTips[kLesserToes] = {vec3(0.245f, -0.004f, -0.010f), vec3(0.232f, -0.005f, 0.004f), vec3(0.216f, -0.005f, 0.018f),
                                    vec3(0.194f, -0.004f, 0.033f)};
constexpr float kToeHeadR[kLesserToes] = {0.0068f, 0.0064f, 0.0062f, 0.0060f};

Outward fixedDir(vec3 v) {
  const vec3 n = glm::normalize(v);
  return [n](vec3) { return n; };
}
}  // namespace

namespace {
// A fan on the outer ilium converging on the greater trochanter (the gluteus medius and minimus):
// a sheet round the buttock axis, laid on the bone, its last fifth a flat tendon.
struct IliacFan {
  std::string id;
  glm::vec2 o0{}, om{}, o1{}, i0{}, i1{};  // see SheetSpec
  std::vector<glm::vec2> alongU, alongV;
  float thickness = 0.02f, blend = 0.01f, spacing = 0.0016f;
  std::size_t tris = 6000;
};
MuscleSpec iliacFan(const IliacFan& f) {
  const Axis bx = buttockAxis();
  auto sh = std::make_shared<SheetSpec>();
  sh->axisA = bx.a;
  sh->axisB = bx.b;
  sh->o0 = f.o0;
  sh->om = f.om;
  sh->o1 = f.o1;
  sh->i0 = f.i0;
  sh->i1 = f.i1;
  sh->alongU = f.alongU;
  sh->alongV = f.alongV;
  sh->thickness = f.thickness;
  sh->edgeRound = 0.012f;
  // Laid on the ilium, not bridging its hollows as the maximus bridges the hip's: on the
  // maximus's bed (bumps widened 6 mm, hollows closed to an 8 cm curve) the medius stood 5 mm
  // and more off the bone under the crest, and its origin rods showed as pegs on its deep face.
  sh->bedWiden = 0.0f;
  sh->bedClose = 0.015f;
  // Its last fifth is the broad flat tendon onto the greater trochanter: all muscle, the medius
  // ended in a crumpled white knot of attachment tendons.
  sh->tendonFrom = 0.8f;
  MuscleSpec g;
  g.id = f.id;
  g.blend = f.blend;
  g.spacing = f.spacing;
  g.tris = f.tris;
  g.sheet = sh;
  // Its origins, buried in our ilium, come out on its outer face, under the sheet: reached by
  // the nearest way out, the medius's hindmost left the bone by the ilium's back border and its
  // tendon stuck out of the muscle's back edge, and the middle one's was cut off by the crest as
  // a stub apart (146 triangles).
  g.pelvisApproach = glm::normalize(vec3(-0.4f, 0.0f, 1.0f));
  g.fleshyPelvicOrigins = true;
  return g;
}
}  // namespace

std::vector<MuscleSpec> muscleSpecs(const Frame& fr) {
  using V = vec3;
  const V fo = fr.origin("femur_r"), to = fr.origin("tibia_r");
  auto F = [fo](float x, float y, float z) { return fo + V(x, y, z); };
  auto T = [to](float x, float y, float z) { return to + V(x, y, z); };
  auto P = [](float x, float y, float z) { return V(x, y, z); };
  const Axis ta = thighAxis(fr), la = legAxis(fr), ba = buttockAxis();
  const Outward thigh = awayFrom(ta.a, ta.b);
  const Outward leg = awayFrom(la.a, la.b);
  const Outward buttock = awayFrom(ba.a, ba.b);
  const Outward pelvisIn = awayFrom(P(-0.10f, 0.03f, 0.14f), P(-0.02f, -0.03f, 0.14f));
  auto mid = [](V a, V b, V off) { return 0.5f * (a + b) + off; };
  // Thigh muscles whose tendons end on the leg: radial from the thigh axis
  // above the knee, from the leg axis below it, so a flat tendon lies flat
  // on the tibia.
  const float kneeY = to.y;
  const Outward limb = [thigh, leg, kneeY](V p) {
    const float t = smoothstep01(kneeY + 0.03f, kneeY - 0.03f, p.y);
    return glm::normalize(glm::mix(thigh(p), leg(p), t) + V(1e-6f, 0, 0));
  };

  std::vector<MuscleSpec> m;
  auto add = [&](std::string id, std::vector<StrandSpec> s, float blend, float h, std::size_t tris) {
    m.push_back({std::move(id), std::move(s), blend, h, tris});
  };

  // --- deep hip
  {
    // Iliacus: a flat fan over the iliac fossa, from just inside the crest
    // to the pelvic brim; psoas from the lumbar origin of gait2392 (it ends
    // there: no spine in this model). Both converge on the lesser trochanter.
    const V ant = F(0.0017f, -0.0543f, 0.0057f), brim = P(-0.0288f, -0.0805f, 0.0816f);
    const std::vector<Key> fan{{0.0f, 0.020f, 0.005f}, {0.4f, 0.022f, 0.010f}, {0.85f, 0.016f, 0.011f}, {1.0f, 0.010f, 0.008f}};
    std::vector<StrandSpec> s;
    // Four strands along the inner lip of the crest: with three, the fan's top edge had a
    // notch between each pair and read as antlers. (A fifth, in front, came out through the
    // skin by the ASIS.)
    const V top[4] = {P(-0.078f, 0.072f, 0.068f), P(-0.063f, 0.055f, 0.078f), P(-0.048f, 0.056f, 0.091f), P(-0.020f, 0.024f, 0.106f)};
    // The iliacus strands end just past the brim, inside the psoas: from there one strand carries
    // the joined muscle over the pubic ramus to the lesser trochanter. Five strands crossing at
    // the brim and running on side by side left a crease and a knot there.
    for (const V& o : top)
      s.push_back({{o, mid(o, brim, V(0.006f, 0.0f, -0.006f)), P(-0.026f, -0.058f, 0.084f), brim, glm::mix(brim, ant, 0.3f)}, fan, pelvisIn});
    // A thin rim along the inner lip of the crest joins the fan's tops into one edge: their
    // rounded tops alone left it notched and short of the crest. (Fan tops narrowed to keep
    // the muscle's scale, and the psoas below, near what it was: at x0.99 the model had 30
    // tunnels, at x1.04 28.)
    s.push_back({{P(-0.026f, 0.030f, 0.111f), P(-0.048f, 0.060f, 0.098f), P(-0.068f, 0.075f, 0.084f), P(-0.080f, 0.078f, 0.072f)},
                 {{0.0f, 0.007f, 0.005f}, {0.15f, 0.012f, 0.0065f}, {0.85f, 0.012f, 0.0065f}, {1.0f, 0.007f, 0.005f}}, pelvisIn});
    s.push_back({{P(-0.0662f, 0.108f, 0.0265f), P(-0.0647f, 0.0887f, 0.0289f), P(-0.052f, 0.030f, 0.046f), P(-0.0238f, -0.057f, 0.0759f), brim, F(0.0016f, -0.0507f, 0.0038f),
                  F(-0.0188f, -0.0597f, 0.0104f)},
                 {{0.0f, 0.014f, 0.013f}, {0.12f, 0.014f, 0.013f}, {0.35f, 0.019f, 0.017f}, {0.6f, 0.020f, 0.016f}, {0.72f, 0.021f, 0.015f}, {0.88f, 0.015f, 0.011f},
                  {1.0f, 0.005f, 0.004f}},
                 awayFrom(P(-0.12f, 0.2f, 0.0f), P(-0.12f, -0.1f, 0.0f)),
                 // Its last stretch, round the front of the hip to the lesser trochanter, is the
                 // joined tendon: all muscle, it ended in two white prongs (the attachment rods).
                 false, true, true, false, 0.0f, /*tendonFrom*/ 0.9f});
    add("iliopsoas", s, 0.014f, 0.0018f, 9000);
    // The psoas goes on up to the lumbar spine, which the model lacks: cut it
    // square just below the top of the iliac crest, as atlases show it.
    m.back().clips = {glm::vec4(0.0f, 1.0f, 0.0f, 0.091f)};
    // The iliacus arises by muscle from the iliac fossa (its rod showed as a white peg there).
    m.back().fleshyPelvicOrigins = true;
  }
  {
    // Gluteus minimus: the deepest of the three, a fan on the outer ilium under the medius, from
    // the anterior gluteal line (its origin edge, bowing up under the medius's) down over the
    // bone to the inferior gluteal line, converging on the front of the greater trochanter.
    // Built before the medius, which lies on it. Corners around the buttock axis are our
    // reading of the atlas outline about the gait2392 points: origins glut_min1-3 at 115, 99 and
    // 66 deg, 4-4.5 cm down the axis; insertions at 79-84 deg, 0.115-0.117 m.
    constexpr float deg = 3.14159265f / 180.0f;
    IliacFan f{"gluteus_minimus"};
    f.o0 = {132.0f * deg, 0.030f};
    f.om = glm::vec2(85.0f * deg, -0.005f);
    f.o1 = {30.0f * deg, 0.055f};
    // In front of the medius's on the trochanter, and 6 mm below gait2392's points (ended level
    // with them, the attachment rods hung below its tendon as white drips).
    f.i0 = {100.0f * deg, 0.125f};
    f.i1 = {78.0f * deg, 0.121f};
    f.alongU = {{0.0f, 0.7f}, {0.5f, 1.0f}, {1.0f, 0.6f}};
    f.alongV = {{0.0f, 0.45f}, {0.3f, 1.0f}, {0.7f, 0.9f}, {1.0f, 0.3f}};
    f.thickness = 0.014f;
    f.blend = 0.008f;
    f.spacing = 0.0015f;
    f.tris = 5000;
    m.push_back(iliacFan(f));
  }
  {
    // Gluteus medius: a thick fan on the outer ilium, from just under the
    // iliac crest (tubercle to the posterior gluteal line) converging on the
    // lateral face of the greater trochanter, laid on the bone like the
    // gluteus maximus over it. Corners around the buttock axis are our
    // reading of the atlas outline about the gait2392 points: origins
    // glut_med1-3 at 113, 61 and 13 deg; insertions at 66-73 deg, 0.11-0.12 m.
    constexpr float deg = 3.14159265f / 180.0f;
    IliacFan f{"gluteus_medius"};
    // The origin edge follows the crest 2-6 mm below its top, from just behind the ASIS to the
    // posterior gluteal line (9-13 mm below it, bare ilium showed between them, and in front of
    // the muscle; the review read it as a square pillow). Started 4 deg further forward, it cut
    // the top of the tensor fasciae latae off its belly (3.3 %).
    f.o0 = {124.0f * deg, 0.012f};
    f.om = glm::vec2(62.0f * deg, -0.122f);  // the edge bows up under the crest top
    f.o1 = {4.0f * deg, 0.000f};
    // Its insertion edge 6-8 mm below gait2392's points: ended above them, the attachment rods
    // hung below its tendon as white drips; and behind the minimus's (overlapping it, the two
    // tendons showed through each other in turn).
    f.i0 = {82.0f * deg, 0.127f};
    f.i1 = {58.0f * deg, 0.117f};
    // Thinner in front, where it lies on the gluteus minimus, its bulk behind it on the bone (the
    // peak at a third of the way back, it stood out as a block over the minimus).
    f.alongU = {{0.0f, 0.45f}, {0.6f, 1.0f}, {1.0f, 0.75f}};
    f.alongV = {{0.0f, 0.45f}, {0.3f, 1.0f}, {0.7f, 0.9f}, {1.0f, 0.45f}};
    f.thickness = 0.024f;
    f.blend = 0.01f;
    f.spacing = 0.0017f;
    f.tris = 9000;
    m.push_back(iliacFan(f));
  }
  // --- the small hip rotators behind the hip joint, under the gluteus maximus (built before it,
  // so it lies over them): each from the pelvis across the back of the hip to the femur, flat,
  // facing back, its fibres nearly level. Without them the maximus hidden showed the sciatic
  // notch, the back of the femoral neck and the ischium as bare bone.
  {
    const Outward back = fixedDir(V(-1.0f, 0.25f, 0.0f));
    // Piriformis: from the front of the sacrum out through the greater sciatic notch to the top
    // of the greater trochanter, broad at the sacrum, ending in a rounded tendon.
    const V o = P(-0.1396f, 0.0003f, 0.0235f), notch = P(-0.1193f, -0.0276f, 0.0657f), ins = F(-0.0148f, -0.0036f, 0.0437f);
    add("piriformis",
        // It starts inside the sacrum, 6 mm behind gait2392's origin (1.5 mm under our sacrum's
        // front), so the bone cuts it flush: started there, its rounded start stood on the
        // sacrum as a round cap, seen from the front (review).
        {{{o + V(-0.006f, 0.0f, -0.002f), o, notch, mid(notch, ins, V(-0.006f, 0.004f, 0.0f)), ins},
          // Broad and flat on the sacrum (from the second to the fourth sacral segment), a pear
          // narrowing through the notch (as one section there, it read as a pipe).
          {{0.0f, 0.018f, 0.004f}, {0.2f, 0.017f, 0.006f}, {0.5f, 0.013f, 0.008f}, {0.8f, 0.007f, 0.005f}, {1.0f, 0.0035f, 0.003f}}, back,
          false, true, true, false, 0.0f, /*tendonFrom*/ 0.85f}},
        0.01f, 0.0013f, 3000);
    m.back().fleshyPelvicOrigins = true;  // all three arise by muscle fibres (white rods read as pegs)
  }
  {
    // Gemelli: the two small straps either side of the obturator internus's tendon (not built),
    // from the ischial spine and tuberosity to the inner face of the greater trochanter: one
    // strap here, as gait2392 has them. It starts inside our ischium, in front of gait2392's
    // origin (which lies 1.9 cm behind our bone's axis there): started on that point, its rounded
    // tip ended in the air beside the bone.
    const V o = P(-0.1133f, -0.082f, 0.0714f), ins = F(-0.0142f, -0.0033f, 0.0443f);
    add("gemelli",
        {{{P(-0.1010f, -0.0850f, 0.0670f), o, mid(o, ins, V(-0.006f, 0.0f, 0.0f)), ins},
          {{0.0f, 0.007f, 0.003f}, {0.4f, 0.010f, 0.004f}, {0.8f, 0.007f, 0.0035f}, {1.0f, 0.004f, 0.003f}}, fixedDir(V(-1.0f, 0.0f, 0.0f)),
          false, true, true, false, 0.0f, /*tendonFrom*/ 0.85f}},
        0.01f, 0.0012f, 2000);
    m.back().fleshyPelvicOrigins = true;
    // Quadratus femoris: a flat square muscle, level, from the outer edge of the ischial
    // tuberosity to the quadrate tubercle on the back of the femur. Narrower and thinner at
    // both ends, where the bones take it: of one section, it read as a cylinder cut off flat.
    const V qo = P(-0.1143f, -0.1151f, 0.052f), qi = F(-0.0381f, -0.0359f, 0.0366f);
    add("quadratus_femoris",
        {{{qo, mid(qo, qi, V(-0.005f, 0.0f, 0.0f)), qi},
          {{0.0f, 0.010f, 0.003f}, {0.2f, 0.016f, 0.005f}, {0.8f, 0.016f, 0.005f}, {1.0f, 0.010f, 0.003f}}, fixedDir(V(-1.0f, 0.0f, 0.0f))}},
        0.01f, 0.0013f, 3000);
    m.back().fleshyPelvicOrigins = true;
  }
  // --- adductors
  // A flat quadrangle from the whole pectineal line of the pubis, its lateral fibres to the top
  // of the femur's pectineal line, its medial fibres lower down: two strands side by side, one
  // sheet. (One strand from gait2392's point read as a crescent under the iliopsoas.)
  add("pectineus",
      {{{P(-0.048f, -0.074f, 0.052f), mid(P(-0.048f, -0.074f, 0.052f), F(-0.015f, -0.075f, 0.022f), V(0.014f, 0, -0.004f)), F(-0.015f, -0.075f, 0.022f)},
        {{0.0f, 0.012f, 0.005f}, {0.35f, 0.013f, 0.008f}, {0.75f, 0.012f, 0.008f}, {1.0f, 0.008f, 0.003f}}, fixedDir(V(1, 0, -0.2f)), true},
       {{P(-0.038f, -0.079f, 0.038f), mid(P(-0.038f, -0.079f, 0.038f), F(-0.011f, -0.088f, 0.026f), V(0.014f, 0, -0.004f)), F(-0.011f, -0.088f, 0.026f)},
        {{0.0f, 0.012f, 0.005f}, {0.35f, 0.013f, 0.008f}, {0.75f, 0.012f, 0.008f}, {1.0f, 0.008f, 0.003f}}, fixedDir(V(1, 0, -0.2f)), true}},
      0.016f, 0.0014f, 5000);
  add("adductor_brevis",
      {{{P(-0.0587f, -0.0915f, 0.0164f), mid(P(-0.0587f, -0.0915f, 0.0164f), F(0.0009f, -0.1196f, 0.0294f), V(0.004f, 0, -0.004f)),
         F(0.0009f, -0.1196f, 0.0294f)},
        {{0.0f, 0.010f, 0.006f}, {0.3f, 0.018f, 0.011f}, {0.7f, 0.020f, 0.010f}, {1.0f, 0.012f, 0.004f}}, fixedDir(V(1, 0, -0.3f))}},
      0.01f, 0.0016f, 6000);
  {
    // Adductor magnus: a broad triangular sheet, not a bundle. Its adductor part fans from the
    // ischiopubic ramus to the whole linea aspera, the upper fibres nearly level, the lower
    // ever steeper (seven flat strands, each flat in the fan's surface, close to coronal); its
    // ischiocondylar part, the thick medial column,
    // runs from the ischial tuberosity to the adductor tubercle (add_mag3). A rim along the
    // ramus joins the fan's tops into one edge.
    const V pubic = P(-0.0732f, -0.1174f, 0.0255f), ischial = P(-0.100f, -0.1165f, 0.041f);
    // The insertion line, just behind and medial of the linea aspera's crest: the fan's fibres
    // end on it and a rim along it makes one straight border (ended on the crest itself, each
    // strand's end stood out past the bone, a scalloped border).
    const V top = F(-0.011f, -0.121f, 0.030f), bottom = F(-0.007f, -0.296f, 0.012f);
    // The thickness direction of the plane spanned by a and b, facing forward.
    auto facingForward = [](V a, V b) {
      const V n = glm::normalize(glm::cross(a, b));
      return fixedDir(n.x < 0.0f ? -n : n);
    };
    std::vector<StrandSpec> s;
    constexpr int kFan = 7;
    for (int k = 0; k < kFan; ++k) {
      const float f = static_cast<float>(k) / (kFan - 1);
      const V o = glm::mix(pubic, ischial, f), i = glm::mix(top, bottom, f);
      // Each strand flat in the fan's own surface there (one thickness direction for all left
      // the strands stepped like shingles, the fan being curved).
      s.push_back({{o, mid(o, i, V(-0.008f, 0.0f, 0.0f)), i},
                   {{0.0f, 0.008f, 0.005f}, {0.45f, 0.015f, 0.008f}, {0.85f, 0.018f, 0.006f}, {1.0f, 0.014f, 0.004f}},
                   facingForward(i - o, (ischial - pubic) + (bottom - top))});
    }
    s.push_back({{pubic, glm::mix(pubic, ischial, 0.5f), ischial}, {{0.0f, 0.006f, 0.005f}, {0.5f, 0.008f, 0.006f}, {1.0f, 0.006f, 0.005f}},
                 facingForward(top - pubic, ischial - pubic)});
    s.push_back({{top, glm::mix(top, bottom, 0.5f), bottom}, {{0.0f, 0.007f, 0.004f}, {0.5f, 0.008f, 0.005f}, {1.0f, 0.007f, 0.004f}},
                 facingForward(bottom - top, ischial - bottom)});
    s.push_back({{P(-0.1111f, -0.1141f, 0.0488f), P(-0.105f, -0.22f, 0.055f), P(-0.092f, -0.34f, 0.055f), F(0.007f, -0.3837f, -0.0266f)},
                 {{0.0f, 0.016f, 0.014f}, {0.35f, 0.024f, 0.020f}, {0.7f, 0.018f, 0.014f}, {0.9f, 0.006f, 0.005f}, {1.0f, 0.004f, 0.003f}}, thigh});
    add("adductor_magnus", std::move(s), 0.016f, 0.0018f, 12000);
    // Its tendons leave the ramus and the tuberosity downwards, into the belly hanging below:
    // the ischial one left the tuberosity's back face and showed as a white spot on top.
    m.back().pelvisApproach = vec3(0.0f, -1.0f, 0.0f);
  }
  // Its top starts 4 mm off the line of gait2392's origin towards the side, so its inner face
  // keeps 1 cm from the midline: 5 mm from it, in the deep hip flexion of the knee-to-shoulder
  // stretch that face came out of the skin's midline edge (up to 5.2 % of it).
  // Its belly passes medial to the femur on its way back to the linea aspera: laid in front of
  // the femur, it cut the upper vastus medialis off as an island (1.9 % of it).
  add("adductor_longus",
      {{{P(-0.0460f, -0.0880f, 0.0160f), P(-0.0330f, -0.0930f, 0.0230f), P(-0.058f, -0.18f, 0.066f), F(0.005f, -0.2111f, 0.0234f)},
        // A fan: narrow at the pubis, broadest low down where it spreads onto the linea aspera
        // (a spindle tapering at both ends read as a sausage).
        {{0.0f, 0.006f, 0.003f}, {0.12f, 0.009f, 0.006f}, {0.5f, 0.019f, 0.011f}, {0.8f, 0.023f, 0.008f}, {0.93f, 0.021f, 0.005f},
         {1.0f, 0.017f, 0.003f}},
        fixedDir(V(1, 0, -0.3f)), true}},
      0.01f, 0.0016f, 7000);
  // --- biceps femoris short head (deep, on the linea aspera)
  add("biceps_femoris_short_head",
      // From the linea aspera straight back out of the vasti, then down deep
      // to the long head into their common tendon on the fibular head.
      {{{F(-0.010f, -0.207f, 0.030f), F(-0.020f, -0.235f, 0.042f), F(-0.022f, -0.29f, 0.042f), F(-0.030f, -0.35f, 0.042f), T(-0.0301f, -0.036f, 0.0354f),
         T(-0.0234f, -0.0563f, 0.0383f)},
        {{0.0f, 0.008f, 0.005f}, {0.15f, 0.011f, 0.007f}, {0.45f, 0.016f, 0.010f}, {0.7f, 0.014f, 0.009f}, {0.87f, 0.006f, 0.005f}, {1.0f, 0.005f, 0.003f}}, thigh}},
      0.01f, 0.0015f, 6000);
  // Built before the vasti, which wrap round the back of the femur here:
  // they are carved around it, not it by them. Its origin lies among the
  // adductor magnus insertion: kept whole further from the linea aspera.
  m.back().anchorFree = 0.034f;
  // --- quadriceps
  add("vastus_intermedius",
      {{{F(0.010f, -0.075f, 0.030f), F(0.026f, -0.15f, 0.033f), F(0.032f, -0.24f, 0.027f), F(0.033f, -0.32f, 0.016f), F(0.040f, -0.355f, 0.008f)},
        {{0.0f, 0.012f, 0.006f}, {0.15f, 0.026f, 0.011f}, {0.55f, 0.032f, 0.014f}, {0.85f, 0.024f, 0.009f}, {1.0f, 0.014f, 0.004f}}, thigh}},
      0.01f, 0.0016f, 9000);
  // The bulk at mid-thigh; above the knee it thins into its tendon, so the
  // lower thigh keeps its published girth.
  add("vastus_lateralis",
      // It starts up in the greater trochanter's base, so the bone cuts its top flush (started
      // below it, the top was a dome). Low down it stays broad and thins into the flat
      // aponeurosis that joins the quadriceps tendon (narrowed there, it had a neck above a
      // block of tendon).
      {{{F(-0.012f, -0.044f, 0.048f), F(-0.008f, -0.060f, 0.052f), F(0.008f, -0.13f, 0.054f), F(0.008f, -0.22f, 0.050f), F(0.012f, -0.30f, 0.046f),
         F(0.026f, -0.345f, 0.038f), F(0.046f, -0.370f, 0.016f)},
        {{0.0f, 0.016f, 0.007f}, {0.15f, 0.030f, 0.014f}, {0.4f, 0.040f, 0.017f}, {0.62f, 0.033f, 0.018f}, {0.79f, 0.026f, 0.008f}, {0.9f, 0.019f, 0.0045f},
         {1.0f, 0.014f, 0.003f}}, thigh}},
      0.01f, 0.0018f, 11000);
  // It bends sharply above the knee under broad sections: at 28 samples each sample's edge on
  // the inner side of the bend left a dark groove (a mottled band low on the lateralis).
  m.back().samples = 56;
  add("vastus_medialis",
      {{{F(0.010f, -0.10f, 0.010f), F(0.018f, -0.18f, 0.001f), F(0.018f, -0.26f, -0.016f), F(0.024f, -0.31f, -0.022f), F(0.037f, -0.350f, -0.016f),
         F(0.046f, -0.366f, -0.006f)},
        // Teardrop: slim above, the bulk in the lower half medial of the
        // femur, leaving the front of the vastus intermedius to the rectus tendon.
        {{0.0f, 0.010f, 0.004f}, {0.22f, 0.018f, 0.010f}, {0.45f, 0.024f, 0.017f}, {0.63f, 0.026f, 0.019f}, {0.8f, 0.023f, 0.017f},
         {0.92f, 0.013f, 0.008f}, {1.0f, 0.008f, 0.003f}}, thigh},
       // Its oblique part, from the adductor magnus tendon to the patella's medial border.
       {{F(-0.002f, -0.332f, -0.040f), F(0.014f, -0.347f, -0.035f), F(0.030f, -0.361f, -0.026f), F(0.044f, -0.372f, -0.015f)},
        // A teardrop along the medial border of the patella's upper half, not a ball beside it.
        {{0.0f, 0.018f, 0.010f}, {0.3f, 0.022f, 0.014f}, {0.65f, 0.018f, 0.012f}, {1.0f, 0.008f, 0.003f}}, thigh}},
      0.01f, 0.0017f, 9000);
  m.back().samples = 56;  // as the lateralis: at 28, a dark groove above the oblique part
  {
    // The oblique part is the vastus medialis's lowest fibres, not a muscle apart (Rajput 2017:
    // no fascial plane between them): one shape, so no crease where they meet, split at a
    // plane along its upper fibres, from the medial border 4.5 cm above the knee's axis to
    // the patella's upper medial corner, through the muscle's depth.
    const vec3 from = F(0.0f, -0.322f, -0.042f), toPatella = F(0.042f, -0.366f, -0.017f), out = V(0.45f, 0.0f, -0.89f);
    vec3 n = glm::normalize(glm::cross(toPatella - from, out));
    if (n.y < 0.0f) n = -n;
    m.back().part = MuscleSpec::Part{"vastus_medialis_oblique", 1, glm::vec4(n, glm::dot(n, from)), 0.0013f, 6000};
  }
  add("rectus_femoris",
      {{{P(-0.0295f, -0.0311f, 0.0968f), P(-0.020f, -0.075f, 0.106f), F(0.045f, -0.10f, 0.028f), F(0.055f, -0.20f, 0.020f), F(0.044f, -0.29f, 0.014f),
         F(0.040f, -0.345f, 0.010f), F(0.047f, -0.372f, 0.004f)},
        // Fusiform: a short tendon at the AIIS, the belly widest at mid-thigh,
        // narrowing a hand above the patella into a flat tendon as broad as the quadriceps
        // tendon's top (a round cord there read as a rod stuck into a plate).
        {{0.0f, 0.005f, 0.004f}, {0.08f, 0.007f, 0.005f}, {0.22f, 0.017f, 0.011f}, {0.48f, 0.026f, 0.017f}, {0.72f, 0.018f, 0.012f},
         {0.88f, 0.012f, 0.005f}, {0.94f, 0.015f, 0.0035f}, {1.0f, 0.015f, 0.0012f}},
        // Its last tenth, flat and broad, is tendon, thinning at its end to 40 % as it joins the
        // quadriceps tendon: 6 mm thick there, it stood on it as a stepped ledge (review).
        thigh, true, /*pinStart*/ true, /*pinEnd*/ true, /*wrap*/ false, /*maxDrape*/ 0.0f, /*tendonFrom*/ 0.90f}},
      0.01f, 0.0016f, 8000);
  // Its tendon rides on the vasti into the quadriceps tendon: lifted further
  // than the others, or the vasti cut it to pieces above the patella.
  m.back().strands[0].maxDrape = 0.012f;
  m.back().freeEnd = true;
  m.back().anchorFree = 0.03f;  // its straight head on the AIIS, among the iliopsoas and sartorius
  // --- hamstrings
  add("semimembranosus",
      {{{P(-0.1192f, -0.0975f, 0.0715f), F(-0.045f, -0.10f, -0.008f), F(-0.045f, -0.20f, -0.008f), F(-0.032f, -0.30f, -0.014f), F(-0.032f, -0.37f, -0.025f),
         T(-0.036f, -0.0352f, -0.026f), T(-0.027f, -0.0477f, -0.0196f)},
        // A broad flat tendon from the ischial tuberosity down half the
        // thigh, the belly low and bulky above the knee, a short tendon.
        {{0.0f, 0.008f, 0.0025f}, {0.3f, 0.013f, 0.003f}, {0.5f, 0.021f, 0.010f}, {0.75f, 0.029f, 0.0145f}, {0.87f, 0.016f, 0.009f},
         {0.93f, 0.0065f, 0.005f}, {1.0f, 0.006f, 0.0045f}},
        // Its last tenth, round the back of the knee to the tibia, is a short thick tendon: the
        // belly running on to the bone ended there in a knob.
        thigh, false, true, true, false, 0.0f, /*tendonFrom*/ 0.91f}},
      0.01f, 0.0017f, 8000);
  add("semitendinosus",
      // Belly in the upper thigh; the long cord of its tendon runs down on
      // the back of the semimembranosus belly.
      {{{P(-0.1264f, -0.1099f, 0.0604f), F(-0.060f, -0.12f, 0.010f), F(-0.064f, -0.22f, 0.000f), F(-0.050f, -0.30f, -0.020f), F(-0.044f, -0.37f, -0.030f),
         T(-0.042f, -0.0286f, -0.0288f), T(-0.0332f, -0.0528f, -0.0269f), T(-0.0113f, -0.0746f, -0.0245f), T(0.0027f, -0.0956f, -0.0193f), T(0.012f, -0.099f, -0.0175f)},
        {{0.0f, 0.005f, 0.004f}, {0.08f, 0.010f, 0.008f}, {0.3f, 0.017f, 0.014f}, {0.47f, 0.012f, 0.010f}, {0.57f, 0.004f, 0.0035f}, {0.88f, 0.0035f, 0.0025f},
         {1.0f, 0.006f, 0.0013f}},
        limb, true}},
      0.01f, 0.0015f, 7000);
  // Its tendon passes the knee 4-6 mm medial of gait2392's via points: on them, it ran down the
  // gastrocnemius medial head's top and cut a groove into it (posterior view).
  // It curves round the medial condyle onto the tibia: at 28 samples (16-18 mm apart) its tendon
  // bent there in visible straight segments (review). The same for the gracilis and sartorius.
  m.back().samples = 56;
  // The biceps's common tendon (the long head's strand) runs on into the fibular head, down
  // its back and outer side: ended at gait2392's insertion point, behind the head, it stood
  // off the bone as a knob.
  const V kIntoFibularHead = T(-0.013f, -0.066f, 0.036f);
  // Both heads' common tendon passes the knee 4-6 mm lateral of gait2392's via points, beside
  // the gastrocnemius lateral head: on them, it cut that head's top off in a step (posterior
  // view).
  add("biceps_femoris_long_head",
      {{{P(-0.126f, -0.1026f, 0.0694f), F(-0.058f, -0.12f, 0.025f), F(-0.058f, -0.22f, 0.035f), F(-0.040f, -0.31f, 0.038f), F(-0.034f, -0.37f, 0.044f),
         T(-0.0301f, -0.036f, 0.0354f), T(-0.0234f, -0.0563f, 0.0383f), kIntoFibularHead},
        // Fusiform: a short tendon shared with the semitendinosus at the
        // ischial tuberosity, the belly widest at mid-thigh, tapering in the
        // lower third into the common tendon with the short head.
        {{0.0f, 0.005f, 0.004f}, {0.08f, 0.008f, 0.006f}, {0.42f, 0.021f, 0.015f}, {0.65f, 0.013f, 0.009f}, {0.8f, 0.007f, 0.005f}, {1.0f, 0.005f, 0.003f}},
        thigh, true}},
      0.01f, 0.0016f, 7000);
  // --- superficial thigh straps
  add("gracilis",
      {{{P(-0.061f, -0.104f, 0.014f), P(-0.071f, -0.128f, 0.024f), F(-0.018f, -0.17f, -0.058f), F(-0.022f, -0.28f, -0.048f), F(-0.024f, -0.36f, -0.042f), T(-0.0266f, -0.0319f, -0.0377f),
         T(-0.0194f, -0.0515f, -0.0358f), T(0.008f, -0.085f, -0.0195f), T(0.016f, -0.0885f, -0.0175f)},
        // The pes anserinus: the tendon flattens onto the tibia.
        {{0.0f, 0.014f, 0.004f}, {0.2f, 0.014f, 0.006f}, {0.5f, 0.010f, 0.006f}, {0.7f, 0.005f, 0.004f}, {0.86f, 0.0035f, 0.0025f},
         {0.95f, 0.0065f, 0.0013f}, {1.0f, 0.0035f, 0.0012f}}, limb, true, /*pinStart*/ true, /*pinEnd*/ true, /*wrap*/ false, /*maxDrape*/ 0.0f,
        // Tendon from above the knee, where its section narrows, to the flat insertion.
        /*tendonFrom*/ 0.85f}},
      0.01f, 0.0013f, 5000);
  // Its broad thin origin on the pubis lies over the adductors' origins: carved
  // by them up to the usual 16 mm, a piece of it was cut off its belly.
  m.back().anchorFree = 0.028f;
  m.back().samples = 56;
  // gait2392's origin lies on the ramus 15 mm lateral of the strap: its tendon, reaching the
  // strap level from there, stood out of its back as a long white stub. The strap starts nearer
  // it, and the tendon leaves the ramus downwards into the strap: a short stub is left.
  m.back().pelvisApproach = vec3(0.0f, -1.0f, 0.0f);
  // The pes anserinus: the three tendons end side by side on the tibia's anteromedial face, in a
  // row converging towards the tuberosity (the gracilis's and semitendinosus's run on past
  // gait2392's insertions, under the sartorius's end; the sartorius's end lies on the bone 7 mm
  // lateral of gait2392's point, which is 11 mm off our tibia): ended there, they stood off the
  // bone as three stacked fingers.
  // It crosses the rectus femoris high and medially (its path at mid-thigh 2 cm more medial
  // than before): crossing lower, where the rectus belly rises in front of it, the rectus cut
  // its upper strap across in a ragged edge.
  add("sartorius",
      {{{P(-0.0153f, -0.0013f, 0.1242f), P(-0.008f, -0.06f, 0.112f), F(0.048f, -0.14f, -0.008f), F(0.030f, -0.24f, -0.042f), F(-0.010f, -0.32f, -0.050f),
         F(-0.015f, -0.375f, -0.050f), T(-0.0056f, -0.0419f, -0.0399f), T(0.006f, -0.0589f, -0.0383f), T(0.0235f, -0.0835f, -0.0185f)},
        {{0.0f, 0.006f, 0.003f}, {0.08f, 0.018f, 0.0038f}, {0.5f, 0.020f, 0.0038f}, {0.83f, 0.011f, 0.0035f}, {0.93f, 0.008f, 0.0022f},
         // It ends in a broad thin fan over the gracilis's and semitendinosus's ends (the
         // superficial pes anserinus): ended narrow, the three read as stacked fingers.
         {0.97f, 0.012f, 0.0015f}, {1.0f, 0.013f, 0.0015f}}, limb, true, /*pinStart*/ true, /*pinEnd*/ true, /*wrap*/ false, /*maxDrape*/ 0.0f,
        // Its last tenth, curving forward onto the tibia, is the flat tendon of the pes anserinus.
        /*tendonFrom*/ 0.90f}},
      0.01f, 0.0013f, 6000);
  // A thin strap over the vastus medialis and adductors: held to the usual 8 mm lift it stayed
  // sunk in them, and their carving left it slit where they showed through.
  m.back().strands[0].maxDrape = 0.010f;
  // gait2392's insertion lies 10 mm off our tibia: a rod to it stood on the fan as a pimple.
  m.back().insertionByStrand = true;
  m.back().samples = 56;
  add("tensor_fasciae_latae",
      {{{P(-0.0311f, 0.0214f, 0.1241f), F(0.018f, -0.040f, 0.065f), F(0.025f, -0.095f, 0.065f), F(0.021f, -0.14f, 0.073f)},
        // Flat, as wide as three fingers, held in the fascia lata (round, it read as a tube on the band).
        // Its top no broader than before: in the crease of the flexed hip (side lunge) it came 5.8 %
        // out of the skin.
        {{0.0f, 0.010f, 0.004f}, {0.25f, 0.014f, 0.0075f}, {0.6f, 0.018f, 0.0065f}, {0.85f, 0.012f, 0.003f}, {1.0f, 0.005f, 0.0012f}}, thigh, true,
        // Its last sixth turns to tendon on the band: all muscle, its end showed as a square-cut,
        // serrated red edge on the white band (review). It ends 6 mm further out, on the band,
        // tapering to a point: ended in the vastus lateralis, the tendon was cut off square by it
        // in a saw-tooth edge.
        /*pinStart*/ true, /*pinEnd*/ true, /*wrap*/ false, /*maxDrape*/ 0.0f, /*tendonFrom*/ 0.84f}},
      0.01f, 0.0014f, 5000);
  {
    // Gluteus maximus: a thick quadrilateral sheet from the posterior iliac
    // crest, the back of the sacrum and the coccyx, its fibres running down
    // and out over the greater trochanter into the iliotibial band, the
    // lowest and deepest to the gluteal tuberosity. Laid on a smooth bed over
    // the gluteus medius, the hip rotators' region and the hamstring origins
    // around the buttock axis. Corners (angle from straight back towards
    // lateral, height down the axis) are our reading of the atlas outline
    // around the gait2392 origins and insertions: upper origin above the
    // PSIS (glut_max1 origin at 26 deg), lower origin beside the coccyx (-35 deg)
    // and over the sacrotuberous ligament,
    // upper insertion behind the iliotibial band at the level of the
    // trochanter, lower insertion by the gluteal tuberosity (glut_max3
    // insertion at 81 deg, 0.246 m). That corner lies at 65 deg, not 81: the
    // tuberosity is at the femur's back, which from behind lies under the
    // sheet only if its lower border crosses the thigh this low; with the
    // corner at 83 deg the tendons to it hung below the border as cords.
    const Axis ba2 = buttockAxis();
    auto sh = std::make_shared<SheetSpec>();
    sh->axisA = ba2.a;
    sh->axisB = ba2.b;
    constexpr float deg = 3.14159265f / 180.0f;
    sh->o0 = {18.0f * deg, -0.040f};
    sh->o1 = {-46.0f * deg, 0.100f};
    // The upper insertion corner at the trochanter's level, so the upper border runs down and
    // out from above the PSIS and leaves the upper outer part of the gluteus medius bare, as in
    // the atlases: 2.5 cm higher, it covered nearly all of the medius (posterior view).
    sh->i0 = {97.0f * deg, 0.105f};
    sh->i1 = {65.0f * deg, 0.252f};
    // Thin at the upper border and at the iliac origin, thickest low in the
    // buttock, thinning into the iliotibial band.
    sh->alongU = {{0.0f, 0.35f}, {0.25f, 0.8f}, {0.55f, 1.0f}, {0.8f, 0.85f}, {1.0f, 0.5f}};
    sh->alongV = {{0.0f, 0.4f}, {0.2f, 0.8f}, {0.45f, 1.0f}, {0.7f, 0.8f}, {1.0f, 0.3f}};
    sh->thickness = 0.03f;
    // The buttock's one round curve (it copied the ridges of the gluteus medius and the
    // trochanter beneath it, and read as a cushion).
    sh->smoothOuter = true;
    // Its fibres end in a tendinous sheet that joins the iliotibial band over the trochanter:
    // all muscle to its border, it stood beside the band as a rolled red rim.
    sh->tendonFrom = 0.86f;
    MuscleSpec g;
    g.id = "gluteus_maximus";
    g.blend = 0.01f;
    g.spacing = 0.0019f;
    g.tris = 12000;
    g.sheet = sh;
    g.clips = {glm::vec4(0.0f, 0.0f, -1.0f, -0.006f)};  // the sacral origin stops short of the midline
    // It arises by muscle fibres from the crest, sacrum and coccyx (white rods stood up from its
    // upper border as tendon tips, seen from above; review).
    g.fleshyPelvicOrigins = true;
    m.push_back(std::move(g));
  }
  // --- deep back of the leg, under the soleus (built first, so it lies over them). Their
  // tendons pass behind the medial malleolus (tibialis posterior in front, then the long
  // toe flexor) and behind the talus (the big toe's), each in its own groove.
  {
    const V co = fr.origin("calcn_r");
    auto C = [co](float x, float y, float z) { return co + V(x, y, z); };
    const Outward down = fixedDir(V(0, -1, 0));
    // Tibialis posterior: the deepest, on the membrane between tibia and fibula; its tendon
    // curves under the malleolus, over the talus's inner side, to the navicular tuberosity.
    add("tibialis_posterior",
        {{{T(-0.013f, -0.095f, 0.018f), T(-0.016f, -0.18f, 0.014f), T(-0.018f, -0.27f, 0.006f), T(-0.017f, -0.33f, -0.006f),
           T(-0.013f, -0.370f, -0.016f), T(-0.010f, -0.397f, -0.019f), T(-0.004f, -0.425f, -0.022f), C(0.052f, 0.036f, -0.031f),
           C(0.066f, 0.027f, -0.033f), C(0.080f, 0.020f, -0.034f), C(0.093f, 0.019f, -0.035f)},
          {{0.0f, 0.007f, 0.004f}, {0.12f, 0.013f, 0.007f}, {0.38f, 0.014f, 0.008f}, {0.55f, 0.007f, 0.005f}, {0.62f, 0.0032f, 0.0026f},
           {1.0f, 0.0030f, 0.0024f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.60f}},
        0.008f, 0.0013f, 4000);
    // Flexor hallucis longus: from the lower back of the fibula; its tendon crosses behind
    // the talus, under the sustentaculum tali and along the sole to the big toe's last bone.
    add("flexor_hallucis_longus",
        {{{T(-0.021f, -0.19f, 0.033f), T(-0.026f, -0.26f, 0.031f), T(-0.027f, -0.32f, 0.025f), T(-0.026f, -0.36f, 0.015f),
           T(-0.024f, -0.393f, 0.004f), C(0.020f, 0.048f, -0.012f), C(0.022f, 0.030f, -0.028f), C(0.036f, 0.011f, -0.025f),
           C(0.050f, 0.010f, -0.026f),
           C(0.080f, 0.010f, -0.027f), C(0.112f, 0.005f, -0.027f), C(0.142f, 0.003f, -0.027f), C(0.169f, -0.0095f, -0.028f), C(0.200f, -0.0065f, -0.026f),
           C(0.220f, -0.0075f, -0.024f), C(0.230f, -0.0065f, -0.0245f)},
          // Its end lies under the big toe's last bone, 2.5 mm lateral of the toe's axis (toward
          // gait2392's insertion, 10 mm lateral of it): ended 6 mm lateral and lower, it showed
          // past the toe as a white spike from the front; on the axis, it was 10.3 mm from that
          // insertion (the attachment test).
          // Fleshy low, nearly to the ankle (the lowest belly behind it).
          {{0.0f, 0.006f, 0.004f}, {0.12f, 0.011f, 0.007f}, {0.32f, 0.011f, 0.007f}, {0.42f, 0.004f, 0.003f}, {0.46f, 0.0026f, 0.0022f},
           {1.0f, 0.0024f, 0.0020f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.45f}},
        0.008f, 0.0013f, 3500);
    // Flexor digitorum longus: on the back of the tibia beside the tibialis posterior; its
    // tendon, behind the malleolus, runs over the sustentaculum into the sole, where it parts
    // into four, one to each lesser toe's last bone, raised onto the bones from below where
    // bone lies within 8 mm above them
    // (the sole's soft tissue is the bones' outline grown by 9 mm: hung lower, at the level of
    // the metatarsal heads, they came out of it).
    std::vector<StrandSpec> fdl{{{T(-0.010f, -0.165f, -0.004f), T(-0.014f, -0.23f, -0.010f), T(-0.016f, -0.30f, -0.014f),
                                  T(-0.017f, -0.355f, -0.016f), T(-0.016f, -0.392f, -0.020f), T(-0.014f, -0.418f, -0.022f),
                                  C(0.042f, 0.032f, -0.033f), C(0.056f, 0.021f, -0.035f), C(0.068f, 0.011f, -0.035f),
                                  C(0.080f, 0.003f, -0.028f), C(0.094f, 0.001f, -0.016f), C(0.112f, 0.000f, -0.006f)},
                                 {{0.0f, 0.005f, 0.003f}, {0.15f, 0.009f, 0.006f}, {0.38f, 0.009f, 0.006f}, {0.5f, 0.004f, 0.003f},
                                  {0.56f, 0.0024f, 0.0020f}, {1.0f, 0.0022f, 0.0018f}}, leg, false, true, true, false, 0.0f,
                                 /*tendonFrom*/ 0.54f}};
    for (int i = 0; i < kLesserToes; ++i) {
      const V h = kToeHeads[i], tip = kToeTips[i];
      const float low = 1.12f * kToeHeadR[i] + 0.0028f;
      fdl.push_back({{C(0.108f, 0.001f, -0.007f), C(std::min(0.125f, h.x - 0.024f), -0.002f, 0.5f * (h.z - 0.006f)), C(h.x - 0.014f, h.y - low, h.z),
                      C(h.x, h.y - low, h.z), co + h + (tip - h) * 0.6f + V(0.0f, -0.0075f, 0.0f),
                      // The fourth toe's runs on nearly to the tip of that toe, within 10 mm of gait2392's
                      // insertion (the attachment test). Each ends tucked up under the last bone:
                      // lower and further out, their ends showed past the toe tips as white spikes.
                      co + h + (tip - h) * (i == 2 ? 0.95f : 0.85f) + V(0.0f, -0.0045f, i == 2 ? 0.003f : 0.0f)},
                     {{0.0f, 0.0020f, 0.0016f}, {1.0f, 0.0018f, 0.0013f}}, down, /*drape*/ true, true, false, false, 0.008f,
                     /*tendonFrom*/ 0.0f, /*settle*/ 0.008f, /*settleGap*/ 0.0016f});
    }
    add("flexor_digitorum_longus", std::move(fdl), 0.003f, 0.0012f, 4000);
  }
  // --- calf
  add("soleus",
      {{{T(-0.022f, -0.085f, 0.030f), T(-0.030f, -0.15f, 0.015f), T(-0.034f, -0.23f, 0.006f), T(-0.036f, -0.30f, 0.002f), T(-0.038f, -0.36f, -0.001f),
         T(-0.045f, -0.392f, 0.000f)},
        // Its fibres end a few centimetres above the heel, in the Achilles
        // tendon: the strand stops inside it (it ran on to the heel as a
        // second tendon beside the Achilles).
        {{0.0f, 0.012f, 0.005f}, {0.15f, 0.026f, 0.008f}, {0.45f, 0.038f, 0.012f}, {0.74f, 0.030f, 0.010f}, {0.88f, 0.014f, 0.005f},
         {1.0f, 0.004f, 0.002f}}, leg},
       {{T(-0.0024f, -0.1533f, 0.0071f), T(-0.022f, -0.20f, -0.008f), T(-0.034f, -0.28f, -0.002f), T(-0.037f, -0.34f, 0.000f)},
        {{0.0f, 0.008f, 0.004f}, {0.4f, 0.016f, 0.008f}, {1.0f, 0.010f, 0.005f}}, leg}},
      0.016f, 0.0017f, 9000);
  // Wrapped round the leg bones, its lateral edge came out in front of the fibula (3.5 mm at
  // mid-calf); it arises from the back of the fibula. A plane behind the fibula's front,
  // turning medially behind the tibia, stops it (pelvis frame: x + z / 2 <= -0.0312 m).
  m.back().clips = {glm::vec4(glm::vec3(1.0f, 0.0f, 0.5f) / 1.1180f, -0.0312f / 1.1180f)};
  add("gastrocnemius_lateral_head",
      // Laid directly on the soleus, not draped: draping over the hamstring
      // tendons behind the knee lifted the heads off the calf. Both heads are broad and flat
      // where they leave the condyles: started as slim cones, from behind they rose from the
      // joint line as two points with the capsule bare between them (review).
      {{{F(-0.022f, -0.3946f, 0.0272f), F(-0.036f, -0.405f, 0.030f), T(-0.054f, -0.06f, 0.026f), T(-0.060f, -0.12f, 0.020f), T(-0.058f, -0.18f, 0.012f),
         T(-0.050f, -0.24f, 0.006f), T(-0.045f, -0.27f, 0.003f)},
        // Rounded belly high on the calf, flattening into the aponeurosis
        // that joins the Achilles tendon; its last seventh (the medial head's last eighth) is
        // that aponeurosis (all muscle, each ended as a red blunt end over a white paddle, review).
        {{0.0f, 0.010f, 0.0045f}, {0.1f, 0.015f, 0.008f}, {0.38f, 0.024f, 0.013f}, {0.65f, 0.019f, 0.008f}, {0.85f, 0.014f, 0.004f},
         {1.0f, 0.011f, 0.002f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.86f}},
      0.01f, 0.0016f, 7000);
  add("gastrocnemius_medial_head",
      {{{F(-0.019f, -0.3929f, -0.0235f), F(-0.031f, -0.405f, -0.022f), T(-0.053f, -0.06f, -0.017f), T(-0.063f, -0.12f, -0.013f), T(-0.061f, -0.19f, -0.007f),
         T(-0.053f, -0.26f, -0.002f), T(-0.046f, -0.30f, 0.000f)},
        {{0.0f, 0.011f, 0.0045f}, {0.1f, 0.016f, 0.008f}, {0.42f, 0.029f, 0.015f}, {0.7f, 0.021f, 0.008f}, {0.88f, 0.015f, 0.004f},
         {1.0f, 0.012f, 0.002f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.88f}},
      0.01f, 0.0016f, 8000);
  // --- front and outer side of the leg (built last: they touch only each other and the
  // bones, and the muscles before them keep their colours). Each starts inside the bone it
  // arises from (the tibia's lateral condyle, the fibular head), so the bone cuts its top flush:
  // started on it, each top stood free as a rounded finger tip.
  {
    const V co = fr.origin("calcn_r");
    auto C = [co](float x, float y, float z) { return co + V(x, y, z); };
    // Fibularis brevis: deep to the longus on the lower fibula; its tendon runs behind the
    // lateral malleolus (the gait2392 via points lie inside our malleolus, so the line
    // passes just behind and below it) to the base of the fifth metatarsal.
    add("fibularis_brevis",
        {{{T(-0.006f, -0.20f, 0.045f), T(-0.008f, -0.27f, 0.046f), T(-0.012f, -0.34f, 0.044f), T(-0.018f, -0.39f, 0.039f), T(-0.021f, -0.418f, 0.031f),
           T(-0.017f, -0.436f, 0.033f), C(0.0471f, 0.027f, 0.0243f), C(0.0677f, 0.0219f, 0.0343f), C(0.080f, 0.017f, 0.037f)},
          {{0.0f, 0.006f, 0.003f}, {0.15f, 0.011f, 0.006f}, {0.42f, 0.012f, 0.007f}, {0.62f, 0.006f, 0.004f}, {0.7f, 0.0032f, 0.0024f},
           {1.0f, 0.0030f, 0.0020f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.68f}},
        0.008f, 0.0013f, 3500);
    // Fibularis longus: from the fibula's head down its outer face, a tendon from mid-leg
    // behind the malleolus (behind the brevis's tendon, which would carve it through), round
    // the cuboid in its groove and across the sole, close under the tarsals, to the first
    // metatarsal and medial cuneiform (gait2392's insertion point).
    add("fibularis_longus",
        {{{T(-0.0155f, -0.064f, 0.042f), T(-0.013f, -0.071f, 0.047f), T(-0.011f, -0.078f, 0.050f), T(-0.005f, -0.15f, 0.052f), T(-0.009f, -0.23f, 0.054f), T(-0.016f, -0.30f, 0.051f), T(-0.023f, -0.37f, 0.047f),
           T(-0.027f, -0.405f, 0.040f), T(-0.027f, -0.426f, 0.035f), T(-0.017f, -0.449f, 0.038f), C(0.0681f, 0.0106f, 0.0304f),
           C(0.085f, 0.002f, 0.029f), C(0.093f, 0.003f, 0.013f), C(0.106f, 0.008f, -0.005f), C(0.1203f, 0.0085f, -0.0184f)},
          {{0.0f, 0.008f, 0.005f}, {0.12f, 0.014f, 0.009f}, {0.3f, 0.014f, 0.009f}, {0.45f, 0.006f, 0.004f}, {0.52f, 0.0036f, 0.0028f},
           {1.0f, 0.0032f, 0.0024f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.47f}},
        0.008f, 0.0013f, 4500);
    // Extensor digitorum longus: lateral to the tibialis anterior, a slender belly whose
    // tendon crosses the ankle and fans out over the foot into four, one to each lesser toe.
    std::vector<StrandSpec> edl{{{T(-0.004f, -0.058f, 0.028f), T(0.000f, -0.085f, 0.036f), T(0.005f, -0.16f, 0.040f), T(0.008f, -0.25f, 0.037f), T(0.014f, -0.32f, 0.029f),
                                  T(0.025f, -0.38f, 0.015f), T(0.027f, -0.405f, 0.011f), T(0.038f, -0.421f, 0.007f), C(0.088f, 0.044f, 0.002f)},
                                 {{0.0f, 0.007f, 0.005f}, {0.12f, 0.011f, 0.009f}, {0.4f, 0.012f, 0.009f}, {0.68f, 0.005f, 0.004f},
                                  {0.76f, 0.0030f, 0.0022f}, {1.0f, 0.0028f, 0.0020f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.72f}};
    // Each tendon is laid on the tarsals, its metatarsal head and phalanges (draped up from
    // just over them, radii as bones.cpp builds them, then settled back onto them: draped
    // alone, they bridged the arch up to 13 mm off the bones) and ends on the middle phalanx.
    for (int i = 0; i < kLesserToes; ++i) {
      const V h = kToeHeads[i], tip = kToeTips[i];
      const V start = h + glm::normalize(tip - h) * (kToeHeadR[i] + 0.0015f);
      const float fan = -0.006f + 0.006f * static_cast<float>(i), top = 1.12f * kToeHeadR[i] + 0.0026f;
      edl.push_back({{C(0.082f, 0.045f, 0.002f), C(0.095f, 0.038f, fan), C(0.112f, 0.034f, 0.5f * (fan + h.z)),
                      C(h.x - 0.014f, h.y + top, h.z), C(h.x, h.y + top, h.z), co + start + (tip - start) * 0.3f + V(0.0f, 0.0092f, 0.0f),
                      co + start + (tip - start) * 0.8f + V(0.0f, 0.0090f, 0.0f)},
                     {{0.0f, 0.0024f, 0.0018f}, {1.0f, 0.0022f, 0.0014f}}, fixedDir(V(0, 1, 0)), /*drape*/ true, true, false, false, 0.012f,
                     /*tendonFrom*/ 0.0f, /*settle*/ 0.015f});
    }
    // A small blend: a wide one webs the slender tendons together where they part.
    add("extensor_digitorum_longus", std::move(edl), 0.003f, 0.0012f, 5000);
    // Tibialis anterior: the shin's fleshy front, on the outer face of the tibia beside its
    // crest; its tendon crosses the front of the ankle to the inner side of the foot.
    add("tibialis_anterior",
        {{{T(0.006f, -0.054f, 0.024f), T(0.009f, -0.068f, 0.024f), T(0.010f, -0.080f, 0.024f), T(0.021f, -0.14f, 0.022f), T(0.025f, -0.22f, 0.018f), T(0.027f, -0.29f, 0.010f), T(0.026f, -0.35f, 0.000f),
           T(0.027f, -0.392f, -0.013f), T(0.038f, -0.419f, -0.020f), C(0.104f, 0.041f, -0.030f), C(0.1166f, 0.0178f, -0.0315f)},
          {{0.0f, 0.008f, 0.005f}, {0.1f, 0.015f, 0.011f}, {0.35f, 0.017f, 0.013f}, {0.55f, 0.012f, 0.008f}, {0.66f, 0.005f, 0.0035f},
           {1.0f, 0.0045f, 0.0025f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.66f}},
        0.008f, 0.0014f, 5000);
    // Extensor hallucis longus: deep between the two, from the middle of the fibula; its
    // tendon surfaces above the ankle between theirs and runs along the first metatarsal to
    // the big toe's last phalanx. Built after them, so they carve its belly where they meet.
    add("extensor_hallucis_longus",
        {{{T(0.004f, -0.17f, 0.025f), T(0.012f, -0.24f, 0.022f), T(0.018f, -0.31f, 0.014f), T(0.024f, -0.36f, 0.006f), T(0.029f, -0.395f, 0.001f),
           T(0.034f, -0.410f, -0.003f), C(0.0875f, 0.0535f, -0.0135f), C(0.095f, 0.0455f, -0.0165f)},
          {{0.0f, 0.004f, 0.003f}, {0.2f, 0.008f, 0.006f}, {0.5f, 0.009f, 0.007f}, {0.72f, 0.004f, 0.003f}, {0.8f, 0.0028f, 0.0022f},
           {1.0f, 0.0026f, 0.0020f}}, leg, false, true, true, false, 0.0f, /*tendonFrom*/ 0.74f},
         // Its tendon turns onto the foot in a curve (the leg's part already leaning forward where
         // the foot's starts): they met at a right angle, a knot in front of the talus.
         {{C(0.089f, 0.0475f, -0.0155f), C(0.100f, 0.040f, -0.021f), C(0.124f, 0.0335f, -0.026f), C(0.1465f, 0.0226f, -0.028f), C(0.169f, 0.0172f, -0.029f),
           C(0.190f, 0.0125f, -0.028f), C(0.231f, 0.0065f, -0.024f)},
          {{0.0f, 0.0028f, 0.0020f}, {1.0f, 0.0026f, 0.0016f}}, fixedDir(V(0, 1, 0)), /*drape*/ true, true, false, false, 0.012f, /*tendonFrom*/ 0.0f, /*settle*/ 0.015f}},
        0.003f, 0.0012f, 3000);
  }
  // Broad muscles bend their sections around the limb (the vasti around the
  // femur, soleus around the leg bones, the glutei around the hip). Not the adductor magnus:
  // its origins on the ischium lie far off the thigh's axis, where the wrapped section
  // measured from one centreline segment and the next disagree, and its top edge came out
  // as a comb of 1.5 mm teeth along the ischiopubic ramus; laid flat it ends there smoothly.
  for (auto& spec : m)
    for (const char* id : {"vastus_intermedius", "vastus_lateralis", "vastus_medialis", "soleus", "semimembranosus"})
      if (spec.id == id)
        for (auto& st : spec.strands) st.wrap = true;
  return m;
}

}  // namespace leggen
