#include "core/picking/bvh.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <thread>

namespace myo {
namespace {

constexpr int kBins = 8;
constexpr std::uint32_t kLeafSize = 6;

float area(const Aabb& b) {
  if (b.empty()) return 0.0f;
  glm::vec3 d = b.max - b.min;
  return d.x * d.y + d.y * d.z + d.z * d.x;
}

// Slab test; returns the entry distance or +inf when the ray misses or the box is beyond tMax.
float hitBox(const Aabb& b, const glm::vec3& origin, const glm::vec3& invDir, float tMax) {
  glm::vec3 t0 = (b.min - origin) * invDir, t1 = (b.max - origin) * invDir;
  glm::vec3 lo = glm::min(t0, t1), hi = glm::max(t0, t1);
  float enter = std::max({lo.x, lo.y, lo.z, 0.0f});
  float exit = std::min({hi.x, hi.y, hi.z, tMax});
  return enter <= exit ? enter : std::numeric_limits<float>::infinity();
}

} // namespace

void TriangleBvh::build(const Scene& scene) {
  m_tris.clear();
  m_nodes.clear();
  // First only each triangle's box and where it comes from; the triangles themselves are
  // written once, in leaf order, after the tree is built (less memory to touch).
  struct Source {
    std::int32_t mesh, index;
  };
  BigVector<Source> sources;
  BigVector<BuildItem> items;
  sources.reserve(scene.triangleCount());
  items.reserve(scene.triangleCount());
  for (std::size_t m = 0; m < scene.meshes.size(); ++m) {
    const SceneMesh& mesh = scene.meshes[m];
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
      Aabb b;
      b.add(mesh.vertices[mesh.indices[i]].position);
      b.add(mesh.vertices[mesh.indices[i + 1]].position);
      b.add(mesh.vertices[mesh.indices[i + 2]].position);
      items.push_back({b, b.center(), static_cast<std::uint32_t>(sources.size())});
      sources.push_back({static_cast<std::int32_t>(m), static_cast<std::int32_t>(i / 3)});
    }
  }
  if (items.empty()) return;
  Node root{Aabb{}, 0, static_cast<std::uint32_t>(items.size())};
  std::vector<Aabb> centres(1);
  for (const BuildItem& it : items) {
    root.box.add(it.box);
    centres[0].add(it.centroid);
  }
  m_nodes.reserve(2 * items.size() / kLeafSize + 1);
  m_nodes.push_back(root);
  subdivide(m_nodes, centres, items, true);
  if (m_nodes.size() == 3) {
    // The two halves hold separate ranges of `items`: build them at once, on two cores.
    BigVector<Node> left{m_nodes[1]}, right{m_nodes[2]};
    std::vector<Aabb> leftCentres{centres[1]}, rightCentres{centres[2]};
    left.reserve(m_nodes.capacity() / 2);
    right.reserve(m_nodes.capacity() / 2);
    std::thread worker([&] { subdivide(left, leftCentres, items, false); });
    subdivide(right, rightCentres, items, false);
    worker.join();
    // Root, the two half roots, then the rest of each half; a child pair stays adjacent.
    const auto leftRest = std::uint32_t{3};
    const auto rightRest = static_cast<std::uint32_t>(3 + left.size() - 1);
    m_nodes.resize(3 + (left.size() - 1) + (right.size() - 1));
    auto place = [&](const BigVector<Node>& half, std::uint32_t at, std::uint32_t rest) {
      auto where = [&](std::uint32_t k) { return k == 0 ? at : rest + k - 1; };
      for (std::uint32_t k = 0; k < half.size(); ++k) {
        Node n = half[k];
        if (n.count == 0) n.first = where(n.first);
        m_nodes[where(k)] = n;
      }
    };
    place(left, 1, leftRest);
    place(right, 2, rightRest);
  }
  // Triangles in leaf order, so a leaf's triangles are contiguous in memory.
  m_tris.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Source& from = sources[items[i].tri];
    const SceneMesh& mesh = scene.meshes[static_cast<std::size_t>(from.mesh)];
    const auto k = static_cast<std::size_t>(from.index) * 3;
    const glm::vec3 a = mesh.vertices[mesh.indices[k]].position;
    m_tris[i] = {a, mesh.vertices[mesh.indices[k + 1]].position - a, mesh.vertices[mesh.indices[k + 2]].position - a,
                 from.mesh, from.index};
  }
}

