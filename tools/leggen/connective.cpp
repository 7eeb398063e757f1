// Tendons, the iliotibial band and the patellar retinacula, lofted as thin
// strands laid on the structures beneath them and sized from the published
// dimensions in the description; and the skin envelope sized from ANSUR II
// circumferences.
#include "connective.hpp"

namespace leggen {

using V = vec3;

Field unionOf(const std::vector<Structure>& built, const std::vector<std::string>& ids) {
  std::vector<Shape> parts;
  for (const auto& s : built)
    if (std::find(ids.begin(), ids.end(), s.id) != ids.end()) parts.push_back(s.shape);
  return [parts](vec3 p) {
    float d = 1e9f;
    for (const auto& s : parts) d = std::min(d, s(p));
    return d;
  };
}

Structure lofted(const std::string& id, Kind kind, Strand st, std::vector<SkinPoint> path, const Field* onto, float gap, float minRadius) {
  Structure s;
  s.id = id;
  s.kind = kind;
  s.lofted = true;
  s.mesh = loft(st, 24, onto, gap, minRadius);
  auto shared = std::make_shared<Strand>(std::move(st));
  s.shape = Shape{[shared](vec3 p) { return shared->eval(p); }, shared->box.grown(0.002f)};
  // Fibres along the strand, all tendon, and fine lines along them across its width, 3 mm
  // apart where it is broadest (as on the bellies), converging as it narrows, the same on both faces: without
  // them the tendons and bands read as white plastic. (Ours are all flat; laid round the
  // section, the lines crowded mid-band.)
  s.fibre = [shared](vec3 p) {
    vec3 f(0, -1, 0);
    shared->eval(p, &f);
    return glm::vec4(f, 1.0f);
  };
  const float width = *std::max_element(shared->a.begin(), shared->a.end());
  const float edgePhase = 3.14159265f * width / 0.0015f;  // 2 pi per 3 mm across the full width
  s.fibreLines = [shared, edgePhase](vec3 p) {
    float across = 0.0f;
    shared->eval(p, nullptr, 0.01f, false, nullptr, nullptr, &across);
    return across * edgePhase;
  };
  for (const auto& sp : path)
    if (std::find(s.bodies.begin(), s.bodies.end(), sp.body) == s.bodies.end()) s.bodies.push_back(sp.body);
  if (s.bodies.size() > 1) s.skinPaths.push_back(std::move(path));
  return s;
}

namespace {

// A scalar field sampled on a grid, blurred, and read back with Catmull-Rom
// (tricubic) interpolation so its gradient, the skin's normals, is smooth.
struct SkinGrid {
  vec3 origin{};
  float h = 0.0f;
  int nx = 0, ny = 0, nz = 0;
  std::vector<float> v;
  [[nodiscard]] std::size_t id(int i, int j, int k) const { return (static_cast<std::size_t>(k) * ny + j) * nx + i; }

  void build(const std::function<float(V)>& f, const Box& box, float step) {
    h = step;
    origin = box.lo;
    nx = static_cast<int>(std::ceil((box.hi.x - box.lo.x) / h)) + 1;
    ny = static_cast<int>(std::ceil((box.hi.y - box.lo.y) / h)) + 1;
    nz = static_cast<int>(std::ceil((box.hi.z - box.lo.z) / h)) + 1;
    v.assign(static_cast<std::size_t>(nx) * ny * nz, 0.0f);
    parallelFor(nz, [&](int k) {
      for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) v[id(i, j, k)] = f(origin + h * V(i, j, k));
    });
    // Two passes of [1 4 6 4 1] / 16 along each axis, edges clamped.
    const float w[5] = {1.0f / 16, 4.0f / 16, 6.0f / 16, 4.0f / 16, 1.0f / 16};
    std::vector<float> tmp(v.size());
    for (int pass = 0; pass < 2; ++pass)
      for (int axis = 0; axis < 3; ++axis) {
        const int n[3] = {nx, ny, nz};
        for (int k = 0; k < nz; ++k)
          for (int j = 0; j < ny; ++j)
            for (int i = 0; i < nx; ++i) {
              float sum = 0.0f;
              for (int o = -2; o <= 2; ++o) {
                int c[3] = {i, j, k};
                c[axis] = std::clamp(c[axis] + o, 0, n[axis] - 1);
                sum += w[o + 2] * v[id(c[0], c[1], c[2])];
              }
              tmp[id(i, j, k)] = sum;
            }
        v.swap(tmp);
      }
  }

