#include "core/overlay/surface_path.h"

#include "core/overlay/condition_view.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <array>
#include <limits>
#include <map>
#include <numeric>
#include <optional>

namespace myo::overlay {
namespace {

// Nearest point of triangle abc to p, as barycentric weights (of a, b, c). Works region by
// region: a vertex, an edge, or the face, whichever p projects into.
glm::vec3 closestBarycentric(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0.0f && d2 <= 0.0f) return {1, 0, 0};
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0.0f && d4 <= d3) return {0, 1, 0};
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
    const float v = d1 / (d1 - d3);
    return {1 - v, v, 0};
  }
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0.0f && d5 <= d6) return {0, 0, 1};
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
    const float w = d2 / (d2 - d6);
    return {1 - w, 0, w};
  }
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
    const float w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
    return {0, 1 - w, w};
  }
  const float denom = 1.0f / (va + vb + vc);
  const float v = vb * denom, w = vc * denom;
  return {1 - v - w, v, w};
}

// Uniform Catmull-Rom through the control points, ends repeated, so the path passes through
// every point the author wrote and bends smoothly at the via points.
glm::vec3 catmullRom(const std::vector<glm::vec3>& pts, float u) {
  const auto last = static_cast<float>(pts.size() - 1);
  u = std::clamp(u, 0.0f, last);
  const auto seg = std::min(static_cast<std::size_t>(u), pts.size() - 2);
  const float t = u - static_cast<float>(seg);
  const glm::vec3& p1 = pts[seg];
  const glm::vec3& p2 = pts[seg + 1];
  const glm::vec3& p0 = seg > 0 ? pts[seg - 1] : p1;
  const glm::vec3& p3 = seg + 2 < pts.size() ? pts[seg + 2] : p2;
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * (2.0f * p1 + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                 (3.0f * p1 - p0 - 3.0f * p2 + p3) * t3);
}

// The middle of the limb at each height (1 cm steps), from the skin, or from every mesh when
// the model has no skin. Rollers press toward it.
class LimbCentre {
public:
  // The middle of each slice's extent, not the mean of its vertices: the skin's vertices are
  // denser where it curves more, which would pull a mean toward the back of the thigh.
  explicit LimbCentre(const Scene& scene) {
    const SceneMesh* skin = scene.findMesh("skin");
    const Aabb box = skin ? skin->bounds : scene.bounds();
    m_y0 = box.min.y;
    m_slices.assign(static_cast<std::size_t>(std::max(1.0f, (box.max.y - box.min.y) / kBin) + 1), Slice{});
    auto addMesh = [&](const SceneMesh& m) {
      for (const Vertex& v : m.vertices) {
        Slice& s = m_slices[bin(v.position.y)];
        s.min = glm::min(s.min, glm::vec2(v.position.x, v.position.z));
        s.max = glm::max(s.max, glm::vec2(v.position.x, v.position.z));
      }
    };
    if (skin)
      addMesh(*skin);
    else
      for (const SceneMesh& m : scene.meshes)
        addMesh(m);
  }
  [[nodiscard]] glm::vec2 at(float y) const {
    // The nearest height with vertices.
    const std::size_t b = bin(y);
    for (std::size_t d = 0; d < m_slices.size(); ++d)
      for (std::size_t k : {b - std::min(b, d), std::min(m_slices.size() - 1, b + d)})
        if (m_slices[k].min.x <= m_slices[k].max.x) return (m_slices[k].min + m_slices[k].max) * 0.5f;
    return glm::vec2(0.0f);
  }

private:
  static constexpr float kBin = 0.01f;
  struct Slice {
    glm::vec2 min{std::numeric_limits<float>::max()}, max{std::numeric_limits<float>::lowest()};
  };
  [[nodiscard]] std::size_t bin(float y) const {
    return std::min(m_slices.size() - 1, static_cast<std::size_t>(std::max(0.0f, (y - m_y0) / kBin)));
  }
  float m_y0 = 0.0f;
  std::vector<Slice> m_slices; // x, z extent
};

// One flag per triangle: 1 for those of the mesh's largest connected piece (vertices joined by
// position, since files split them at seams). Stray fragments are not where anyone rolls.
std::vector<std::uint8_t> largestPiece(const SceneMesh& mesh) {
  std::vector<std::uint32_t> parent(mesh.vertices.size());
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::map<std::array<std::int64_t, 3>, std::uint32_t> weld;
  for (std::uint32_t v = 0; v < mesh.vertices.size(); ++v) {
    const glm::vec3 q = mesh.vertices[v].position * 1e5f; // 10 micrometres
    const auto [it, fresh] = weld.try_emplace({std::llround(q.x), std::llround(q.y), std::llround(q.z)}, v);
    if (!fresh) parent[find(v)] = find(it->second);
  }
  for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
    parent[find(mesh.indices[i + 1])] = find(mesh.indices[i]);
    parent[find(mesh.indices[i + 2])] = find(mesh.indices[i]);
  }
  std::map<std::uint32_t, std::size_t> triangles;
  for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) ++triangles[find(mesh.indices[i])];
  std::uint32_t biggest = 0;
  std::size_t most = 0;
  for (const auto& [root, n] : triangles)
    if (n > most) most = n, biggest = root;
  std::vector<std::uint8_t> keep(mesh.indices.size() / 3);
  for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) keep[i / 3] = find(mesh.indices[i]) == biggest;
  return keep;
}

