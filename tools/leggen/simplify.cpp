// Quadric edge-collapse simplification that keeps a closed mesh closed.
// meshoptimizer 0.18's simplifier does not test the link condition, so on
// thin muscles and tendons it folds the surface into non-manifold edges;
// this one refuses any collapse that would change the topology, fold a
// triangle over or leave one without area.
#include "mesher.hpp"

#include <meshoptimizer.h>

#include <array>
#include <algorithm>
#include <cstring>
#include <functional>

namespace leggen {
namespace {

using glm::dvec3;

// Plane quadric (Garland & Heckbert 1997) with its total weight, so that
// cost / weight is a mean squared distance in m^2.
struct Quadric {
  double a2 = 0, ab = 0, ac = 0, ad = 0, b2 = 0, bc = 0, bd = 0, c2 = 0, cd = 0, d2 = 0, w = 0;
  void addPlane(dvec3 n, double d, double wt) {
    a2 += wt * n.x * n.x; ab += wt * n.x * n.y; ac += wt * n.x * n.z; ad += wt * n.x * d;
    b2 += wt * n.y * n.y; bc += wt * n.y * n.z; bd += wt * n.y * d;
    c2 += wt * n.z * n.z; cd += wt * n.z * d; d2 += wt * d * d; w += wt;
  }
  Quadric& operator+=(const Quadric& q) {
    a2 += q.a2; ab += q.ab; ac += q.ac; ad += q.ad; b2 += q.b2; bc += q.bc; bd += q.bd; c2 += q.c2; cd += q.cd; d2 += q.d2; w += q.w;
    return *this;
  }
  [[nodiscard]] double eval(dvec3 p) const {
    return a2 * p.x * p.x + 2 * ab * p.x * p.y + 2 * ac * p.x * p.z + 2 * ad * p.x + b2 * p.y * p.y + 2 * bc * p.y * p.z +
           2 * bd * p.y + c2 * p.z * p.z + 2 * cd * p.z + d2;
  }
  // Minimiser of the quadric, if well conditioned.
  [[nodiscard]] bool optimum(dvec3& p) const {
    const glm::dmat3 A(a2, ab, ac, ab, b2, bc, ac, bc, c2);
    const double det = glm::determinant(A);
    if (std::abs(det) < 1e-12 * w * w * w) return false;
    p = glm::inverse(A) * dvec3(-ad, -bd, -cd);
    return true;
  }
};

// A collapse waiting in the queue. The heap itself holds only 8-byte keys
// (the cost's bits above the candidate's slot in waiting_): it holds a few
// million, and sifting 32-byte records through it took half the generator's
// time.
struct Candidate {
  std::uint32_t u, v;
  std::uint32_t su, sv;  // stamps of u and v when pushed
  vec3 target;
};

// Non-negative floats order as their bit patterns do.
std::uint64_t heapKey(float cost, std::uint32_t slot) {
  std::uint32_t bits = 0;
  std::memcpy(&bits, &cost, sizeof bits);
  return (static_cast<std::uint64_t>(bits) << 32) | slot;
}

class Collapser {
 public:
  Collapser(Mesh& m, double maxEdge)
      : maxEdge_(maxEdge), m_(m), tri_(m.triangles()), alive_(m.triangles(), 1), off_(m.pos.size() + 1, 0), cnt_(m.pos.size(), 0), q_(m.pos.size()),
        stamp_(m.pos.size(), 0) {
    // Vertex-to-triangle lists in one pool (a few million small vectors
    // would cost more to allocate than the whole simplification).
    for (std::size_t t = 0; t < tri_.size(); ++t) {
      tri_[t] = {m.idx[3 * t], m.idx[3 * t + 1], m.idx[3 * t + 2]};
      for (auto v : tri_[t]) ++off_[v + 1];
    }
    for (std::size_t v = 0; v < m.pos.size(); ++v) off_[v + 1] += off_[v];
    pool_.resize(off_.back());
    for (std::size_t t = 0; t < tri_.size(); ++t)
      for (auto v : tri_[t]) pool_[off_[v] + cnt_[v]++] = static_cast<std::uint32_t>(t);
    for (std::size_t t = 0; t < tri_.size(); ++t) {
      const dvec3 a = m.pos[tri_[t][0]], b = m.pos[tri_[t][1]], c = m.pos[tri_[t][2]];
      const dvec3 n = glm::cross(b - a, c - a);
      const double l = glm::length(n);
      if (l <= 0.0) continue;
      Quadric qq;
      qq.addPlane(n / l, -glm::dot(n / l, a), 0.5 * l);
      for (auto v : tri_[t]) q_[v] += qq;
    }
    live_ = tri_.size();
  }