  [[nodiscard]] float at(V p) const {
    const V g = (p - origin) / h;
    const int i0 = static_cast<int>(std::floor(g.x)), j0 = static_cast<int>(std::floor(g.y)), k0 = static_cast<int>(std::floor(g.z));
    if (i0 < 1 || j0 < 1 || k0 < 1 || i0 + 2 >= nx || j0 + 2 >= ny || k0 + 2 >= nz) return 0.01f;  // outside: empty
    auto weights = [](float t, float* out) {
      const float t2 = t * t, t3 = t2 * t;
      out[0] = 0.5f * (-t3 + 2 * t2 - t);
      out[1] = 0.5f * (3 * t3 - 5 * t2 + 2);
      out[2] = 0.5f * (-3 * t3 + 4 * t2 + t);
      out[3] = 0.5f * (t3 - t2);
    };
    float wx[4], wy[4], wz[4];
    weights(g.x - i0, wx);
    weights(g.y - j0, wy);
    weights(g.z - k0, wz);
    float sum = 0.0f;
    for (int c = 0; c < 4; ++c)
      for (int b = 0; b < 4; ++b) {
        const std::size_t row = id(i0 - 1, j0 - 1 + b, k0 - 1 + c);
        const float r = wx[0] * v[row] + wx[1] * v[row + 1] + wx[2] * v[row + 2] + wx[3] * v[row + 3];
        sum += wz[c] * wy[b] * r;
      }
    return sum;
  }
};

}  // namespace