void measure(std::vector<PathPoint>& points) {
  float along = 0.0f;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (i > 0) along += glm::length(points[i].position - points[i - 1].position);
    points[i].along = along;
  }
}

} // namespace

MeshSurface::MeshSurface(const SceneMesh& mesh, bool largestPieceOnly) : m_mesh(mesh) {
  const std::vector<std::uint8_t> keep = largestPieceOnly ? largestPiece(mesh) : std::vector<std::uint8_t>{};
  m_spheres.reserve(mesh.indices.size() / 3);
  for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
    if (!keep.empty() && !keep[i / 3]) continue;
    const glm::vec3 a = vertex(i).position, b = vertex(i + 1).position, c = vertex(i + 2).position;
    const glm::vec3 centre = (a + b + c) / 3.0f;
    const float r = std::sqrt(std::max({glm::dot(a - centre, a - centre), glm::dot(b - centre, b - centre),
                                        glm::dot(c - centre, c - centre)}));
    m_spheres.push_back({centre, r, static_cast<std::uint32_t>(i)});
  }
}

SurfaceHit MeshSurface::closest(const glm::vec3& p) const {
  return closestNear(p, p, std::numeric_limits<float>::infinity());
}

SurfaceHit MeshSurface::closestNear(const glm::vec3& p, const glm::vec3& near, float reach) const {
  float best = std::numeric_limits<float>::infinity();
  std::size_t bestTri = 0;
  glm::vec3 bestBary{1, 0, 0};
  for (std::size_t t = 0; t < m_spheres.size(); ++t) {
    const glm::vec3 d = p - m_spheres[t].centre;
    const float bound = best + m_spheres[t].radius;
    if (glm::dot(d, d) > bound * bound) continue;
    if (reach < std::numeric_limits<float>::infinity()) {
      const glm::vec3 e = near - m_spheres[t].centre;
      const float limit = reach + m_spheres[t].radius;
      if (glm::dot(e, e) > limit * limit) continue;
    }
    const std::size_t i = m_spheres[t].first;
    const glm::vec3 a = vertex(i).position, b = vertex(i + 1).position, c = vertex(i + 2).position;
    const glm::vec3 bary = closestBarycentric(p, a, b, c);
    const glm::vec3 q = a * bary.x + b * bary.y + c * bary.z;
    if (glm::dot(q - near, q - near) > reach * reach) continue;
    const float dist = glm::length(p - q);
    if (dist < best) {
      best = dist;
      bestTri = i;
      bestBary = bary;
    }
  }
  if (m_spheres.empty()) return {};
  // Nothing within reach (near was not on this mesh): the nearest point anywhere.
  if (best == std::numeric_limits<float>::infinity() && reach < std::numeric_limits<float>::infinity())
    return closest(p);
  return hitAt(bestTri, bestBary, best);
}

SurfaceHit MeshSurface::hitAt(std::size_t i, const glm::vec3& bary, float distance) const {
  const Vertex &a = vertex(i), &b = vertex(i + 1), &c = vertex(i + 2);
  SurfaceHit hit;
  hit.point = a.position * bary.x + b.position * bary.y + c.position * bary.z;
  glm::vec3 n = a.normal * bary.x + b.normal * bary.y + c.normal * bary.z;
  if (glm::dot(n, n) < 1e-12f) n = glm::cross(b.position - a.position, c.position - a.position);
  hit.normal = glm::normalize(n);
  hit.distance = distance;
  return hit;
}