void TriangleBvh::subdivide(BigVector<Node>& nodes, std::vector<Aabb>& centres, BigVector<BuildItem>& items,
                             bool rootOnly) {
  // nodes[0] is the root of the part to build, with its box and (in `centres`) the box of its
  // triangles' centres; a child's come from its parent's bins, which saves a pass over the
  // triangles at every level. Iterative, so deep trees cannot overflow the stack.
  std::vector<std::uint32_t> stack{0};
  while (!stack.empty()) {
    std::uint32_t ni = stack.back();
    stack.pop_back();
    const Aabb centroidBox = centres[ni];
    const Aabb nodeBox = nodes[ni].box;
    const std::uint32_t first = nodes[ni].first, count = nodes[ni].count;
    if (count <= kLeafSize) continue;

    // Binned SAH on the axis along which the centres spread most: a third of the work, and on
    // long thin shapes like limbs it is nearly always the axis the full search would pick.
    glm::vec3 spread = centroidBox.max - centroidBox.min;
    int axis = spread.x > spread.y ? (spread.x > spread.z ? 0 : 2) : (spread.y > spread.z ? 1 : 2);
    float lo = centroidBox.min[axis], hi = centroidBox.max[axis];
    if (hi - lo < 1e-9f) continue;
    const float scale = kBins / (hi - lo);
    auto binOf = [&](const BuildItem& it) {
      return static_cast<std::size_t>(std::clamp(static_cast<int>((it.centroid[axis] - lo) * scale), 0, kBins - 1));
    };
    std::array<Aabb, kBins> boxes{}, binCentres{};
    std::array<std::uint32_t, kBins> counts{};
    for (std::uint32_t i = first; i < first + count; ++i) {
      const std::size_t b = binOf(items[i]);
      ++counts[b];
      boxes[b].add(items[i].box);
      binCentres[b].add(items[i].centroid);
    }
    std::array<float, kBins - 1> leftArea{}, rightArea{};
    std::array<std::uint32_t, kBins - 1> leftCount{}, rightCount{};
    Aabb l, r;
    std::uint32_t lc = 0, rc = 0;
    for (int i = 0; i < kBins - 1; ++i) {
      auto ui = static_cast<std::size_t>(i), uj = static_cast<std::size_t>(kBins - 1 - i);
      lc += counts[ui];
      l.add(boxes[ui]);
      leftCount[ui] = lc;
      leftArea[ui] = area(l);
      rc += counts[uj];
      r.add(boxes[uj]);
      rightCount[uj - 1] = rc;
      rightArea[uj - 1] = area(r);
    }
    float bestCost = std::numeric_limits<float>::max();
    int bestBin = -1; // the last bin on the left
    for (std::size_t i = 0; i < kBins - 1; ++i) {
      float cost = static_cast<float>(leftCount[i]) * leftArea[i] + static_cast<float>(rightCount[i]) * rightArea[i];
      if (leftCount[i] > 0 && rightCount[i] > 0 && cost < bestCost) {
        bestCost = cost;
        bestBin = static_cast<int>(i);
      }
    }
    if (bestBin < 0 || bestCost >= area(nodeBox) * static_cast<float>(count)) continue; // a leaf is cheaper

    // Split by the same bin index the costs were counted with, so the children's boxes, taken
    // from the bins, hold exactly their triangles.
    auto mid = std::partition(items.begin() + first, items.begin() + first + count,
                              [&](const BuildItem& it) { return static_cast<int>(binOf(it)) <= bestBin; });
    auto leftFinal = static_cast<std::uint32_t>(mid - (items.begin() + first));
    Aabb leftBox, rightBox, leftCentres, rightCentres;
    for (std::size_t b = 0; b < kBins; ++b) {
      (static_cast<int>(b) <= bestBin ? leftBox : rightBox).add(boxes[b]);
      (static_cast<int>(b) <= bestBin ? leftCentres : rightCentres).add(binCentres[b]);
    }
    auto left = static_cast<std::uint32_t>(nodes.size());
    nodes[ni].first = left;
    nodes[ni].count = 0;
    nodes.push_back({leftBox, first, leftFinal});
    nodes.push_back({rightBox, first + leftFinal, count - leftFinal});
    centres.push_back(leftCentres);
    centres.push_back(rightCentres);
    if (rootOnly) break;
    stack.push_back(left);
    stack.push_back(left + 1);
  }
}