std::vector<Structure> makeConnective(const Frame& fr, const std::vector<Structure>& built) {
  const auto& d = *fr.d;
  const V fo = fr.origin("femur_r"), to = fr.origin("tibia_r"), co = fr.origin("calcn_r"), po = fr.origin("patella_r");
  auto F = [fo](float x, float y, float z) { return fo + V(x, y, z); };
  auto T = [to](float x, float y, float z) { return to + V(x, y, z); };
  auto C = [co](float x, float y, float z) { return co + V(x, y, z); };
  const Axis ta = thighAxis(fr), la = legAxis(fr);
  const Outward thigh = awayFrom(ta.a, ta.b), leg = awayFrom(la.a, la.b);
  const Outward anterior = [](V) { return V(1, 0, 0); };
  const std::vector<std::string> bones{"hip_bone", "sacrum", "femur", "patella", "tibia", "fibula", "talus", "calcaneus", "foot_bones"};
  std::vector<std::string> everything = bones;
  for (const auto& s : built) everything.push_back(s.id);
  const Field allUnder = unionOf(built, everything), boneUnder = unionOf(built, bones);
  auto sz = [&](const char* s, const char* k) { return static_cast<float>(d.soft(s, k)); };
  std::vector<Structure> out;

  {  // Iliotibial band: iliac tubercle over the hip and lateral thigh to Gerdy's tubercle.
    const float w = 0.5f * sz("iliotibial_band", "width_m"), t = 0.5f * sz("iliotibial_band", "thickness_m");
    const float tt = 0.5f * sz("iliotibial_band", "thickness_tibial_m");
    const V top = fr.landmark("iliac_tubercle"), gerdy = fr.landmark("gerdys_tubercle");
    // Faces straight out to the side over the hip: the iliac tubercle lies in front of the
    // thigh axis, so "away from the axis" turned the band's top to face forward, and from the
    // side it was seen edge-on, a twisted ribbon in front of the tensor.
    const float hipY = fr.origin("femur_r").y;
    // Kept level: below the thigh axis's end, "away from the axis" tilts down towards the
    // floor, and the band's end would face it.
    const Outward band = [thigh, hipY](V p) {
      const float k = smoothstep01(hipY + 0.02f, hipY - 0.06f, p.y);
      V o = glm::mix(V(0.0f, 0.0f, 1.0f), thigh(p), k);
      o.y = 0.0f;
      return glm::normalize(o);
    };
    Strand s = makeStrand({top, V(-0.056f, -0.04f, 0.142f), F(0.000f, -0.07f, 0.075f), F(0.006f, -0.20f, 0.064f), F(0.008f, -0.32f, 0.054f),
                           F(0.006f, -0.40f, 0.048f), gerdy},
                          {{0.0f, 2.2f * w, t}, {0.25f, 2.3f * w, t}, {0.45f, 1.7f * w, t}, {0.65f, 1.3f * w, t}, {0.85f, w, t}, {1.0f, 0.8f * w, tt}}, band, 1.0f, 48);
    // Laid under the tensor fasciae latae, not over it: the band's top lies in front of the
    // tensor's origin (gait2392's), and laid over it the band hid the tensor's upper belly.
    // The tensor sits in the band as in a split of it, and the band comes out below it.
    std::vector<std::string> beneathBand = everything;
    std::erase(beneathBand, std::string("tensor_fasciae_latae"));
    // Its push fades over the last 8 samples (about 9 cm): over 3 it came off the lateral condyle
    // and turned in to Gerdy's tubercle in a kink, seen from the front.
    const Field underBand = unionOf(built, beneathBand);
    drape(s, underBand, band, 0.0015f, true, true, 1e9f, 8);
    // Its flat section laid onto the round thigh: flat, its edges stood up to 5 mm off the
    // vastus lateralis, a dark slit beside it seen from the front.
    out.push_back(lofted("iliotibial_band", Kind::Fascia, std::move(s),
                         {{top, "pelvis"}, {F(-0.006f, -0.07f, 0.075f), "femur_r"}, {F(0.006f, -0.40f, 0.048f), "femur_r"}, {gerdy, "tibia_r"}},
                         &underBand, 0.0015f, 0.05f));
  }
  const V base = po + V(0.002f, 0.0225f, 0.0f), apex = po + V(0.003f, -0.0225f, 0.0f);
  // Both patellar tendons end inside the bones they join, their last stretch pointing into the
  // bone, so their rounded ends are hidden: ended on the surface they stood on it as plates.
  const Field femurUnder = unionOf(built, {"femur"});
  {  // Quadriceps tendon: rises from under the rectus femoris's tendon, broadens and thickens to
     // the patellar base and sinks into it.
    const float w = 0.5f * sz("quadriceps_tendon", "width_m"), t = 0.5f * sz("quadriceps_tendon", "thickness_m");
    const float len = sz("quadriceps_tendon", "length_m");
    const V top = base + V(-0.008f, len, 0.0f);
    Strand s = makeStrand({top, base + V(-0.002f, 0.45f * len, 0.0f), base + V(0.002f, 0.12f * len, 0.0f), base + V(-0.002f, -0.012f, 0.0f)},
                          {{0.0f, 0.35f * w, 0.3f * t}, {0.4f, 0.7f * w, 0.8f * t}, {0.75f, w, t}, {1.0f, 0.9f * w, 0.7f * t}}, anterior, 1.0f, 20);
    // Kept off the femur only: the patella is where it goes.
    drape(s, femurUnder, anterior, 0.0008f, false, true);
    out.push_back(lofted("quadriceps_tendon", Kind::Tendon, std::move(s), {{top, "femur_r"}, {base, "patella_r"}}));
  }
  {  // Patellar tendon: from the lower third of the patella, over its apex, straight to the
     // tibial tuberosity and into it. It starts inside the patella on the line from the apex to
     // the tuberosity, so it runs straight from the patella's front: started higher up and 5 mm
     // in front of the apex, it hung straight down off the patella and bowed forward below the
     // apex (3 mm off the straight line, lateral view). It passes 4.5 mm in front of the apex
     // landmark: 2.5 mm, the apex came through its top as a V of bone (front view).
    const float w = 0.5f * sz("patellar_tendon", "width_m"), t = 0.5f * sz("patellar_tendon", "thickness_m");
    const V tub = to + kPatellarTendonInsertion;
    const V overApex = apex + V(0.0045f, -0.003f, 0.0f);
    const V from = overApex + glm::normalize(overApex - tub) * 0.013f + V(-0.003f, 0.0f, 0.0f);
    const V into = tub + V(-0.011f, -0.005f, -0.001f);
    // Broadest at the apex, narrowing to the tuberosity.
    Strand s = makeStrand({from, overApex, glm::mix(overApex, tub, 0.33f), glm::mix(overApex, tub, 0.67f), tub, into},
                          {{0.0f, 0.9f * w, 0.6f * t}, {0.2f, 1.1f * w, t}, {0.55f, w, t}, {0.85f, 0.85f * w, t}, {1.0f, 0.7f * w, 0.6f * t}},
                          anterior, 1.0f, 24);
    out.push_back(lofted("patellar_tendon", Kind::Tendon, std::move(s), {{apex, "patella_r"}, {tub, "tibia_r"}}));
  }
  {  // Infrapatellar (Hoffa's) fat pad: fills the space behind the patellar tendon, between the
     // patellar apex, the femoral condyles and the front of the tibial plateau, and bulges out
     // beside the tendon's edges. Without it a side view showed the tendon as a wire over a gap.
    const Field knee = unionOf(built, {"femur", "tibia", "patella"});
    const Shape tendon = std::find_if(out.begin(), out.end(), [](const Structure& s) { return s.id == "patellar_tendon"; })->shape;
    Structure f;
    f.id = "infrapatellar_fat_pad";
    f.kind = Kind::Fat;
    f.bodies = {"patella_r", "tibia_r"};  // skinned along its chord joint (see the description)
    // An ellipsoid larger than the space, cut by the bones around it and, in front, by the
    // plane of the tendon's middle (from just in front of the patellar apex, where the tendon
    // passes over it, to the tuberosity), so beside the tendon it fills the space up to the
    // tendon. Cut a few millimetres further back, it left a gap behind the tendon that showed
    // from the side; as wide as the patella (48 mm), it bulged out either side of the tendon as
    // a yellow ball. 29 mm wide, it holds about the published volume (see the description;
    // 38 mm wide it held 37 mL). Centred 3 mm further back and 2 mm higher, its front fell short
    // of the tendon below the apex, and a side view looked past the tendon through the gap.
    const V c = T(0.038f, -0.036f, 0.0f), r(0.023f, 0.031f, 0.0145f);
    const V overApex = apex + V(0.0045f, -0.003f, 0.0f);
    const V along = glm::normalize(to + kPatellarTendonInsertion - overApex);
    const V front = glm::normalize(V(1.0f, 0.0f, 0.0f) - along * along.x);
    // Beside the tendon its front falls back steeply (45 degrees from 2 mm inside the tendon's
    // edges), so it shows as a narrow rim of fat either side, not as a ball in the side view.
    const V side = glm::normalize(glm::cross(along, front));
    const float edge = 0.5f * sz("patellar_tendon", "width_m") - 0.002f;
    // Behind the tendon's back face all across (the band is as thick at its edges as in its
    // middle): cut at its middle plane, the fat beside its thin edges hid the back half of the
    // band, seen from the side, and it read as a wire.
    const float back = 0.5f * sz("patellar_tendon", "thickness_m");
    f.shape.f = [c, r, knee, tendon, front, side, edge, back, overApex](V p) {
      float pad = sdEllipsoid(p, c, r);
      if (pad > 0.004f) return pad;
      const float off = std::abs(glm::dot(side, p - overApex));
      pad = smax(pad, glm::dot(front, p - overApex) + back + 2.0f * std::max(0.0f, off - edge), 0.002f);
      pad = smax(pad, 0.0005f - knee(p), 0.0015f);
      return smax(pad, 0.0003f - tendon(p), 0.001f);
    };
    f.shape.box = Box{c - r - V(0.003f), c + r + V(0.003f)};
    f.spacing = 0.0009f;
    f.targetTris = 3000;
    out.push_back(std::move(f));
  }
  {  // Achilles tendon: from the calf muscles to the calcaneal tuberosity.
    const float wm = 0.5f * sz("achilles_tendon", "width_mid_m"), wi = 0.5f * sz("achilles_tendon", "width_insertion_m");
    const float t = 0.5f * sz("achilles_tendon", "thickness_m");
    // It comes straight down behind the calcaneus's upper border and ends on the middle of its
    // posterior surface. gait2392's insertion point lies on that border; ending there drew
    // the tendon hooked over the top of the bone.
    const V ins = C(-0.0095f, 0.020f, -0.005f);
    // It starts under the gastrocnemius's lower border, so the border, not a straight cut, is
    // where it shows; and it runs on 5 mm into the bone along its last stretch (ended on the
    // surface, its rounded end stood on the heel as a blob; turned forward there, it hooked).
    const V above = T(-0.045f, -0.39f, -0.001f);
    Strand s = makeStrand({T(-0.043f, -0.25f, 0.003f), T(-0.043f, -0.33f, 0.001f), above, ins, ins + glm::normalize(ins - above) * 0.005f},
                          // Broad at the top, where the gastrocnemius aponeurosis joins it.
                          {{0.0f, 2.6f * wm, 0.8f * t}, {0.3f, 1.6f * wm, t}, {0.55f, wm, t}, {0.85f, wm, 1.1f * t}, {1.0f, wi, t}}, leg, 1.0f, 32);
    // Laid over the soleus's belly but not its last few centimetres, whose fibres end on the
    // tendon's deep surface: they sink into it. Draped over them too, the tendon kinked back
    // round the soleus's tip; kept off them, the tip stood free in front of the tendon.
    // Not kept off the calcaneus, which it enters: pushed out of the bone's upper corner above
    // its insertion, it bent back round it in a Z.
    const Field legBones = unionOf(built, {"tibia", "fibula", "talus"}), soleus = unionOf(built, {"soleus"});
    const float soleusEnds = T(0.0f, -0.37f, 0.0f).y;
    // The soleus's hold on it fades out over 6 cm about that level: cut off at one level, the
    // tendon stepped back there in a kink (lateral view).
    drape(s, [legBones, soleus, soleusEnds](V p) {
            return std::min(legBones(p), soleus(p) + 0.012f * smoothstep01(soleusEnds + 0.03f, soleusEnds - 0.03f, p.y));
          }, leg, 0.0008f, false, true);
    out.push_back(lofted("achilles_tendon", Kind::Tendon, std::move(s), {{T(-0.044f, -0.27f, 0.003f), "tibia_r"}, {ins, "calcn_r"}}));
  }
  {  // Retinacula: thin sheets from the patellar borders to the epicondyles.
    const float t = 0.5f * sz("retinaculum", "thickness_m");
    // Ending just inside the epicondyles, narrowing to them, their ends pinned there: ended
    // 7-10 mm out from the bone they stood off the knee's sides as wings, seen from the front.
    const V latEnd = F(0.003f, -0.404f, 0.034f), medEnd = F(0.007f, -0.400f, -0.035f);
    const V latStart = po + V(-0.006f, -0.002f, 0.022f), medStart = po + V(-0.006f, -0.002f, -0.022f);
    // A fan, not a strap: as tall as most of the patella's border where it leaves it (the
    // patella is 45 mm tall), narrowing to about a third of that at the epicondyle. At 28 mm
    // tall (32 at its broadest) it read as a strap buckled round the knee. Its end rounds off
    // on the epicondyle: cut square there, it read as a bandage's edge.
    const std::vector<Key> fan{{0.0f, 0.021f, 0.6f * t}, {0.3f, 0.019f, t}, {0.7f, 0.014f, t}, {0.9f, 0.009f, 0.8f * t}, {1.0f, 0.004f, 0.6f * t}};
    Strand l = makeStrand({latStart, F(0.030f, -0.401f, 0.033f), latEnd}, fan, thigh, 1.0f, 16);
    // Laid over the vastus lateralis's flat end as well as the bone: laid on the bone alone, it
    // cut through the aponeurosis, whose edge showed as a ragged grey line on it (lateral view).
    const Field lateralUnder = unionOf(built, {"femur", "patella", "tibia", "fibula", "vastus_lateralis"});
    drape(l, lateralUnder, thigh, 0.0008f, false, true);
    // Laid onto the condyles across their height, as the band onto the thigh: flat, their upper
    // and lower edges stood off the bone and they read as thick horizontal wings.
    out.push_back(lofted("lateral_retinaculum", Kind::Fascia, std::move(l), {{latStart, "patella_r"}, {latEnd, "femur_r"}}, &lateralUnder, 0.0008f, 0.03f));
    out.back().blendWholeLength = true;
    Strand m = makeStrand({medStart, F(0.031f, -0.398f, -0.029f), medEnd}, fan, thigh, 1.0f, 16);
    drape(m, boneUnder, thigh, 0.0008f, false, true);
    out.push_back(lofted("medial_retinaculum", Kind::Fascia, std::move(m), {{medStart, "patella_r"}, {medEnd, "femur_r"}}, &boneUnder, 0.0008f, 0.03f));
    out.back().blendWholeLength = true;
  }
  makeCartilage(fr, built, out);
  makeKnee(fr, built, out);
  makeAnkle(fr, built, out);
  return out;
}