std::optional<SurfaceHit> MeshSurface::firstHit(const Ray& ray) const {
  float best = std::numeric_limits<float>::infinity();
  std::size_t bestTri = 0;
  glm::vec3 bestBary{1, 0, 0};
  for (std::size_t t = 0; t < m_spheres.size(); ++t) {
    // Skip triangles whose sphere the line misses.
    const glm::vec3 toCentre = m_spheres[t].centre - ray.origin;
    const float along = glm::dot(toCentre, ray.direction);
    const glm::vec3 off = toCentre - ray.direction * along;
    if (glm::dot(off, off) > m_spheres[t].radius * m_spheres[t].radius) continue;
    const std::size_t i = m_spheres[t].first;
    const glm::vec3 a = vertex(i).position, e1 = vertex(i + 1).position - a, e2 = vertex(i + 2).position - a;
    // Moller-Trumbore, both faces.
    const glm::vec3 pv = glm::cross(ray.direction, e2);
    const float det = glm::dot(e1, pv);
    if (std::abs(det) < 1e-12f) continue;
    const float inv = 1.0f / det;
    const glm::vec3 tv = ray.origin - a;
    const float u = glm::dot(tv, pv) * inv;
    if (u < 0.0f || u > 1.0f) continue;
    const glm::vec3 qv = glm::cross(tv, e1);
    const float v = glm::dot(ray.direction, qv) * inv;
    if (v < 0.0f || u + v > 1.0f) continue;
    const float dist = glm::dot(e2, qv) * inv;
    if (dist > 0.0f && dist < best) {
      best = dist;
      bestTri = i;
      bestBary = {1.0f - u - v, u, v};
    }
  }
  if (best == std::numeric_limits<float>::infinity()) return std::nullopt;
  return hitAt(bestTri, bestBary, best);
}

SurfaceHit closestOnMesh(const SceneMesh& mesh, const glm::vec3& p) {
  return MeshSurface(mesh).closest(p);
}

PathPoint SurfacePath::at(float along) const {
  if (points.empty()) return {};
  along = std::clamp(along, 0.0f, length());
  auto it = std::lower_bound(points.begin(), points.end(), along,
                             [](const PathPoint& p, float a) { return p.along < a; });
  if (it == points.begin()) return points.front();
  const PathPoint& b = *it;
  const PathPoint& a = *(it - 1);
  const float span = b.along - a.along;
  const float t = span > 0.0f ? (along - a.along) / span : 0.0f;
  return {glm::mix(a.position, b.position, t), glm::normalize(glm::mix(a.normal, b.normal, t)), along};
}

glm::vec3 SurfacePath::directionAt(float along) const {
  if (points.size() < 2) return {0, -1, 0};
  // Over a few samples either side: smooth, and defined at the ends.
  const float h = 2.0f * kPathStep;
  const float a = std::clamp(along - h, 0.0f, length()), b = std::clamp(along + h, 0.0f, length());
  const glm::vec3 d = at(b).position - at(a).position;
  return glm::dot(d, d) > 0.0f ? glm::normalize(d) : glm::vec3(0, -1, 0);
}

