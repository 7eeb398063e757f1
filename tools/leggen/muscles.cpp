// Muscles: unions of strands laid along the gait2392 paths, sized to the
// Handsfield volumes, carved against bones and the deeper muscles built
// before them, superficial ones draped over what lies beneath.
#include "muscle_specs.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace leggen {
namespace {

// Union of everything built so far, for draping and carving.
Field unionOf(const std::vector<Shape>& parts) {
  return [parts](vec3 p) {
    float d = 1e9f;
    for (const Shape& s : parts) d = std::min(d, s(p));
    return d;
  };
}

struct Anchor;

struct Built {
  std::vector<Strand> strands;
  std::shared_ptr<const Sheet> sheet;
  Shape shape;
  std::vector<Anchor> tendons;  // its tendons of attachment (capsules)
};

// A tendon of attachment: from the bone surface at an origin or insertion of
// the reference path to the nearest point of the muscle's centrelines, so the
// muscle reaches its attachment however deep the reference point lies in our
// bone or whatever muscles cover it there.
struct Anchor {
  vec3 at;    // the reference point, or where it meets the bone surface
  vec3 a, b;  // capsule
  float r;    // 0: no tendon, only the free zone (a belly's end in a tendon built apart)
  bool fleshy = false;  // muscle, not tendon, to the bone (see Attachment)
};

constexpr float kBoneGap = 0.0008f;    // muscle kept off bone (cartilage, periosteum)
constexpr float kAnchorR = 0.0035f;    // tendon radius at the attachment
constexpr float kCarveRound = 0.002f;   // radius of the rounded edge a carve leaves (our choice)
constexpr float kLineSpacing = 0.003f;  // between the fibre lines the shader draws (our choice)
constexpr float kAnchorFree = 0.016f;  // around an attachment, other muscles do not carve
constexpr float kMaxDrape = 0.008f;    // furthest a superficial strand is lifted off its path
constexpr float kMaxAnchor = 0.08f;    // longest attachment tendon

// An origin or insertion, and the side its tendon should come from (zero:
// from the nearest part of the belly).
struct Attachment {
  vec3 at;
  vec3 approach{0.0f};
  // Muscle fibres, not a tendon, reach the bone there: the rod is coloured as the belly (white,
  // the gluteus medius's showed as dots on its deep face when it was shown alone).
  bool fleshy = false;
};

// axis: the muscle's centreline samples; radius: the half-thickness there.
std::vector<Anchor> anchors(const std::vector<Attachment>& points, const Field& bone, const std::vector<vec3>& axis, const std::vector<float>& radius) {
  std::vector<Anchor> out;
  // Directions to search for the way out of bone: a Fibonacci sphere.
  std::vector<vec3> dirs;
  for (int i = 0; i < 96; ++i) {
    const float z = 1.0f - (2.0f * i + 1.0f) / 96.0f, r = std::sqrt(1.0f - z * z), phi = 2.39996323f * i;
    dirs.emplace_back(r * std::cos(phi), r * std::sin(phi), z);
  }
  for (const auto& [p, approach, fleshy] : points) {
    // The nearest point out of bone along straight rays (the union of bones
    // is no exact distance, so its gradient can point the long way out).
    vec3 at = p, g(1, 0, 0);
    if (bone(p) < 0.0f) {
      // Out on the side the belly lies (the approach side where one is given): the adductor
      // longus's insertion, 6 mm inside our femur, came out on its lateral side, and the bone
      // cut that tendon off from the belly on the medial side, a stub apart.
      vec3 toward = approach;
      if (glm::length(toward) < 1e-6f) {
        float nearest = 1e9f;
        for (std::size_t i = 0; i < axis.size(); ++i)
          if (const float len = glm::length(axis[i] - p); len < nearest && bone(axis[i]) > kBoneGap + 0.5f * radius[i]) {
            nearest = len;
            toward = axis[i] - p;
          }
      }
      float bestT = 1e9f;
      for (int pass = 0; pass < 2 && bestT > 1e8f; ++pass)  // that side first, else any
        for (const vec3& dir : dirs) {
          // A given approach is a cone, not a half-space: the adductor magnus's tendon, given
          // downwards, still left the tuberosity by its back face, nearly level.
          if (pass == 0 && glm::dot(dir, toward) <= (glm::length(approach) > 1e-6f ? 0.5f : 0.0f) * glm::length(toward)) continue;
          for (float t = 0.0005f; t < std::min(bestT, 0.03f); t += 0.0005f)
            if (bone(p + dir * t) > 0.0f) { bestT = t; g = dir; break; }
        }
      at = p + g * bestT;
    } else {
      const float e = 0.0005f;
      g = vec3(bone(p + vec3(e, 0, 0)) - bone(p - vec3(e, 0, 0)), bone(p + vec3(0, e, 0)) - bone(p - vec3(0, e, 0)),
               bone(p + vec3(0, 0, e)) - bone(p - vec3(0, 0, e)));
      g = glm::length(g) > 1e-9f ? glm::normalize(g) : vec3(1, 0, 0);
    }
    const vec3 a = bone(p) > kBoneGap + kAnchorR ? p : at + g * (kBoneGap + kAnchorR);
    vec3 best = a;
    float bd = 1e9f, bc = 1e9f, br = kAnchorR;
    // The nearest centreline point clear of bone: one inside it (a path
    // starting on a buried reference point) would leave the tendon a blob
    // on the bone surface, cut off from the belly. With an approach side,
    // points off that side count as farther.
    for (std::size_t i = 0; i < axis.size(); ++i) {
      const float len = glm::length(axis[i] - a);
      const float cost = len * (1.0f + (len > 1e-6f ? 2.0f * (glm::length(approach) - glm::dot(axis[i] - a, approach) / len) : 0.0f));
      if (cost < bc && bone(axis[i]) > kBoneGap + 0.5f * radius[i]) {
        bc = cost;
        bd = len;
        best = axis[i];
        br = radius[i];
      }
    }
    // An attachment far from the belly is reached through a structure of its
    // own (the tensor's insertion through the iliotibial band): no rod.
    if (bd > kMaxAnchor) {
      if (std::getenv("LEGGEN_DEBUG")) std::fprintf(stderr, "leggen: no attachment tendon over %.0f mm\n", bd * 1000.0f);
      continue;
    }
    // No thicker than the muscle's end it joins: a thin tendon would end in a knob.
    const float r = std::clamp(br, 0.0015f, kAnchorR);
    out.push_back({at, bone(p) > kBoneGap + kAnchorR ? p : at + g * (kBoneGap + r), best, r, fleshy});
  }
  return out;
}

Built build(const Frame& fr, const MuscleSpec& m, float scale, const std::vector<Shape>& under, std::size_t nBones,
            const std::vector<Attachment>& attach, const std::shared_ptr<const SheetBed>& bed) {
  Built b;
  const Field below = unionOf(under);
  Box box;
  if (m.sheet) {
    b.sheet = std::make_shared<const Sheet>(makeSheet(*m.sheet, bed, scale));
    box.add(b.sheet->box);
  }
  for (const auto& sd : m.strands) {
    Strand s = makeStrand(sd.ctrl, sd.keys, sd.outward, scale, m.samples);
    s.tendonFrom = sd.tendonFrom;
    // The lateralis's sharp bend above the knee also folds the inner side of the bend's broad
    // face in a groove: its sections are joined across a few segments (Strand::sectionWindow).
    // Three either side close the fold as six did; tried only near the surface, they cost no
    // measurable generation time (six everywhere: +9 s, as every later muscle carved against
    // them evaluates them). Not the medialis since its oblique part is built with it: there the
    // window picked sections of either strand from one vertex to the next, and the fibre lines
    // of the oblique part came out as speckle.
    if (m.id == "vastus_lateralis") s.sectionWindow = 3;
    if (sd.drape) {
      // Capped: a strand lifted clear of every deeper belly bows away from
      // the limb (the skin then follows it); beyond the cap it is carved
      // and moulds onto what lies beneath, as real muscle does.
      const float mv = drape(s, below, sd.outward, 0.0012f, sd.pinStart, sd.pinEnd, sd.maxDrape > 0.0f ? sd.maxDrape : kMaxDrape);
      if (std::getenv("LEGGEN_DEBUG") && scale == 1.0f) std::fprintf(stderr, "leggen: %s draped by up to %.1f mm\n", m.id.c_str(), mv * 1000.0f);
    }
    // Then moved onto the bones against its outward direction (down on the dorsum of the foot,
    // up in the sole) where draping or the spec left it off them; onto bone only, or a tendon
    // beside it would hold it off.
    if (sd.settle > 0.0f) {
      const float mv = settle(s, unionOf({under.begin(), under.begin() + static_cast<std::ptrdiff_t>(nBones)}), sd.outward, sd.settleGap, sd.pinStart, sd.pinEnd, sd.settle);
      if (std::getenv("LEGGEN_DEBUG") && scale == 1.0f) std::fprintf(stderr, "leggen: %s settled by up to %.1f mm\n", m.id.c_str(), mv * 1000.0f);
    }
    if (sd.wrap) {
      // The wrap axis is whichever limb axis the strand's outward comes from.
      const vec3 mid = s.c[s.c.size() / 2];
      const Axis axes[3] = {thighAxis(fr), legAxis(fr), buttockAxis()};
      float best = -2.0f;
      for (const Axis& ax : axes) {
        const float agree = glm::dot(awayFrom(ax.a, ax.b)(mid), sd.outward(mid));
        if (agree > best) { best = agree; s.wrap = true; s.wrapA = ax.a; s.wrapDir = glm::normalize(ax.b - ax.a); }
      }
    }
    box.add(s.box);
    b.strands.push_back(std::move(s));
  }
  box = box.grown(0.004f);
  // A part's broad wrapped section at its sharp bend reaches further from its centreline than
  // the strand's box allows: the vastus medialis's oblique part came out cut flat at it. Only
  // there: near the axis a wrapped section's field is no distance (the arc length round it
  // shrinks), and a box grown at the vastus medialis's top let it carve a slit in the sartorius.
  if (m.part)
    for (std::size_t i = m.part->firstStrand; i < b.strands.size(); ++i) box.add(b.strands[i].box.grown(0.012f));
  // Only neighbours whose boxes overlap can carve this muscle.
  // The state is shared, so copies of this shape (held by later muscles
  // for carving) stay cheap.
  struct State {
    std::vector<Strand> strands;
    std::shared_ptr<const Sheet> sheet;
    std::vector<glm::vec4> clips;
    float free = kAnchorFree;
    std::vector<Anchor> anchors;
    std::vector<Shape> bones, muscles;
    float k;
  };
  auto st = std::make_shared<State>();
  std::vector<Shape> boneShapes(under.begin(), under.begin() + static_cast<std::ptrdiff_t>(nBones));
  std::vector<vec3> axis;
  std::vector<float> radius;
  for (const auto& s : b.strands)
    for (std::size_t i = 0; i < s.c.size(); ++i) { axis.push_back(s.c[i]); radius.push_back(std::min(s.a[i], s.b[i])); }
  if (b.sheet)
    for (std::size_t i = 0; i < b.sheet->samples.size(); ++i) {
      // No thicker than the sheet where the tendon joins it: a thicker one ends in a knob.
      axis.push_back(b.sheet->samples[i]);
      radius.push_back(std::min(kAnchorR, b.sheet->sampleHalf[i]));
    }
  st->anchors = anchors(attach, unionOf(boneShapes), axis, radius);
  if (m.freeEnd)
    for (const auto& sd : b.strands) st->anchors.push_back({sd.c.back(), sd.c.back(), sd.c.back(), 0.0f});
  for (const auto& a : st->anchors) { box.add(a.a, a.r + 0.004f); box.add(a.at, 0.004f); }
  for (std::size_t i = 0; i < under.size(); ++i) {
    const Shape& s = under[i];
    if (s.box.grown(0.002f).distance(0.5f * (box.lo + box.hi)) < 0.5f * glm::length(box.hi - box.lo))
      (i < nBones ? st->bones : st->muscles).push_back(s);
  }
  if (const char* probe = std::getenv("LEGGEN_PROBE"); probe && m.id == probe && scale == 1.0f) {
    for (const auto& t : st->anchors)
      std::fprintf(stderr, "probe %s rod %.4f %.4f %.4f -> %.4f %.4f %.4f r %.4f\n", m.id.c_str(), t.a.x, t.a.y, t.a.z, t.b.x, t.b.y, t.b.z, t.r);
    for (const auto& sd : b.strands)
      for (std::size_t i = 0; i < sd.c.size(); ++i)
        for (std::size_t k = 0; k < under.size(); ++k)
          if (under[k](sd.c[i]) < 0.0f) std::fprintf(stderr, "probe %s sample %zu inside shape %zu\n", m.id.c_str(), i, k);
  }
  st->strands = b.strands;
  st->sheet = b.sheet;
  st->clips = m.clips;
  st->free = m.anchorFree > 0.0f ? m.anchorFree : kAnchorFree;
  st->k = m.blend;
  b.shape.box = box;
  b.shape.f = [st](vec3 p) {
    float d = 1e9f;
    // Exact beyond the blend radius: a box bound inside it would blend in
    // as a box-shaped bulge.
    for (const auto& s : st->strands) d = smin(d, s.eval(p, nullptr, st->k + 0.004f), st->k);
    if (st->sheet) d = smin(d, st->sheet->eval(p), st->k);
    float free = 0.0f;  // how far inside an attachment's free zone
    bool inRod = false;  // inside one of a sheet's attachment tendons
    for (const auto& a : st->anchors) {
      const float cap = a.r > 0.0f ? sdCapsule(p, a.a, a.b, a.r) : 1e9f;
      if (a.r > 0.0f) d = smin(d, cap, 0.006f);
      free = std::max(free, st->free - glm::length(p - a.at));
      // A sheet's tendons cross the muscles between it and the bone: not
      // carved, or they would be cut off from the sheet.
      inRod = inRod || (st->sheet && cap < 0.0005f);
    }
    // Rounded as a carve's edge is: a sharp one came out serrated on the mesher's grid (the
    // gluteus maximus's sacral edge, seen in the medial view).
    for (const glm::vec4& c : st->clips) d = smax(d, glm::dot(vec3(c), p) - c.w, 0.002f);
    if (d > 0.003f) return d;
    // Carved with a rounded edge (smooth max over kCarveRound): a sharp crease, sampled on the
    // mesher's grid, came out as a sawtooth along every carved border.
    // Sharp again at the attachments, where slim tendons meet the bone and rounding would
    // eat their ends.
    const float round = kCarveRound * std::clamp(1.0f - 2.0f * free / st->free, 0.0f, 1.0f);
    for (const Shape& s : st->bones) d = smax(d, kBoneGap - s(p), 0.5f * round);
    // Deeper muscles carve this one, except near its own attachments, where
    // tendons of neighbours converge on the same bone.
    if (free < st->free * 0.5f && !inRod)
      for (const Shape& s : st->muscles) d = smax(d, kBoneGap - (s(p) + 2.0f * free), round);
    return d;
  };
  for (const auto& a : st->anchors)
    if (a.r > 0.0f) b.tendons.push_back(a);
  return b;
}

// A muscle's structure: its shape, and from its strands and sheet its fibres, fibre lines and
// skinning paths.
Structure muscleStructure(const Frame& fr, const myo::anatomy::Muscle& desc, const Shape& shape, const std::vector<Strand>& strands,
                          const std::shared_ptr<const Sheet>& sheet, const std::vector<Anchor>& tendons, float k, float spacing,
                          std::size_t tris, double target) {
  Structure s;
  s.id = desc.id;
  s.kind = Kind::Muscle;
  s.shape = shape;
  s.spacing = spacing;
  s.targetTris = tris;
  s.targetVolume = target;
  // Wrapped as the muscle is (unwrapped, a broad section is a flat plate
  // whose edges stand off the limb and the skin follows them), but kept
  // off the far side of the axis, where the wrapped angle jumps and the
  // skin, reaching that far, would show a fin.
  s.proxy = [strands, sheet](vec3 p) {
    float d = 1e9f;
    // Exact well beyond the skin's blend radius, so no box edges show.
    for (const auto& st : strands) d = std::min(d, st.eval(p, nullptr, 0.06f, true));
    if (sheet) d = std::min(d, sheet->eval(p, nullptr, 0.06f));
    return d;
  };
  s.fibre = [strands, k, sheet, tendons](vec3 p) {
    float best = 1e9f, tendon = 0.0f;
    vec3 dir(0, -1, 0);
    if (sheet) {
      float along = 0.0f;
      best = sheet->eval(p, &dir, 0.01f, nullptr, &along);
      tendon = smoothstep01(sheet->spec.tendonFrom, sheet->spec.tendonFrom + 0.12f, along);
    }
    for (const auto& st : strands) {
      vec3 f;
      float td = 0.0f;
      const float d = st.eval(p, &f, 0.01f, false, &td);
      if (d < best - 0.25f * k) { best = d; dir = f; tendon = td; }
      else if (d < best + 0.25f * k) {
        dir = glm::normalize(dir + f * (glm::dot(dir, f) < 0 ? -1.0f : 1.0f)), best = std::min(best, d);
        tendon = std::min(tendon, td);  // where strands meet, the fleshier one shows
      }
    }
    // The attachment tendons (to the lesser trochanter, the greater
    // trochanter, the gluteal tuberosity, ...): tendon where one lies
    // nearer than the belly, its fibres along it.
    for (const Anchor& t : tendons) {
      if (t.fleshy) continue;
      const float dt = sdCapsule(p, t.a, t.b, t.r);
      if (dt >= best) continue;
      float w = smoothstep01(0.0f, 0.003f, best - dt);
      // A sheet's deep fibres run fleshy to within a centimetre or so of the bone (the
      // gluteus maximus's lowest fibres to the gluteal tuberosity): white rods under its
      // border read as sticks.
      if (sheet) w *= 1.0f - smoothstep01(0.010f, 0.018f, glm::length(p - t.a));
      tendon = std::max(tendon, w);
      if (w > 0.5f && glm::length(t.b - t.a) > 1e-5f) dir = glm::normalize(t.b - t.a);
    }
    return glm::vec4(dir, tendon);
  };
  // Fibre lines: round each strand a whole number of lines, about kLineSpacing apart at its
  // belly, so they converge into the tendons as fascicles do; across a sheet's fibres, the
  // same spacing a third of the way from its origin (a fan, the gluteus medius, spreads them
  // wider towards its origin). The lines take the phase of the nearest strand or sheet.
  std::vector<float> linesRound;
  for (const auto& st : strands) {
    float a = 0.0f, b = 0.0f;
    for (std::size_t i = 0; i < st.a.size(); ++i) { a = std::max(a, st.a[i]); b = std::max(b, st.b[i]); }
    linesRound.push_back(std::max(4.0f, std::round(3.14159265f * (a + b) / kLineSpacing)));
  }
  const float sheetLines = sheet ? std::max(4.0f, std::round(sheet->width(0.3f) / kLineSpacing)) : 0.0f;
  s.fibreLines = [strands, sheet, linesRound, sheetLines](vec3 p) {
    float best = 1e9f, phase = 0.0f;
    if (sheet) {
      float u = 0.0f;
      best = sheet->eval(p, nullptr, 0.01f, &u);
      phase = 6.2831853f * sheetLines * u;
    }
    for (std::size_t i = 0; i < strands.size(); ++i) {
      float around = 0.0f;
      const float d = strands[i].eval(p, nullptr, 0.01f, false, nullptr, &around);
      if (d < best) { best = d; phase = around * linesRound[i]; }
    }
    return phase;
  };
  for (const auto& line : desc.lines) {
    std::vector<SkinPoint> path;
    for (const auto& pt : fr.d->activePoints(line, {}))
      path.push_back({vec3(fr.d->toPelvis(pt.body, pt.at)), pt.moving.empty() ? pt.body : std::string("patella_r")});
    s.skinPaths.push_back(std::move(path));
  }
  std::vector<std::string> bodies;
  for (const auto& path : s.skinPaths)
    for (const auto& sp : path)
      if (std::find(bodies.begin(), bodies.end(), sp.body) == bodies.end()) bodies.push_back(sp.body);
  s.bodies = bodies;
  if (s.bodies.size() == 1) s.skinPaths.clear();
  return s;
}

}  // namespace