Structure makeSkin(const Frame& fr, const std::vector<Structure>& built) {
  const auto& d = *fr.d;
  const float lift = static_cast<float>(d.floorOffset);
  // ANSUR circumferences at their model heights give the limb's elliptic
  // sections; between them the half-widths are interpolated (pelvis frame).
  auto level = [&](const char* measure) {
    for (const auto& l : d.skinLevels)
      if (l.measure.rfind(measure, 0) == 0) return std::pair<float, float>(static_cast<float>(l.circumference), static_cast<float>(l.height) - lift);
    throw std::runtime_error(std::string("no skin level ") + measure);
  };
  // An elliptic section whose perimeter is `share` of the ANSUR girth
  // (Ramanujan's approximation), `apOverMl` as deep as it is wide.
  struct Section {
    V centre;
    float ml, ap;  // half-widths
  };
  auto girthSection = [&](const char* measure, float x, float z, float apOverMl, float share = 1.0f) {
    auto [girth, y] = level(measure);
    girth *= share;
    const float k = (1.0f - apOverMl) / (1.0f + apOverMl), h = k * k;
    const float ml = girth / (3.14159265f * (1.0f + apOverMl) * (1.0f + 3.0f * h / (10.0f + std::sqrt(4.0f - 3.0f * h))));
    return Section{V(x, y, z), ml, apOverMl * ml};
  };
  auto round = [](V c, float r) { return Section{c, r, r}; };
  // Section centres and shapes are our estimates from standard atlas
  // cross-sections, checked against the girth tests: above the knee a
  // finger's breadth or two of tissue in front of the femur and the
  // popliteal fossa's depth behind it; at the calf and the ankle the front
  // of the tibia close under the skin, the triceps surae and the Achilles
  // tendon making the depth behind. Above the knee the bellies under their
  // cover reach the envelope nearly all round, so it takes 93 % of the girth
  // and they make up the rest.
  const auto thigh = level("thigh").first;
  // The waist narrower than the hips (at 8 cm round, as wide as them, the envelope rose
  // straight up from the hip to its top as a box).
  const std::vector<Section> sections{round(V(-0.07f, 0.09f, 0.066f), 0.066f),
                                      round(V(-0.07f, -0.03f, 0.080f), 1.06f * thigh / 6.2831853f),
                                      girthSection("thigh", -0.066f, 0.088f, 1.15f),
                                      girthSection("lower thigh", -0.072f, 0.085f, 0.95f, 0.93f),
                                      round(V(-0.068f, -0.47f, 0.087f), 0.059f),
                                      girthSection("calf", -0.104f, 0.088f, 0.95f),
                                      girthSection("ankle", -0.094f, 0.100f, 1.15f),
                                      round(V(-0.085f, -0.885f, 0.092f), 0.036f)};
  std::vector<V> ctrl;
  for (const auto& sct : sections) ctrl.push_back(sct.centre);
  std::vector<Key> keys;
  float total = 0.0f;
  for (std::size_t i = 1; i < ctrl.size(); ++i) total += glm::length(ctrl[i] - ctrl[i - 1]);
  float acc = 0.0f;
  for (std::size_t i = 0; i < ctrl.size(); ++i) {
    if (i) acc += glm::length(ctrl[i] - ctrl[i - 1]);
    keys.push_back({acc / total, sections[i].ml, sections[i].ap});
  }
  auto sweep = std::make_shared<Strand>(makeStrand(ctrl, keys, [](V) { return V(1, 0, 0); }, 1.0f, 64));
  std::vector<std::function<float(V)>> proxies;
  std::vector<Field> feet;  // raw fields: a box bound minus an offset would show as a box
  for (const auto& s : built) {
    if (s.proxy) proxies.push_back(s.proxy);
    // Bone and tendon that lie under the skin alone (the front of the tibia,
    // the malleoli, the patella, the back of the sacrum, the Achilles tendon,
    // the iliotibial band) get the same cover, or they would show through it.
    for (const char* id : {"femur", "patella", "tibia", "fibula", "sacrum", "quadriceps_tendon", "patellar_tendon", "achilles_tendon",
                           "iliotibial_band", "superior_extensor_retinaculum", "inferior_extensor_retinaculum", "flexor_retinaculum",
                           "superior_fibular_retinaculum"})
      if (s.id == id) proxies.push_back(s.shape);
    // The ankle's lower retinacula reach down onto the foot, where the skin is laid on these.
    if (s.id == "foot_bones" || s.id == "calcaneus" || s.id == "talus" || s.id == "inferior_extensor_retinaculum" || s.id == "flexor_retinaculum" ||
        s.id == "superior_fibular_retinaculum")
      feet.push_back(s.shape.f);
  }
  // The medial arch is filled by the short muscles of the sole (abductor hallucis and its
  // neighbours, our estimate of their bulk): round the bones alone the skin hugged the arch,
  // and the long flexor tendons crossing under it came out of it.
  const V co = fr.origin("calcn_r");
  feet.push_back([a = co + V(0.040f, 0.010f, -0.026f), b = co + V(0.140f, 0.000f, -0.028f)](V p) { return sdCapsule(p, a, b, 0.007f); });
  const float cover = static_cast<float>(d.skinMinCover);
  Structure skin;
  skin.id = "skin";
  skin.kind = Kind::Skin;
  skin.spacing = 0.0032f;
  skin.targetTris = 40000;
  skin.shape.box = Box{V(-0.24f, -0.97f, -0.01f), V(0.18f, 0.13f, 0.20f)};
  // The raw envelope: the limb sweep, buttock and foot, and the muscles
  // under their cover of fat and fascia.
  Box footBox;
  for (const auto& s : built)
    if (s.id == "foot_bones" || s.id == "calcaneus" || s.id == "talus") footBox.add(s.shape.box);
  footBox = footBox.grown(0.04f);
  auto raw = [sweep, proxies, feet, footBox, cover](V p) {
    float dd = sweep->eval(p, nullptr, 0.06f);
    dd = smin(dd, sdEllipsoid(p, V(-0.118f, -0.065f, 0.082f), V(0.062f, 0.085f, 0.072f)), 0.03f);  // buttock
    if (footBox.distance(p) <= 0.0f) {
      float foot = 1e9f;
      for (const auto& f : feet) foot = std::min(foot, f(p));
      dd = smin(dd, foot - 0.009f, 0.02f);  // soft tissue of the foot
    }
    if (dd > -0.04f) {
      float m = 1e9f;
      for (const auto& pr : proxies) m = std::min(m, pr(p));
      // Over the buttock the blur below rounds off the gluteus maximus's edge by the sacrum: a
      // little more cover above the hip keeps it under (no girth is measured up there).
      const float extra = 0.0015f * smoothstep01(-0.06f, -0.02f, p.y);
      dd = smin(dd, m - cover - extra, 0.008f);  // a small blend: a wide one swells the limb where envelope and bellies meet
    }
    return dd;
  };
  // Sampled on a 5 mm grid and blurred (binomial, about 7 mm): grooves
  // between bellies fill and single bellies soften, as under real skin. The
  // extra half millimetre keeps the softened bumps over their muscles (the
  // skin-cover test checks it).
  auto grid = std::make_shared<SkinGrid>();
  grid->build(raw, skin.shape.box.grown(0.02f), 0.005f);
  // The top follows the iliac crest a finger's breadth above it (down to the
  // ASIS in front), with a rounded rim rather than a flat cut; the crest
  // polyline is the hip bone's (bones.cpp). Behind the PSIS it stays at the
  // height of the sacrum's base, over the top of the gluteus maximus.
  const std::vector<glm::vec2> crest{{0.030f, 0.000f}, {0.000f, 0.010f}, {-0.020f, 0.034f}, {-0.050f, 0.074f}, {-0.087f, 0.094f},
                                     {-0.120f, 0.078f}, {-0.143f, 0.060f}, {-0.170f, 0.056f}};
  auto crestTop = [crest](V p) {
    const float x = std::clamp(p.x, crest.back().x, crest.front().x);
    for (std::size_t i = 0; i + 1 < crest.size(); ++i)
      if (x >= crest[i + 1].x) {
        const float t = (x - crest[i + 1].x) / (crest[i].x - crest[i + 1].x);
        return crest[i + 1].y + t * (crest[i].y - crest[i + 1].y);
      }
    return crest.back().y;
  };
  skin.shape.f = [grid, crestTop](V p) {
    float dd = grid->at(p) - 0.0005f;
    dd = smax(dd, p.y - crestTop(p) - 0.024f, 0.016f);  // over the iliac crest
    dd = std::max(dd, 0.002f - p.z);                     // and ends at the midline
    return dd;
  };
  skin.bodies = {"pelvis", "femur_r", "tibia_r", "talus_r", "calcn_r", "toes_r"};
  const V hip(d.joint("hip_r")->centre), knee(d.joint("knee_r")->centre), ank(d.joint("ankle_r")->centre);
  const V mtp(d.joint("mtp_r")->centre);
  skin.skinPaths = {{{V(-0.07f, 0.09f, 0.07f), "pelvis"}, {hip + V(0, 0.02f, 0), "pelvis"}, {hip + V(0, -0.06f, 0), "femur_r"}, {knee + V(0, 0.03f, 0), "femur_r"},
                     {knee + V(0, -0.04f, 0), "tibia_r"}, {ank + V(0, 0.03f, 0), "tibia_r"}, {ank + V(-0.01f, -0.03f, 0), "calcn_r"},
                     {mtp + V(-0.02f, 0, 0), "calcn_r"}, {mtp + V(0.05f, 0, 0), "toes_r"}}};
  // Skin to the side of the foot path still follows it: the foot is long.
  skin.skinPaths.push_back({{ank + V(-0.06f, -0.04f, 0), "calcn_r"}, {mtp + V(-0.03f, 0.0f, 0), "calcn_r"}, {mtp + V(0.06f, 0, 0), "toes_r"}});
  return skin;
}

}  // namespace leggen
