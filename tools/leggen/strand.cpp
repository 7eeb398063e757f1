#include "strand.hpp"

namespace leggen {
namespace {

vec3 catmull(vec3 p0, vec3 p1, vec3 p2, vec3 p3, float t) {
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 + (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

// Smooth (cosine) interpolation between keys.
void profileAt(const std::vector<Key>& keys, float t, float& a, float& b) {
  if (t <= keys.front().t) { a = keys.front().a; b = keys.front().b; return; }
  if (t >= keys.back().t) { a = keys.back().a; b = keys.back().b; return; }
  std::size_t i = 0;
  while (t > keys[i + 1].t) ++i;
  const float u = (t - keys[i].t) / (keys[i + 1].t - keys[i].t);
  const float s = 0.5f - 0.5f * std::cos(3.14159265f * u);
  a = keys[i].a + s * (keys[i + 1].a - keys[i].a);
  b = keys[i].b + s * (keys[i + 1].b - keys[i].b);
}

void finish(Strand& s, const Outward& outward) {
  const std::size_t n = s.c.size();
  s.tg.resize(n);
  s.n.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const vec3 d = s.c[std::min(i + 1, n - 1)] - s.c[i == 0 ? 0 : i - 1];
    s.tg[i] = glm::normalize(d);
    vec3 o = outward(s.c[i]);
    o -= s.tg[i] * glm::dot(o, s.tg[i]);
    if (glm::length(o) < 1e-6f) o = glm::cross(s.tg[i], vec3(0, 0, 1));
    s.n[i] = glm::normalize(o);
  }
  s.box = Box{};
  s.maxR = 0.0f;
  for (std::size_t i = 0; i < n; ++i) {
    const float r = std::max(s.a[i], s.b[i]);
    s.box.add(s.c[i], r);
    s.maxR = std::max(s.maxR, r);
  }
}

}  // namespace

Strand makeStrand(const std::vector<vec3>& ctrl, const std::vector<Key>& keys, const Outward& outward, float scale, int samples) {
  // Dense Catmull-Rom polyline, then even arc-length resampling.
  std::vector<vec3> dense;
  const int per = 16;
  for (std::size_t i = 0; i + 1 < ctrl.size(); ++i) {
    const vec3 p0 = i == 0 ? 2.0f * ctrl[0] - ctrl[1] : ctrl[i - 1];
    const vec3 p3 = i + 2 >= ctrl.size() ? 2.0f * ctrl[i + 1] - ctrl[i] : ctrl[i + 2];
    for (int k = 0; k < per; ++k) dense.push_back(catmull(p0, ctrl[i], ctrl[i + 1], p3, static_cast<float>(k) / per));
  }
  dense.push_back(ctrl.back());
  std::vector<float> len(dense.size(), 0.0f);
  for (std::size_t i = 1; i < dense.size(); ++i) len[i] = len[i - 1] + glm::length(dense[i] - dense[i - 1]);
  Strand s;
  std::size_t j = 0;
  for (int k = 0; k < samples; ++k) {
    const float t = static_cast<float>(k) / (samples - 1);
    const float target = t * len.back();
    while (j + 2 < dense.size() && len[j + 1] < target) ++j;
    const float u = std::clamp((target - len[j]) / std::max(len[j + 1] - len[j], 1e-9f), 0.0f, 1.0f);
    s.c.push_back(dense[j] + u * (dense[j + 1] - dense[j]));
    float a = 0.0f, b = 0.0f;
    profileAt(keys, t, a, b);
    s.a.push_back(a * scale);
    s.b.push_back(b * scale);
  }
  finish(s, outward);
  return s;
}

float Strand::eval(vec3 p, vec3* fibre, float cutoff, bool farSide, float* tendon, float* around, float* across) const {
  if (box.distance(p) > cutoff) return box.distance(p);
  float best = 1e30f, bh = 0.0f;
  std::size_t bi = 0;
  for (std::size_t i = 0; i + 1 < c.size(); ++i) {
    const vec3 e = c[i + 1] - c[i];
    const vec3 q = p - c[i];
    const float h = std::clamp(glm::dot(q, e) / std::max(glm::dot(e, e), 1e-12f), 0.0f, 1.0f);
    const vec3 r = q - e * h;
    const float d2 = glm::dot(r, r);
    if (d2 < best) { best = d2; bi = i; bh = h; }
  }
  // The point in the section frame of segment i at parameter h.
  struct Local {
    vec3 T;
    float A, B, m, u, v, far, dist;
  };
  auto local = [&](std::size_t i, float h) {
    Local l;
    l.T = glm::normalize(glm::mix(tg[i], tg[i + 1], h));
    vec3 N = glm::mix(n[i], n[i + 1], h);
    N = glm::normalize(N - l.T * glm::dot(N, l.T));
    const vec3 W = glm::cross(l.T, N);
    l.A = std::max(glm::mix(a[i], a[i + 1], h), 1e-4f), l.B = std::max(glm::mix(b[i], b[i + 1], h), 1e-4f);
    const vec3 cc = glm::mix(c[i], c[i + 1], h);
    const vec3 q = p - cc;
    l.m = std::min(l.A, l.B);
    l.u = glm::dot(q, W), l.v = glm::dot(q, N);
    l.far = 0.0f;
    if (wrap) {
      const vec3 rp = p - wrapA - wrapDir * glm::dot(p - wrapA, wrapDir);
      const vec3 rc = cc - wrapA - wrapDir * glm::dot(cc - wrapA, wrapDir);
      const float lp = glm::length(rp), lc = glm::length(rc);
      if (lp > 1e-5f && lc > 1e-5f) {
        const float ang = std::atan2(glm::dot(glm::cross(rc, rp), wrapDir), glm::dot(rc, rp));
        l.u = ang * lc;
        l.v = lp - lc;
        if (farSide) l.far = 0.06f * smoothstep01(0.5f * 3.14159265f, 0.9f * 3.14159265f, std::abs(ang));
      }
    }
    const float k = glm::length(vec3(l.u / l.A, l.v / l.B, glm::dot(q, l.T) / l.m));
    l.dist = (k - 1.0f) * l.m + l.far;
    return l;
  };
  Local l = local(bi, bh);
  // Deep inside already, another section would change nothing anyone meshes or carves by.
  if (sectionWindow > 0 && l.dist > -0.004f) {
    const std::size_t nearest = bi;
    const std::size_t lo = nearest > static_cast<std::size_t>(sectionWindow) ? nearest - sectionWindow : 0;
    const std::size_t hi = std::min(c.size() - 2, nearest + static_cast<std::size_t>(sectionWindow));
    for (std::size_t i = lo; i <= hi; ++i) {
      if (i == nearest) continue;
      const vec3 e = c[i + 1] - c[i];
      const float h = std::clamp(glm::dot(p - c[i], e) / std::max(glm::dot(e, e), 1e-12f), 0.0f, 1.0f);
      const Local o = local(i, h);
      if (o.dist < l.dist) { l = o; bi = i; bh = h; }
    }
  }
  if (fibre) *fibre = l.T;
  // Scaled by the square roots of the half-axes: the arc length per radian is then the same,
  // sqrt(A B), at the middle of the broad face and at the edges (by the ellipse's own angle
  // the lines stood A/B times further apart on the broad face than at the edges).
  if (around) *around = std::atan2(l.u / std::sqrt(l.A), l.v / std::sqrt(l.B));
  if (across) *across = l.u / l.A;
  if (tendon) {
    // Tendon where the section has shrunk to a fifth of the belly's or less
    // (by area, a twentieth); the change takes a few centimetres, as at a
    // real musculotendinous junction.
    float peak = 1e-12f;
    for (std::size_t i = 0; i < a.size(); ++i) peak = std::max(peak, a[i] * b[i]);
    const float t = (static_cast<float>(bi) + bh) / static_cast<float>(c.size() - 1);
    *tendon = std::max(1.0f - smoothstep01(0.22f, 0.40f, std::sqrt(l.A * l.B / peak)), smoothstep01(tendonFrom - 0.04f, tendonFrom + 0.02f, t));
  }
  return l.dist;
}

float drape(Strand& s, const Field& under, const Outward& outward, float gap, bool pinStart, bool pinEnd, float maxMove, int fadeSamples) {
  // Push the centreline out by the depth it lies beneath the surface of
  // `under`, blurred along the strand so it rises smoothly instead of
  // following every bump; a few passes converge.
  const int n = static_cast<int>(s.c.size());
  std::vector<float> moved(n, 0.0f);
  for (int iter = 0; iter < 6; ++iter) {
    std::vector<float> push(n, 0.0f);
    for (int i = 0; i < n; ++i) push[i] = std::max(0.0f, s.b[i] + gap - under(s.c[i]));
    std::vector<float> soft(n, 0.0f);
    const std::vector<float>& wide = push;
    for (int i = 0; i < n; ++i) {
      float sum = 0.0f, w = 0.0f;
      // A tent, not a box: a box spread one deep sample's push as a flat step seven samples
      // long, and the strand kinked at both ends of it (the gracilis, edge-on from behind).
      for (int j = std::max(0, i - 4); j <= std::min(n - 1, i + 4); ++j) {
        const auto t = static_cast<float>(5 - std::abs(j - i));
        sum += wide[j] * t;
        w += t;
      }
      soft[i] = sum / w;
    }
    bool any = false;
    for (int i = 0; i < n; ++i) {
      // Pinned ends stay on their attachment; the push fades in next to them.
      float fade = 1.0f;
      const auto over = static_cast<float>(fadeSamples);
      if (pinStart) fade = std::min(fade, std::min(1.0f, static_cast<float>(i) / over));
      if (pinEnd) fade = std::min(fade, std::min(1.0f, static_cast<float>(n - 1 - i) / over));
      const float d = std::min(soft[i] * fade, maxMove - moved[i]);
      if (d > 1e-4f) { s.c[i] += glm::normalize(outward(s.c[i])) * d; moved[i] += d; any = true; }
    }
    if (!any) break;
  }
  finish(s, outward);
  return *std::max_element(moved.begin(), moved.end());
}

float settle(Strand& s, const Field& under, const Outward& outward, float gap, bool pinStart, bool pinEnd, float maxMove) {
  const int n = static_cast<int>(s.c.size());
  if (n < 3) return 0.0f;
  // How far each sample can fall against outward before it rests on `under` (sphere tracing
  // on a field that may underestimate distance, never over it). A sample with no bone within
  // maxMove stays where it is: one moved the full distance over a gap hung in the air.
  std::vector<float> fall(n, 0.0f);
  for (int i = 0; i < n; ++i) {
    const vec3 down = -glm::normalize(outward(s.c[i]));
    float t = 0.0f;
    bool rests = false;
    for (int k = 0; k < 64 && t < maxMove; ++k) {
      const float d = under(s.c[i] + down * t) - (s.b[i] + gap);
      if (d < 1e-4f) { rests = true; break; }
      t += d;
    }
    fall[i] = rests ? t : 0.0f;
  }
  // Tethered by fascia, a tendon follows the bones' surface rather than spanning the
  // hollows as a taut cord would (a cord from the ankle to the toes stood 10 mm off the
  // metatarsal heads): the drops are smoothed along the strand, faded in next to a pinned
  // end (a fork kinked 45 degrees where the first free sample fell 8 mm), and where the
  // smoothing cut into a crest the strand is draped out again.
  std::vector<float> drop = fall;
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<float> next(n);
    for (int i = 0; i < n; ++i) {
      float sum = 0.0f, w = 0.0f;
      for (int j = std::max(0, i - 3); j <= std::min(n - 1, i + 3); ++j) {
        const float k = 4.0f - static_cast<float>(std::abs(i - j));
        sum += k * drop[j];
        w += k;
      }
      next[i] = sum / w;
    }
    drop = std::move(next);
  }
  float most = 0.0f;
  for (int i = 0; i < n; ++i) {
    constexpr float kFade = 4.0f;
    float fade = 1.0f;
    if (pinStart) fade = std::min(fade, static_cast<float>(i) / kFade);
    if (pinEnd) fade = std::min(fade, static_cast<float>(n - 1 - i) / kFade);
    drop[i] *= std::min(fade, 1.0f);
    s.c[i] -= glm::normalize(outward(s.c[i])) * drop[i];
    most = std::max(most, drop[i]);
  }
  finish(s, outward);
  drape(s, under, outward, gap, pinStart, pinEnd, 0.004f);
  return most;
}

Mesh loft(const Strand& s, int around, const Field* onto, float gap, float minRadius) {
  Mesh m;
  const std::size_t n = s.c.size();
  // Each end is rounded in plan, a quarter ellipse over 0.6 of its half-width beyond the last
  // section (our choice): cut square, the broad tendons and bands read as cut plates.
  constexpr int kCap = 4;
  struct Ring {
    vec3 c, tg, n;
    float a, b;
  };
  std::vector<Ring> rings;
  auto cap = [&](std::size_t i, float dir) {
    for (int j = kCap; j >= 1; --j) {
      const float phi = 1.5707963f * static_cast<float>(j) / (kCap + 1);
      const float len = 0.6f * s.a[i];
      rings.push_back({s.c[i] + dir * s.tg[i] * (len * std::sin(phi)), s.tg[i], s.n[i], s.a[i] * std::cos(phi), s.b[i] * std::cos(phi)});
    }
  };
  cap(0, -1.0f);  // tip first
  for (std::size_t i = 0; i < n; ++i) rings.push_back({s.c[i], s.tg[i], s.n[i], s.a[i], s.b[i]});
  const std::size_t before = rings.size();
  cap(n - 1, 1.0f);
  std::reverse(rings.begin() + static_cast<std::ptrdiff_t>(before), rings.end());
  const std::size_t nr = rings.size();
  for (const Ring& r : rings) {
    const vec3 W = glm::cross(r.tg, r.n);
    for (int k = 0; k < around; ++k) {
      const float th = 6.2831853f * static_cast<float>(k) / around;
      const float u = r.a * std::cos(th);
      vec3 p = r.c + W * u + r.n * (r.b * std::sin(th));
      if (onto) {
        // Both faces at this place across the band drop alike, so it keeps its thickness.
        const float deep = (*onto)(r.c + W * u - r.n * (r.b * std::abs(std::sin(th))));
        p -= r.n * std::clamp(deep - gap, 0.0f, u * u / (2.0f * minRadius));
      }
      m.pos.push_back(p);
    }
  }
  // Rings (W, N, T) is right-handed, so (k, k+1, next ring) faces outward.
  auto at = [&](std::size_t i, int k) { return static_cast<std::uint32_t>(i * around + (k % around)); };
  for (std::size_t i = 0; i + 1 < nr; ++i)
    for (int k = 0; k < around; ++k) {
      m.idx.insert(m.idx.end(), {at(i, k), at(i, k + 1), at(i + 1, k + 1)});
      m.idx.insert(m.idx.end(), {at(i, k), at(i + 1, k + 1), at(i + 1, k)});
    }
  // End caps: a centre vertex each, at the tip of the rounded end.
  const auto c0 = static_cast<std::uint32_t>(m.pos.size());
  m.pos.push_back(s.c.front() - s.tg.front() * 0.6f * s.a.front());
  const auto c1 = static_cast<std::uint32_t>(m.pos.size());
  m.pos.push_back(s.c.back() + s.tg.back() * 0.6f * s.a.back());
  for (int k = 0; k < around; ++k) {
    m.idx.insert(m.idx.end(), {c0, at(0, k + 1), at(0, k)});
    m.idx.insert(m.idx.end(), {c1, at(nr - 1, k), at(nr - 1, k + 1)});
  }
  // Whatever the handedness of the section frame, make the faces point out.
  if (meshVolume(m) < 0.0)
    for (std::size_t t = 0; t < m.idx.size(); t += 3) std::swap(m.idx[t + 1], m.idx[t + 2]);
  return m;
}

}  // namespace leggen