  void run(std::size_t targetTris, double maxErr2) {
    for (std::size_t t = 0; t < tri_.size(); ++t)
      for (int k = 0; k < 3; ++k)
        if (tri_[t][k] < tri_[t][(k + 1) % 3]) push(tri_[t][k], tri_[t][(k + 1) % 3], false);
    std::make_heap(heap_.begin(), heap_.end(), std::greater<>());
    while (live_ > targetTris && !heap_.empty()) {
      std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
      const std::uint64_t key = heap_.back();
      heap_.pop_back();
      const auto slot = static_cast<std::uint32_t>(key & 0xffffffffu);
      const Candidate c = waiting_[slot];
      free_.push_back(slot);
      if (stamp_[c.u] != c.su || stamp_[c.v] != c.sv) continue;
      float cost = 0.0f;
      const auto bits = static_cast<std::uint32_t>(key >> 32);
      std::memcpy(&cost, &bits, sizeof cost);
      if (cost > maxErr2) break;
      collapse(c.u, c.v, dvec3(c.target));
    }
    // Slivers the error bound left behind: collapse them regardless of cost.
    for (int pass = 0; pass < 4; ++pass) {
      bool any = false;
      for (std::size_t t = 0; t < tri_.size(); ++t) {
        if (!alive_[t] || doubleArea(t) >= kMinDoubleArea * 4) continue;
        std::array<std::pair<double, int>, 3> e;
        for (int k = 0; k < 3; ++k) e[k] = {glm::length(dvec3(m_.pos[tri_[t][k]]) - dvec3(m_.pos[tri_[t][(k + 1) % 3]])), k};
        std::sort(e.begin(), e.end());
        for (const auto& [len, k] : e) {
          const auto u = tri_[t][k], v = tri_[t][(k + 1) % 3];
          if (collapse(u, v, 0.5 * (dvec3(m_.pos[u]) + dvec3(m_.pos[v]))) || collapse(u, v, m_.pos[u]) || collapse(u, v, m_.pos[v])) {
            any = true;
            break;
          }
        }
      }
      if (!any) break;
    }
    m_.idx.clear();
    for (std::size_t t = 0; t < tri_.size(); ++t)
      if (alive_[t]) m_.idx.insert(m_.idx.end(), tri_[t].begin(), tri_[t].end());
  }

 private:
  double doubleArea(std::size_t t) const {
    const dvec3 a = m_.pos[tri_[t][0]], b = m_.pos[tri_[t][1]], c = m_.pos[tri_[t][2]];
    return glm::length(glm::cross(b - a, c - a));
  }

  void push(std::uint32_t u, std::uint32_t v, bool keepHeap = true) {
    if (u > v) std::swap(u, v);
    Quadric q = q_[u];
    q += q_[v];
    const dvec3 pu = m_.pos[u], pv = m_.pos[v], mid = 0.5 * (pu + pv);
    dvec3 best = mid;
    double cost = q.eval(mid);
    dvec3 opt;
    // The optimum only when it stays near the edge: far placements on
    // nearly flat patches are ill-conditioned and make spikes.
    if (q.optimum(opt) && glm::length(opt - mid) < glm::length(pv - pu)) {
      const double c = q.eval(opt);
      if (c < cost) { cost = c; best = opt; }
    }
    for (const dvec3& p : {pu, pv}) {
      const double c = q.eval(p);
      if (c < cost) { cost = c; best = p; }
    }
    cost = std::max(0.0, cost) / std::max(q.w, 1e-30);
    std::uint32_t slot = 0;
    if (free_.empty()) {
      slot = static_cast<std::uint32_t>(waiting_.size());
      waiting_.emplace_back();
    } else {
      slot = free_.back();
      free_.pop_back();
    }
    waiting_[slot] = {u, v, stamp_[u], stamp_[v], vec3(best)};
    heap_.push_back(heapKey(static_cast<float>(cost), slot));
    if (keepHeap) std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
  }

  void liveTris(std::uint32_t v, std::vector<std::uint32_t>& out) {
    out.clear();
    for (std::uint32_t i = 0; i < cnt_[v]; ++i)
      if (alive_[pool_[off_[v] + i]]) out.push_back(pool_[off_[v] + i]);
  }

