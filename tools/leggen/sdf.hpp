// Signed distance primitives and blends for the leg generator. Negative inside.
// Float throughout: generation speed matters more than the last micron.
#pragma once

#include <glm/glm.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace leggen {

using glm::vec3;

inline float sdSphere(vec3 p, vec3 c, float r) { return glm::length(p - c) - r; }

inline float sdCapsule(vec3 p, vec3 a, vec3 b, float r) {
  const vec3 pa = p - a, ba = b - a;
  // A zero-length capsule is a sphere, not a NaN.
  const float h = std::clamp(glm::dot(pa, ba) / std::max(glm::dot(ba, ba), 1e-12f), 0.0f, 1.0f);
  return glm::length(pa - ba * h) - r;
}

// Cone with rounded ends of radii ra at a and rb at b.
inline float sdRoundCone(vec3 p, vec3 a, vec3 b, float ra, float rb) {
  const vec3 ba = b - a;
  const float l2 = glm::dot(ba, ba), rr = ra - rb, a2 = l2 - rr * rr, il2 = 1.0f / l2;
  const vec3 pa = p - a;
  const float y = glm::dot(pa, ba), z = y - l2;
  const vec3 xv = pa * l2 - ba * y;
  const float x2 = glm::dot(xv, xv), y2 = y * y * l2, z2 = z * z * l2;
  const float k = std::copysign(1.0f, rr) * rr * rr * x2;
  if (std::copysign(1.0f, z) * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - rb;
  if (std::copysign(1.0f, y) * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - ra;
  return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
}

// Axis-aligned ellipsoid (approximate distance, exact zero set).
inline float sdEllipsoid(vec3 p, vec3 c, vec3 r) {
  const vec3 q = p - c;
  const float k0 = glm::length(q / r), k1 = glm::length(q / (r * r));
  return k1 > 1e-12f ? k0 * (k0 - 1.0f) / k1 : -std::min(r.x, std::min(r.y, r.z));
}

// Ellipsoid with arbitrary orthonormal axes u, v, w.
inline float sdEllipsoidAxes(vec3 p, vec3 c, vec3 u, vec3 v, vec3 w, vec3 r) {
  const vec3 q = p - c;
  return sdEllipsoid(vec3(glm::dot(q, u), glm::dot(q, v), glm::dot(q, w)), vec3(0.0f), r);
}

// Box of half extents h, its edges rounded by r (inside h), axis-aligned.
inline float sdRoundBox(vec3 p, vec3 c, vec3 h, float r) {
  const vec3 q = glm::abs(p - c) - h + r;
  return glm::length(glm::max(q, vec3(0.0f))) + std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f) - r;
}

// Triangle thickened by r (a rounded plate).
inline float sdTriangle(vec3 p, vec3 a, vec3 b, vec3 c, float r) {
  const vec3 ba = b - a, pa = p - a, cb = c - b, pb = p - b, ac = a - c, pc = p - c;
  const vec3 nor = glm::cross(ba, ac);
  auto sgn = [](float x) { return x < 0.0f ? -1.0f : 1.0f; };
  const bool outside = sgn(glm::dot(glm::cross(ba, nor), pa)) + sgn(glm::dot(glm::cross(cb, nor), pb)) +
                           sgn(glm::dot(glm::cross(ac, nor), pc)) < 2.0f;
  float d2;
  if (outside) {
    auto seg = [](vec3 e, vec3 q) {
      const vec3 v = e * std::clamp(glm::dot(e, q) / glm::dot(e, e), 0.0f, 1.0f) - q;
      return glm::dot(v, v);
    };
    d2 = std::min({seg(ba, pa), seg(cb, pb), seg(ac, pc)});
  } else {
    d2 = glm::dot(nor, pa) * glm::dot(nor, pa) / glm::dot(nor, nor);
  }
  return std::sqrt(d2) - r;
}

// Polynomial smooth minimum / maximum with blend radius k.
inline float smin(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}
inline float smax(float a, float b, float k) { return -smin(-a, -b, k); }

inline float smoothstep01(float e0, float e1, float x) {
  const float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

struct Box {
  vec3 lo{1e9f}, hi{-1e9f};
  void add(vec3 p) { lo = glm::min(lo, p); hi = glm::max(hi, p); }
  void add(vec3 p, float r) { add(p - vec3(r)); add(p + vec3(r)); }
  void add(const Box& b) { add(b.lo); add(b.hi); }
  [[nodiscard]] bool valid() const { return lo.x <= hi.x; }
  // Distance from p to the box (0 inside).
  [[nodiscard]] float distance(vec3 p) const {
    const vec3 d = glm::max(glm::max(lo - p, p - hi), vec3(0.0f));
    return glm::length(d);
  }
  [[nodiscard]] Box grown(float r) const { return {lo - vec3(r), hi + vec3(r)}; }
};

}  // namespace leggen
