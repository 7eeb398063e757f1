#include "sheet.hpp"

namespace leggen {
namespace {

constexpr float kRs = 0.08f;  // radius that turns angles into lengths for the outline metric

struct Frame3 {
  vec3 D, P, L;
};

Frame3 frameOf(const SheetSpec& s) {
  Frame3 f;
  f.D = glm::normalize(s.axisB - s.axisA);
  f.P = glm::normalize(s.back - f.D * glm::dot(s.back, f.D));
  f.L = glm::cross(f.D, f.P);
  if (glm::dot(f.L, s.side) < 0.0f) f.L = -f.L;
  return f;
}

float piecewise(const std::vector<glm::vec2>& k, float t) {
  if (k.empty()) return 1.0f;
  if (t <= k.front().x) return k.front().y;
  for (std::size_t i = 0; i + 1 < k.size(); ++i)
    if (t <= k[i + 1].x) {
      const float u = (t - k[i].x) / std::max(k[i + 1].x - k[i].x, 1e-6f);
      const float s = 0.5f - 0.5f * std::cos(3.14159265f * u);  // smooth between keys
      return k[i].y + s * (k[i + 1].y - k[i].y);
    }
  return k.back().y;
}

// The outline in metric (theta * kRs, h) coordinates: a ruled patch between
// the origin edge (v = 0) and the insertion edge (v = 1), each a quadratic
// Bezier curve in u.
struct Quad {
  glm::vec2 o0, om, o1, i0, im, i1;
  explicit Quad(const SheetSpec& s)
      : o0(s.o0.x * kRs, s.o0.y), om(s.om ? glm::vec2(s.om->x * kRs, s.om->y) : 0.5f * glm::vec2((s.o0.x + s.o1.x) * kRs, s.o0.y + s.o1.y)),
        o1(s.o1.x * kRs, s.o1.y), i0(s.i0.x * kRs, s.i0.y),
        im(s.im ? glm::vec2(s.im->x * kRs, s.im->y) : 0.5f * glm::vec2((s.i0.x + s.i1.x) * kRs, s.i0.y + s.i1.y)), i1(s.i1.x * kRs, s.i1.y) {}
  static glm::vec2 bez(glm::vec2 a, glm::vec2 m, glm::vec2 b, float u) { return (1 - u) * (1 - u) * a + 2 * u * (1 - u) * m + u * u * b; }
  static glm::vec2 bezD(glm::vec2 a, glm::vec2 m, glm::vec2 b, float u) { return 2 * (1 - u) * (m - a) + 2 * u * (b - m); }
  [[nodiscard]] glm::vec2 at(float u, float v) const { return (1 - v) * bez(o0, om, o1, u) + v * bez(i0, im, i1, u); }
  [[nodiscard]] glm::vec2 du(float u, float v) const { return (1 - v) * bezD(o0, om, o1, u) + v * bezD(i0, im, i1, u); }
  [[nodiscard]] glm::vec2 dv(float u) const { return bez(i0, im, i1, u) - bez(o0, om, o1, u); }
  // Inverse of the patch map by Newton's method. Far outside a fan (the gluteus medius, whose
  // insertion edge is a fraction of its origin's) the map folds over and Newton from the
  // middle need not converge: it stopped inside the unit square, and the point counted as
  // inside the sheet. Scattered points a few centimetres off it then carved the gluteus
  // maximus, a row of teeth along its lower border. So other starts are tried; failing all,
  // the best is returned with converged false.
  struct Inverse {
    glm::vec2 uv;
    bool converged;
  };
  [[nodiscard]] Inverse inverse(glm::vec2 q) const {
    static constexpr glm::vec2 kStarts[] = {{0.5f, 0.5f}, {0.0f, 0.0f}, {1.0f, 0.0f}, {0.0f, 1.0f}, {1.0f, 1.0f},
                                            {0.5f, 0.0f}, {0.5f, 1.0f}, {0.0f, 0.5f}, {1.0f, 0.5f}};
    Inverse best{{0.5f, 0.5f}, false};
    float bestRes = 1e30f;
    for (const glm::vec2 start : kStarts) {
      float u = start.x, v = start.y;
      for (int it = 0; it < 8; ++it) {
        const glm::vec2 r = at(u, v) - q, a = du(u, v), b = dv(u);
        const float det = a.x * b.y - a.y * b.x;
        if (std::abs(det) < 1e-12f) break;
        u = std::clamp(u - (r.x * b.y - r.y * b.x) / det, -2.0f, 3.0f);
        v = std::clamp(v - (a.x * r.y - a.y * r.x) / det, -2.0f, 3.0f);
      }
      const float res = glm::length(at(u, v) - q);
      if (res < kConverged) return {{u, v}, true};
      if (res < bestRes) { bestRes = res; best.uv = {u, v}; }
    }
    return best;
  }
  static constexpr float kConverged = 1e-5f;  // m in the outline metric
};

}  // namespace

float SheetBed::at(float theta, float h) const { return sample(r, theta, h); }

float SheetBed::sample(const std::vector<float>& g, float theta, float h) const {
  const float gx = std::clamp((theta - t0) / dt, 0.0f, static_cast<float>(nt - 1) - 1e-3f);
  const float gy = std::clamp((h - h0) / dh, 0.0f, static_cast<float>(nh - 1) - 1e-3f);
  const int i = static_cast<int>(gx), j = static_cast<int>(gy);
  const float fx = gx - i, fy = gy - j;
  auto R = [&](int a, int b) { return g[static_cast<std::size_t>(b) * nt + a]; };
  return (1 - fy) * ((1 - fx) * R(i, j) + fx * R(i + 1, j)) + fy * ((1 - fx) * R(i, j + 1) + fx * R(i + 1, j + 1));
}

std::shared_ptr<const SheetBed> makeSheetBed(const SheetSpec& s, const Field& under) {
  const Frame3 f = frameOf(s);
  auto bed = std::make_shared<SheetBed>();
  const glm::vec2 om = s.om.value_or(0.5f * (s.o0 + s.o1));
  const float tmin = std::min({s.o0.x, s.o1.x, s.i0.x, s.i1.x, om.x}) - 0.3f, tmax = std::max({s.o0.x, s.o1.x, s.i0.x, s.i1.x, om.x}) + 0.3f;
  const float hmin = std::min({s.o0.y, s.o1.y, s.i0.y, s.i1.y, 0.5f * (om.y + 0.5f * (s.o0.y + s.o1.y))}) - 0.03f, hmax = std::max({s.o0.y, s.o1.y, s.i0.y, s.i1.y}) + 0.03f;
  bed->dt = 0.05f;
  bed->dh = 0.005f;
  bed->t0 = tmin;
  bed->h0 = hmin;
  bed->nt = static_cast<int>(std::ceil((tmax - tmin) / bed->dt)) + 1;
  bed->nh = static_cast<int>(std::ceil((hmax - hmin) / bed->dh)) + 1;
  std::vector<float> raw(static_cast<std::size_t>(bed->nt) * bed->nh, 0.0f);
  // The outermost surface along each radial ray: march in from outside.
  parallelFor(bed->nh, [&](int j) {
    const float h = hmin + j * bed->dh;
    for (int i = 0; i < bed->nt; ++i) {
      const float th = tmin + i * bed->dt;
      const vec3 c = s.axisA + f.D * h, dir = std::cos(th) * f.P + std::sin(th) * f.L;
      float r = 0.20f, hit = 0.01f;
      while (r > 0.01f) {
        const float d = under(c + dir * r);
        if (d < 0.0f) { hit = r; break; }
        r -= std::clamp(0.8f * d, 0.0005f, 0.004f);
      }
      raw[static_cast<std::size_t>(j) * bed->nt + i] = hit;
    }
  });
  // Rays that meet nothing (beside the sacrum, off the model) take the mean
  // of their row, so the bed does not fall towards the axis there.
  for (int j = 0; j < bed->nh; ++j) {
    float sum = 0.0f;
    int n = 0;
    for (int i = 0; i < bed->nt; ++i)
      if (raw[static_cast<std::size_t>(j) * bed->nt + i] > 0.011f) { sum += raw[static_cast<std::size_t>(j) * bed->nt + i]; ++n; }
    for (int i = 0; i < bed->nt; ++i)
      if (raw[static_cast<std::size_t>(j) * bed->nt + i] <= 0.011f) raw[static_cast<std::size_t>(j) * bed->nt + i] = n ? sum / n : 0.05f;
  }
  // A membrane stretched over the deeper structures: widen every bump a
  // little (a max over the spec's bedWiden, 6 mm unless set), then alternately blur and push back
  // above the raw surface, so the sheet spans the hollows between bellies
  // and rides smoothly over the crest of each.
  const int wi = std::max(0, static_cast<int>(std::round(s.bedWiden / (bed->dt * kRs)))), wj = std::max(0, static_cast<int>(std::round(s.bedWiden / bed->dh)));
  auto idx = [&](int i, int j) { return static_cast<std::size_t>(std::clamp(j, 0, bed->nh - 1)) * bed->nt + std::clamp(i, 0, bed->nt - 1); };
  std::vector<float> wide(raw.size());
  for (int j = 0; j < bed->nh; ++j)
    for (int i = 0; i < bed->nt; ++i) {
      float m = 0.0f;
      for (int b = -wj; b <= wj; ++b)
        for (int a = -wi; a <= wi; ++a) m = std::max(m, raw[idx(i + a, j + b)]);
      wide[idx(i, j)] = m;
    }
  // Close the hollows the model leaves empty (the small hip rotators behind
  // the joint are not built): a morphological closing with a paraboloid of
  // the spec's bedClose radius of curvature (8 cm unless set), so the bed is convex wherever
  // the deep surface bends inwards more tightly than that.
  {
    const float kappa = 1.0f / (2.0f * s.bedClose);
    const float ex = bed->dt * kRs, ey = bed->dh;
    const int n = static_cast<int>(wide.size());
    auto pass = [&](const std::vector<float>& in, std::vector<float>& out, bool dilate) {
      parallelFor(bed->nh, [&](int j) {
        for (int i = 0; i < bed->nt; ++i) {
          float best = dilate ? -1e9f : 1e9f;
          for (int k = 0; k < n; ++k) {
            const int a = k % bed->nt, b = k / bed->nt;
            const float dx = (a - i) * ex, dy = (b - j) * ey, q = kappa * (dx * dx + dy * dy);
            best = dilate ? std::max(best, in[static_cast<std::size_t>(k)] - q) : std::min(best, in[static_cast<std::size_t>(k)] + q);
          }
          out[idx(i, j)] = best;
        }
      });
    };
    std::vector<float> dil(wide.size());
    pass(wide, dil, true);
    pass(dil, wide, false);
  }
  const std::vector<float> floor = wide;
  std::vector<float> tmp(wide.size());
  for (int pass = 0; pass < 40; ++pass) {
    for (int j = 0; j < bed->nh; ++j)
      for (int i = 0; i < bed->nt; ++i) tmp[idx(i, j)] = 0.25f * wide[idx(i - 1, j)] + 0.5f * wide[idx(i, j)] + 0.25f * wide[idx(i + 1, j)];
    for (int j = 0; j < bed->nh; ++j)
      for (int i = 0; i < bed->nt; ++i) wide[idx(i, j)] = 0.25f * tmp[idx(i, j - 1)] + 0.5f * tmp[idx(i, j)] + 0.25f * tmp[idx(i, j + 1)];
    if (pass + 2 < 40)
      for (std::size_t k = 0; k < wide.size(); ++k) wide[k] = std::max(wide[k], floor[k]);
  }
  bed->r = std::move(wide);
  return bed;
}

Sheet makeSheet(const SheetSpec& s, std::shared_ptr<const SheetBed> bed, float scale) {
  Sheet sh;
  sh.spec = s;
  sh.bed = std::move(bed);
  sh.scale = scale;
  const Frame3 f = frameOf(s);
  sh.D = f.D;
  sh.P = f.P;
  sh.L = f.L;
  // The outer face: bed + thickness on the bed's grid (the thickness fading to nothing within
  // 2 cm outside the outline), blurred with a sigma of about 2.5 cm.
  if (s.smoothOuter) {
    const SheetBed& g = *sh.bed;
    const Quad q(s);
    std::vector<float> o(g.r.size()), tmp(g.r.size());
    for (int j = 0; j < g.nh; ++j)
      for (int i = 0; i < g.nt; ++i) {
        const float th = g.t0 + i * g.dt, h = g.h0 + j * g.dh;
        const glm::vec2 uvc = glm::clamp(q.inverse({th * kRs, h}).uv, 0.0f, 1.0f);
        const float outside = glm::length(q.at(uvc.x, uvc.y) - glm::vec2(th * kRs, h));
        const float t = s.thickness * scale * scale * piecewise(s.alongU, uvc.x) * piecewise(s.alongV, uvc.y);
        o[static_cast<std::size_t>(j) * g.nt + i] = g.r[static_cast<std::size_t>(j) * g.nt + i] + s.gap + t * std::max(0.0f, 1.0f - outside / 0.02f);
      }
    auto idx = [&](int i, int j) { return static_cast<std::size_t>(std::clamp(j, 0, g.nh - 1)) * g.nt + std::clamp(i, 0, g.nt - 1); };
    for (int pass = 0; pass < 50; ++pass) {
      for (int j = 0; j < g.nh; ++j)
        for (int i = 0; i < g.nt; ++i) tmp[idx(i, j)] = 0.25f * o[idx(i - 1, j)] + 0.5f * o[idx(i, j)] + 0.25f * o[idx(i + 1, j)];
      for (int j = 0; j < g.nh; ++j)
        for (int i = 0; i < g.nt; ++i) o[idx(i, j)] = 0.25f * tmp[idx(i, j - 1)] + 0.5f * tmp[idx(i, j)] + 0.25f * tmp[idx(i, j + 1)];
    }
    sh.outer = std::move(o);
  }
  const float tmax = (s.smoothOuter ? 1.6f : 1.0f) * s.thickness * scale * scale;
  for (int j = 0; j <= 24; ++j)
    for (int i = 0; i <= 24; ++i) {
      const vec3 p = sh.point(static_cast<float>(i) / 24.0f, static_cast<float>(j) / 24.0f);
      sh.box.add(p, tmax + 0.01f);
      if (i == 0 || i == 24 || j == 0 || j == 24) continue;  // not on the outline (see samples)
      sh.samples.push_back(p);
      const float u = static_cast<float>(i) / 24.0f, v = static_cast<float>(j) / 24.0f;
      sh.sampleHalf.push_back(0.5f * s.thickness * scale * scale * piecewise(s.alongU, u) * piecewise(s.alongV, v));
    }
  return sh;
}

namespace {

// Thickness (before rounding the edges) and its rounded value at the
// inside edge distance e (m).
float thicknessAt(const SheetSpec& s, float scale, float u, float v) {
  return s.thickness * scale * scale * piecewise(s.alongU, std::clamp(u, 0.0f, 1.0f)) * piecewise(s.alongV, std::clamp(v, 0.0f, 1.0f));
}
// Distance inside the outline from the distances to its four edges, the
// corners rounded off (a sharp corner reads as a cut-out card).
float insideDistance(float a, float b, float c, float d) {
  constexpr float k = 0.02f;
  return smin(smin(smin(a, b, k), c, k), d, k);
}
constexpr float kMinRim = 0.005f;  // thinnest rim (our choice)
float rounded(const SheetSpec& s, float t, float e) {
  const float w = std::min(s.edgeRound, 0.5f * t + 0.004f);
  const float x = std::clamp(e / w, 0.0f, 1.0f);
  // A rim at least a few mesher cells thick: a blade thinner than a cell came out of the grid
  // serrated, a row of teeth along the gluteus maximus's lower border.
  return std::max(std::min(t, kMinRim), t * (0.18f + 0.82f * std::sqrt(1.0f - (1.0f - x) * (1.0f - x))));
}

}  // namespace

float Sheet::outerAt(float theta, float h) const { return bed->sample(outer, theta, h); }

float Sheet::thickness(float theta, float h, float u, float v, float e) const {
  const float core = thicknessAt(spec, scale, u, v);
  if (!spec.smoothOuter) return rounded(spec, core, e);
  // At least 40 % of the set thickness over a crest of the bed; up to the smooth outer face
  // over a hollow, but no more than 1.6 times the set thickness.
  const float fill = std::clamp(outerAt(theta, h) - bed->at(theta, h) - spec.gap, 0.4f * core, 1.6f * core);
  return rounded(spec, fill, e);
}

vec3 Sheet::point(float u, float v) const {
  const Quad q(spec);
  const glm::vec2 m = q.at(u, v);
  const float th = m.x / kRs, h = m.y;
  const glm::vec2 a = q.du(u, v), b = q.dv(u);
  const float area = std::abs(a.x * b.y - a.y * b.x);
  const float e = std::max(0.0f, insideDistance(u * area / glm::length(b), (1 - u) * area / glm::length(b), v * area / glm::length(a), (1 - v) * area / glm::length(a)));
  const float t = thickness(th, h, u, v, e);
  const float r = bed->at(th, h) + spec.gap + 0.5f * t;
  return spec.axisA + D * h + r * (std::cos(th) * P + std::sin(th) * L);
}

float Sheet::width(float v) const {
  float w = 0.0f;
  for (int k = 0; k < 16; ++k) w += glm::length(point((k + 1) / 16.0f, v) - point(k / 16.0f, v));
  return w;
}

float Sheet::eval(vec3 p, vec3* fibre, float cutoff, float* across, float* along) const {
  const float bd = box.distance(p);
  if (bd > cutoff) return bd;
  const vec3 q = p - spec.axisA;
  const float h = glm::dot(q, D);
  const vec3 rv = q - D * h;
  const float r = glm::length(rv);
  const float th = std::atan2(glm::dot(rv, L), glm::dot(rv, P));
  const Quad quad(spec);
  const auto inv = quad.inverse({th * kRs, h});
  const float u = inv.uv.x, v = inv.uv.y;
  const float uc = std::clamp(u, 0.0f, 1.0f), vc = std::clamp(v, 0.0f, 1.0f);
  if (across) *across = uc;
  if (along) *along = vc;
  const glm::vec2 a = quad.du(uc, vc), b = quad.dv(uc);
  const float area = std::abs(a.x * b.y - a.y * b.x);
  float edge;  // signed distance to the outline in the (theta, h) metric
  if (inv.converged && u == uc && v == vc) {
    edge = -insideDistance(u * area / glm::length(b), (1 - u) * area / glm::length(b), v * area / glm::length(a), (1 - v) * area / glm::length(a));
  } else {
    edge = glm::length(quad.at(uc, vc) - glm::vec2(th * kRs, h));
  }
  const float t = thickness(th, h, uc, vc, std::max(0.0f, -edge));
  const float r0 = bed->at(th, h) + spec.gap;
  // The faces joined smoothly across the middle of the sheet (exact at the faces themselves): a
  // sharp crease there, reached by the rounded rim, flipped the normals from vertex to vertex
  // along the rim, a row of bright teeth along the gluteus maximus's lower border.
  const float radial = smax(r0 - r, r - (r0 + t), 0.8f * t);
  if (fibre) {
    const glm::vec2 dv = quad.dv(uc);
    const vec3 tang = -std::sin(th) * P + std::cos(th) * L;
    // At the point's own radius, not the bed's: the outer face of a thick sheet lies further
    // out, where a turn of theta is a longer arc.
    *fibre = glm::normalize(tang * (dv.x / kRs) * r + D * dv.y);
  }
  // The rim rounded where the faces meet the outline: a square rim a voxel or two tall came
  // out serrated along the lower border of the gluteus maximus.
  return smax(radial, edge, 0.006f);
}

}  // namespace leggen