void TriangleBvh::refit(const Scene& scene, const JointPalette& palette) {
  m_posed.resize(scene.meshes.size());
  for (std::size_t m = 0; m < scene.meshes.size(); ++m) {
    const SceneMesh& mesh = scene.meshes[m];
    m_posed[m].resize(mesh.vertices.size());
    for (std::size_t i = 0; i < mesh.vertices.size(); ++i) m_posed[m][i] = posedPosition(mesh.vertices[i], palette);
  }
  for (Triangle& t : m_tris) {
    const SceneMesh& mesh = scene.meshes[static_cast<std::size_t>(t.mesh)];
    const std::vector<glm::vec3>& posed = m_posed[static_cast<std::size_t>(t.mesh)];
    const auto i = static_cast<std::size_t>(t.index) * 3;
    const glm::vec3 a = posed[mesh.indices[i]], b = posed[mesh.indices[i + 1]], c = posed[mesh.indices[i + 2]];
    t.v0 = a;
    t.e1 = b - a;
    t.e2 = c - a;
  }
  // Children always come after their parent, so one pass from the back fits every box.
  for (std::size_t n = m_nodes.size(); n-- > 0;) {
    Node& node = m_nodes[n];
    Aabb box;
    if (node.count > 0) {
      for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
        box.add(m_tris[i].v0);
        box.add(m_tris[i].v0 + m_tris[i].e1);
        box.add(m_tris[i].v0 + m_tris[i].e2);
      }
    } else {
      box.add(m_nodes[node.first].box);
      box.add(m_nodes[node.first + 1].box);
    }
    node.box = box;
  }
}

std::optional<PickHit> TriangleBvh::intersect(const Ray& ray, std::span<const std::uint8_t> pickable) const {
  if (m_nodes.empty()) return std::nullopt;
  glm::vec3 invDir = 1.0f / ray.direction;
  float best = std::numeric_limits<float>::infinity();
  const Triangle* bestTri = nullptr;
  std::uint32_t stack[128];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& node = m_nodes[stack[--top]];
    if (hitBox(node.box, ray.origin, invDir, best) == std::numeric_limits<float>::infinity()) continue;
    if (node.count > 0) {
      for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
        const Triangle& t = m_tris[i];
        if (!pickable.empty() && !pickable[static_cast<std::size_t>(t.mesh)]) continue;
        // Moller-Trumbore, both faces: open meshes from other tools count as solid.
        glm::vec3 p = glm::cross(ray.direction, t.e2);
        float det = glm::dot(t.e1, p);
        if (std::abs(det) < 1e-12f) continue;
        float inv = 1.0f / det;
        glm::vec3 s = ray.origin - t.v0;
        float u = glm::dot(s, p) * inv;
        if (u < 0.0f || u > 1.0f) continue;
        glm::vec3 q = glm::cross(s, t.e1);
        float v = glm::dot(ray.direction, q) * inv;
        if (v < 0.0f || u + v > 1.0f) continue;
        float d = glm::dot(t.e2, q) * inv;
        if (d > 0.0f && d < best) {
          best = d;
          bestTri = &t;
        }
      }
      continue;
    }
    // Visit the nearer child first so `best` shrinks early and prunes more.
    std::uint32_t a = node.first, b = node.first + 1;
    float da = hitBox(m_nodes[a].box, ray.origin, invDir, best);
    float db = hitBox(m_nodes[b].box, ray.origin, invDir, best);
    if (da > db) std::swap(a, b), std::swap(da, db);
    if (top + 2 > 128) continue; // SAH trees on real models are ~40 deep; never overflow
    if (db != std::numeric_limits<float>::infinity()) stack[top++] = b;
    if (da != std::numeric_limits<float>::infinity()) stack[top++] = a;
  }
  if (!bestTri) return std::nullopt;
  return PickHit{bestTri->mesh, bestTri->index, best, ray.origin + ray.direction * best};
}

} // namespace myo