  void ring(const std::vector<std::uint32_t>& tris, std::uint32_t self, std::vector<std::uint32_t>& out) const {
    out.clear();
    for (auto t : tris)
      for (auto x : tri_[t])
        if (x != self) out.push_back(x);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

  // Moves v onto u at p; false (and nothing changed) when that would break
  // the manifold, fold a triangle or make one degenerate.
  bool collapse(std::uint32_t u, std::uint32_t v, dvec3 p) {
    liveTris(u, tu_);
    liveTris(v, tv_);
    shared_.clear();
    for (auto t : tu_)
      if (std::find(tri_[t].begin(), tri_[t].end(), v) != tri_[t].end()) shared_.push_back(t);
    if (shared_.size() != 2) return false;
    // Link condition: the only common neighbours are the two apexes.
    ring(tu_, u, nu_);
    ring(tv_, v, nv_);
    common_.clear();
    std::set_intersection(nu_.begin(), nu_.end(), nv_.begin(), nv_.end(), std::back_inserter(common_));
    if (common_.size() != 2) return false;
    if (nu_.size() + nv_.size() < 7) return false;  // a tetrahedron would fold flat
    // Geometry of every triangle that survives around u or v.
    for (const auto* list : {&tu_, &tv_})
      for (auto t : *list) {
        if (std::find(shared_.begin(), shared_.end(), t) != shared_.end()) continue;
        std::array<dvec3, 3> before, after;
        for (int k = 0; k < 3; ++k) {
          before[k] = m_.pos[tri_[t][k]];
          after[k] = (tri_[t][k] == u || tri_[t][k] == v) ? p : before[k];
        }
        const dvec3 n0 = glm::cross(before[1] - before[0], before[2] - before[0]);
        const dvec3 n1 = glm::cross(after[1] - after[0], after[2] - after[0]);
        const double l0 = glm::length(n0), l1 = glm::length(n1);
        // No new slivers; marching leaves some, which may stay as they are
        // until a collapse of their own edge removes them.
        if (l1 < kMinDoubleArea * 4 && l1 < l0) return false;
        if (l0 > kMinDoubleArea && glm::dot(n0, n1) < 0.2 * l0 * l1) return false;
        if (maxEdge_ > 0.0)
          for (int k = 0; k < 3; ++k)
            if (glm::length(after[(k + 1) % 3] - after[k]) > maxEdge_) return false;
      }
    for (auto t : shared_) { alive_[t] = 0; --live_; }
    // u's new list: its own live triangles and v's, at the end of the pool.
    const std::size_t start = pool_.size();
    for (auto t : tu_)
      if (alive_[t]) pool_.push_back(t);
    for (auto t : tv_) {
      if (!alive_[t]) continue;
      for (auto& x : tri_[t])
        if (x == v) x = u;
      pool_.push_back(t);
    }
    off_[u] = start;
    cnt_[u] = static_cast<std::uint32_t>(pool_.size() - start);
    cnt_[v] = 0;
    m_.pos[u] = vec3(p);
    q_[u] += q_[v];
    ++stamp_[u];
    ++stamp_[v];
    liveTris(u, tu_);
    ring(tu_, u, nu_);
    for (auto x : nu_) push(u, x);
    return true;
  }

  double maxEdge_;
  Mesh& m_;
  std::vector<std::array<std::uint32_t, 3>> tri_;
  std::vector<char> alive_;
  std::vector<std::size_t> off_;
  std::vector<std::uint32_t> cnt_, pool_;
  std::vector<Quadric> q_;
  std::vector<std::uint32_t> stamp_;
  std::vector<std::uint64_t> heap_;  // a binary min-heap (std::*_heap) of heapKey
  std::vector<Candidate> waiting_;   // the candidates the keys point at
  std::vector<std::uint32_t> free_;  // slots of waiting_ popped and free again
  std::size_t live_ = 0;
  std::vector<std::uint32_t> tu_, tv_, shared_, nu_, nv_, common_;
};

}  // namespace

void simplify(Mesh& m, std::size_t targetTris, float relError, float maxEdge) {
  Box b;
  for (const auto& p : m.pos) b.add(p);
  const double err = relError * static_cast<double>(glm::length(b.hi - b.lo));
  Collapser(m, maxEdge).run(targetTris, err * err);
  // Drop unused vertices and order for the vertex cache.
  std::vector<std::uint32_t> remap(m.pos.size());
  const std::size_t nv = meshopt_optimizeVertexFetchRemap(remap.data(), m.idx.data(), m.idx.size(), m.pos.size());
  std::vector<vec3> pos(nv);
  meshopt_remapVertexBuffer(pos.data(), m.pos.data(), m.pos.size(), sizeof(vec3), remap.data());
  meshopt_remapIndexBuffer(m.idx.data(), m.idx.data(), m.idx.size(), remap.data());
  m.pos.swap(pos);
  meshopt_optimizeVertexCache(m.idx.data(), m.idx.data(), m.idx.size(), m.pos.size());
}

}  // namespace leggen