ProjectedPath projectPath(const Scene& scene, const content::RollingPath& path) {
  ProjectedPath out;
  int mesh = -1;
  for (std::size_t i = 0; i < scene.meshes.size(); ++i)
    if (scene.meshes[i].name == path.target) mesh = static_cast<int>(i);
  if (mesh < 0) {
    out.error = "rolling path '" + path.id + "': the model has no structure '" + path.target + "'";
    return out;
  }
  std::vector<glm::vec3> control;
  auto add = [&](const content::SurfacePoint& p) {
    auto at = resolvePoint(scene, p);
    if (!at)
      out.error = "rolling path '" + path.id + "': the model has no landmark '" + p.landmark + "'";
    else
      control.push_back(*at);
  };
  add(path.start);
  for (const content::SurfacePoint& v : path.via)
    add(v);
  add(path.end);
  if (!out.error.empty()) return out;

  const MeshSurface surface(scene.meshes[static_cast<std::size_t>(mesh)], true);
  // Press a finely sampled curve onto the surface, then resample the result evenly and press
  // again, so the samples are even and every one lies on the surface.
  float chord = 0.0f;
  for (std::size_t i = 1; i < control.size(); ++i)
    chord += glm::length(control[i] - control[i - 1]);
  const int fine = std::max(8, static_cast<int>(std::ceil(chord / 0.001f)));
  std::vector<PathPoint> pressed;
  pressed.reserve(static_cast<std::size_t>(fine) + 1);
  const auto segments = static_cast<float>(control.size() - 1);
  // Each sample is pressed onto the surface. Where that jumps (over a fold, or where the line
  // first misses the target), a bridge walks along the surface from the last point to the new
  // one in small steps, so the path stays whole.
  constexpr float kJump = 0.003f, kWalkStep = 0.001f, kWalkReach = 0.004f;
  // The side the roller comes from: the way the target faces at the author's points, taken
  // level (a body lies on the roller), or out from the limb's middle where that is unclear.
  glm::vec3 facing(0.0f);
  for (const glm::vec3& c : control) facing += surface.closest(c).normal;
  facing.y = 0.0f;
  const bool facingClear = glm::length(facing) > 0.5f * static_cast<float>(control.size());
  std::optional<LimbCentre> limb; // measured only when the facing is unclear
  if (!facingClear) limb.emplace(scene);
  auto press = [&](const glm::vec3& c) {
    glm::vec3 d = facingClear ? glm::normalize(facing) : glm::vec3(0.0f);
    if (limb) {
      const glm::vec2 outward = glm::vec2(c.x, c.z) - limb->at(c.y);
      if (glm::dot(outward, outward) > 1e-8f) d = glm::normalize(glm::vec3(outward.x, 0.0f, outward.y));
    }
    if (glm::dot(d, d) > 0.0f)
      if (auto hit = surface.firstHit(Ray{c + d * 0.3f, -d})) return *hit;
    return surface.closest(c); // the line misses the target: its nearest point
  };
  for (int i = 0; i <= fine; ++i) {
    const SurfaceHit hit =
        press(catmullRom(control, segments * static_cast<float>(i) / static_cast<float>(fine)));
    if (!pressed.empty()) {
      const glm::vec3 from = pressed.back().position;
      const float gap = glm::length(hit.point - from);
      if (gap > kJump) {
        const int steps = static_cast<int>(std::ceil(gap / kWalkStep));
        for (int k = 1; k < steps; ++k) {
          const glm::vec3 want = glm::mix(from, hit.point, static_cast<float>(k) / static_cast<float>(steps));
          const SurfaceHit step = surface.closestNear(want, pressed.back().position, kWalkReach);
          pressed.push_back({step.point, step.normal, 0.0f});
        }
      }
    }
    pressed.push_back({hit.point, hit.normal, 0.0f});
  }
  measure(pressed);
  SurfacePath result;
  result.mesh = mesh;
  const float length = pressed.back().along;
  const int steps = std::max(2, static_cast<int>(std::round(length / kPathStep)));
  SurfacePath fineCurve;
  fineCurve.points = std::move(pressed);
  std::vector<glm::vec3> even, normals;
  for (int i = 0; i <= steps; ++i) {
    const PathPoint p = fineCurve.at(length * static_cast<float>(i) / static_cast<float>(steps));
    even.push_back(p.position);
    normals.push_back(p.normal);
  }
  // Smooth out the sideways wobble the bumps of the surface give the pressed curve (a person
  // rolls in a smooth line), then press the points back along their smoothed normals, from
  // outside, so a point that smoothing moved into a thin muscle comes back to the same face.
  std::vector<glm::vec3> smoothed = even, smoothedNormals = normals;
  for (int pass = 0; pass < 40; ++pass) {
    for (std::size_t i = 1; i + 1 < even.size(); ++i) {
      smoothed[i] = 0.25f * even[i - 1] + 0.5f * even[i] + 0.25f * even[i + 1];
      smoothedNormals[i] = 0.25f * normals[i - 1] + 0.5f * normals[i] + 0.25f * normals[i + 1];
    }
    even.swap(smoothed);
    normals.swap(smoothedNormals);
  }
  for (std::size_t i = 0; i < even.size(); ++i) {
    const glm::vec3 n = glm::normalize(normals[i]);
    const std::optional<SurfaceHit> back = surface.firstHit(Ray{even[i] + n * 0.02f, -n});
    // The hit must be near the smoothed point: a ray grazing a fold can meet the far side of it.
    const bool near = back && glm::length(back->point - even[i]) < 0.006f;
    const SurfaceHit hit = near ? *back : surface.closestNear(even[i], even[i], 0.006f);
    result.points.push_back({hit.point, hit.normal, 0.0f});
  }
  measure(result.points);
  glm::vec3 mean(0.0f);
  for (const PathPoint& p : result.points) mean += p.normal;
  if (glm::dot(mean, mean) > 0.0f) result.facing = glm::normalize(mean);
  out.path = std::move(result);
  return out;
}

std::vector<int> coveringMeshes(const TriangleBvh& bvh, const SurfacePath& path, std::size_t meshCount) {
  constexpr float kLookFrom = 0.08f;
  std::vector<std::uint8_t> open(meshCount, 1);
  if (path.mesh >= 0 && static_cast<std::size_t>(path.mesh) < meshCount)
    open[static_cast<std::size_t>(path.mesh)] = 0;
  std::vector<int> over;
  for (std::size_t i = 0; i < path.points.size(); i += 3) {
    const PathPoint& p = path.points[i];
    const Ray ray{p.position + p.normal * kLookFrom, -p.normal};
    // Each hit short of the target covers it; take it out and look again for the next layer.
    while (auto hit = bvh.intersect(ray, open)) {
      if (hit->distance >= kLookFrom - 0.0005f) break;
      over.push_back(hit->mesh);
      open[static_cast<std::size_t>(hit->mesh)] = 0;
    }
  }
  std::sort(over.begin(), over.end());
  return over;
}

} // namespace myo::overlay