std::vector<Structure> makeMuscles(const Frame& fr, const std::vector<Structure>& bones) {
  const auto specs = muscleSpecs(fr);
  std::vector<Structure> out;
  out.reserve(specs.size());
  for (const auto& m : specs) {
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<Shape> under;
    for (const auto& b : bones) under.push_back(b.shape);
    const std::size_t nBones = under.size();
    for (const auto& o : out) under.push_back(o.shape);
    const auto* desc = fr.d->muscle(m.id);
    if (!desc) throw std::runtime_error("muscle not in the description: " + m.id);
    const auto* partDesc = m.part ? fr.d->muscle(m.part->id) : nullptr;
    if (m.part && !partDesc) throw std::runtime_error("muscle not in the description: " + m.part->id);
    const double ownTarget = desc->targetVolumeCm3 * 1e-6, partTarget = partDesc ? partDesc->targetVolumeCm3 * 1e-6 : 0.0;
    const double target = ownTarget + partTarget;
    std::vector<Attachment> attach;
    for (const auto& line : desc->lines) {
      const auto pts = fr.d->activePoints(line, {});
      for (const auto* pt : {&pts.front(), &pts.back()}) {
        if (pt == &pts.back() && m.insertionByStrand) continue;
        // Moving points (the quadriceps on the patella) end in the
        // quadriceps tendon, the calf muscles' calcaneal points in the
        // Achilles tendon: those are built as tendons of their own. The shin muscles' tendons
        // on the foot are their strands' own ends: an attachment rod there would stick out of
        // a slender tendon.
        if (pt->moving.empty() && pt->body != "calcn_r" && pt->body != "toes_r")
          // A sheet's tendons to the femur (the gluteus maximus's to the gluteal tuberosity)
          // come from behind, past the vastus lateralis's back border, not across it.
          attach.push_back({fr.d->toPelvis(pt->body, pt->at),
                            m.sheet && pt->body == "femur_r" ? vec3(-1.0f, 0.0f, 0.0f)
                            : pt->body == "pelvis"           ? m.pelvisApproach
                                                             : vec3(0.0f),
                            pt->body == "pelvis" && m.fleshyPelvicOrigins});
      }
    }
    // Size the cross-sections so the carved volume meets the target: the
    // volume grows with the square of the section scale.
    std::shared_ptr<const SheetBed> bed;
    if (m.sheet) bed = makeSheetBed(*m.sheet, unionOf(under));
    float scale = 1.0f;
    for (int it = 0; it < 3; ++it) {
      const Built b = build(fr, m, scale, under, nBones, attach, bed);
      const double v = sampledVolume(b.shape, b.shape.box, 0.0026f);
      if (v <= 0.0) { scale *= 1.5f; continue; }
      const double ratio = target / v;
      scale *= static_cast<float>(std::clamp(std::sqrt(ratio), 0.6, 1.7));
      if (std::abs(ratio - 1.0) < 0.03) break;
    }
    Built b = build(fr, m, scale, under, nBones, attach, bed);
    // A sheet's tendons to the femur (the gluteus maximus's deepest fibres to the gluteal
    // tuberosity) pass through the back of the vastus lateralis, which covers the tuberosity in
    // our model, and are hidden inside it. Not carved out of it: a channel for each, open to
    // the back, showed as dark pockets in its back when the gluteus maximus was hidden.
    if (!m.part) {
      out.push_back(muscleStructure(fr, *desc, b.shape, b.strands, b.sheet, b.tendons, m.blend, m.spacing, m.tris, target));
    } else {
      // Split at the plane: the two meshes meet face to face inside, and the surface shows
      // only the seam and the fibres turning across it. Each edge at the seam is rounded as a
      // carve's is (sharp, each came out a sawtooth on its own grid): a fine groove between.
      const auto& pt = *m.part;
      const vec3 n(pt.plane);
      const float w = pt.plane.w;
      const auto split = b.strands.begin() + static_cast<std::ptrdiff_t>(pt.firstStrand);
      const std::vector<Strand> own(b.strands.begin(), split), part(split, b.strands.end());
      Shape lower{[f = b.shape.f, n, w](vec3 p) { return smax(f(p), glm::dot(n, p) - w, kCarveRound); }, {}};
      Shape upper{[f = b.shape.f, n, w](vec3 p) { return smax(f(p), w - glm::dot(n, p), kCarveRound); }, b.shape.box};
      // The part's box: every centreline sample whose section reaches below the plane.
      for (const auto& s : b.strands)
        for (std::size_t i = 0; i < s.c.size(); ++i) {
          const float r = std::max(s.a[i], s.b[i]) + m.blend + 0.012f;
          if (glm::dot(n, s.c[i]) - w < r) lower.box.add(s.c[i], r);
        }
      lower.box = {glm::max(lower.box.lo, b.shape.box.lo), glm::min(lower.box.hi, b.shape.box.hi)};
      // Each takes its fibres, fibre lines and place in the skin from its own strands.
      out.push_back(muscleStructure(fr, *partDesc, lower, part, nullptr, b.tendons, m.blend, pt.spacing, pt.tris, partTarget));
      out.push_back(muscleStructure(fr, *desc, upper, own, b.sheet, b.tendons, m.blend, m.spacing, m.tris, ownTarget));
    }
    if (std::getenv("LEGGEN_DEBUG"))
      std::fprintf(stderr, "leggen: %s shaped in %.2f s, sections x%.2f\n", m.id.c_str(), std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), scale);
  }
  return out;
}

}  // namespace leggen
