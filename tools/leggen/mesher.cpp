#include "mesher.hpp"

#include <meshoptimizer.h>

#include <array>
#include <atomic>
#include <thread>
#include <unordered_map>

namespace leggen {
namespace {

struct Grid {
  vec3 origin{};
  float h = 0.0f;
  int nx = 0, ny = 0, nz = 0;  // sample counts
  std::vector<float> v;
  [[nodiscard]] std::size_t at(int i, int j, int k) const {
    return (static_cast<std::size_t>(k) * ny + j) * nx + i;
  }
  [[nodiscard]] vec3 point(int i, int j, int k) const { return origin + h * vec3(i, j, k); }
};

constexpr int kBlock = 4;

// Fills the grid, evaluating f exactly only in blocks the surface may cross:
// the fields are 1-Lipschitz (or close), so a block whose centre is farther
// from the surface than its half-diagonal lies entirely on one side.
Grid sample(const Field& f, const Box& box, float h) {
  Grid g;
  g.h = h;
  const float pad = 2.0f * h;
  g.origin = box.lo - vec3(pad);
  const vec3 ext = box.hi - box.lo + vec3(2.0f * pad);
  g.nx = static_cast<int>(std::ceil(ext.x / h)) + 1;
  g.ny = static_cast<int>(std::ceil(ext.y / h)) + 1;
  g.nz = static_cast<int>(std::ceil(ext.z / h)) + 1;
  g.v.assign(static_cast<std::size_t>(g.nx) * g.ny * g.nz, 0.0f);
  const int bx = (g.nx + kBlock - 1) / kBlock, by = (g.ny + kBlock - 1) / kBlock, bz = (g.nz + kBlock - 1) / kBlock;
  const float half = 0.5f * kBlock * h * std::sqrt(3.0f);
  parallelFor(bz, [&](int kb) {
    for (int jb = 0; jb < by; ++jb)
      for (int ib = 0; ib < bx; ++ib) {
        const int i0 = ib * kBlock, j0 = jb * kBlock, k0 = kb * kBlock;
        const int i1 = std::min(i0 + kBlock, g.nx), j1 = std::min(j0 + kBlock, g.ny), k1 = std::min(k0 + kBlock, g.nz);
        const vec3 c = g.point(i0, j0, k0) + vec3(0.5f * kBlock * h);
        const float dc = f(c);
        const bool uniform = std::abs(dc) > half + 1.5f * h;
        for (int k = k0; k < k1; ++k)
          for (int j = j0; j < j1; ++j)
            for (int i = i0; i < i1; ++i) {
              float val = uniform ? (dc > 0.0f ? dc - half : dc + half) : f(g.point(i, j, k));
              // Keeps vertices off grid points, so no triangle collapses to
              // a point; shifts the surface by at most 2% of a cell.
              if (std::abs(val) < 0.02f * h) val = val < 0.0f ? -0.02f * h : 0.02f * h;
              g.v[g.at(i, j, k)] = val;
            }
      }
  });
  // The padding ring must be outside for a closed surface.
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i)
        if (i == 0 || j == 0 || k == 0 || i == g.nx - 1 || j == g.ny - 1 || k == g.nz - 1)
          g.v[g.at(i, j, k)] = std::max(g.v[g.at(i, j, k)], 1e-4f);
  return g;
}

// Kuhn subdivision of the cube into six tetrahedra along the 0-7 diagonal;
// every cube uses the same split, so faces of neighbouring cubes match.
constexpr std::array<std::array<int, 4>, 6> kTets{{{0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7}}};

}  // namespace

void parallelFor(int n, const std::function<void(int)>& body) {
  const int threads = std::max(1, std::min(static_cast<int>(std::thread::hardware_concurrency()), 8));
  std::atomic<int> next{0};
  auto worker = [&] {
    for (int i = next++; i < n; i = next++) body(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

double sampledVolume(const Field& f, const Box& box, float h) {
  const Grid g = sample(f, box, h);
  std::size_t inside = 0;
  for (float v : g.v) inside += v < 0.0f ? 1 : 0;
  return static_cast<double>(inside) * h * h * h;
}

// A web of tissue about one sample thick, where two carving neighbours nearly meet, comes out
// of the grid pierced: a sample outside with its neighbours inside on both sides along two
// axes. Each such pinhole is a tunnel through the mesh (the model test counts them); one
// sample's width is under the meshing resolution, so they are closed. Repeated, so a pinhole
// two samples across closes from its rim inwards.
void closePinholes(Grid& g) {
  const float inside = -0.02f * g.h;
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::size_t> fill;
    for (int k = 1; k + 1 < g.nz; ++k)
      for (int j = 1; j + 1 < g.ny; ++j)
        for (int i = 1; i + 1 < g.nx; ++i) {
          const std::size_t c = g.at(i, j, k);
          if (g.v[c] < 0.0f) continue;
          const bool x = g.v[g.at(i - 1, j, k)] < 0.0f && g.v[g.at(i + 1, j, k)] < 0.0f;
          const bool y = g.v[g.at(i, j - 1, k)] < 0.0f && g.v[g.at(i, j + 1, k)] < 0.0f;
          const bool z = g.v[g.at(i, j, k - 1)] < 0.0f && g.v[g.at(i, j, k + 1)] < 0.0f;
          if (int(x) + int(y) + int(z) >= 2) fill.push_back(c);
        }
    if (fill.empty()) break;
    for (std::size_t c : fill) g.v[c] = inside;
  }
}

Mesh polygonize(const Field& f, const Box& box, float h, bool closeHoles) {
  Grid g = sample(f, box, h);
  if (closeHoles) closePinholes(g);
  Mesh m;
  std::unordered_map<std::uint64_t, std::uint32_t> edgeVertex;
  edgeVertex.reserve(1 << 16);
  auto vertexOn = [&](std::size_t a, std::size_t b, vec3 pa, vec3 pb, float fa, float fb) {
    if (a > b) { std::swap(a, b); std::swap(pa, pb); std::swap(fa, fb); }
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
    const auto it = edgeVertex.find(key);
    if (it != edgeVertex.end()) return it->second;
    const float t = std::clamp(fa / (fa - fb), 0.0f, 1.0f);
    const auto id = static_cast<std::uint32_t>(m.pos.size());
    m.pos.push_back(pa + t * (pb - pa));
    edgeVertex.emplace(key, id);
    return id;
  };
  // Orientation is decided on the edge midpoints, not the interpolated
  // vertices: those can coincide, and a zero-area triangle has no normal to
  // orient by. Vertices slide along their own edges, so both agree.
  auto emit = [&](std::array<std::uint32_t, 3> v, std::array<vec3, 3> mid, vec3 outward) {
    const vec3 n = glm::cross(mid[1] - mid[0], mid[2] - mid[0]);
    if (glm::dot(n, outward) < 0.0f) std::swap(v[1], v[2]);
    m.idx.insert(m.idx.end(), v.begin(), v.end());
  };
  for (int k = 0; k + 1 < g.nz; ++k)
    for (int j = 0; j + 1 < g.ny; ++j)
      for (int i = 0; i + 1 < g.nx; ++i) {
        std::array<std::size_t, 8> id{};
        std::array<float, 8> val{};
        int neg = 0;
        for (int c = 0; c < 8; ++c) {
          id[c] = g.at(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
          val[c] = g.v[id[c]];
          neg += val[c] < 0.0f ? 1 : 0;
        }
        if (neg == 0 || neg == 8) continue;
        auto P = [&](int c) { return g.point(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1)); };
        for (const auto& t : kTets) {
          std::array<int, 4> in{}, out{};
          int ni = 0, no = 0;
          for (int c : t) (val[c] < 0.0f ? in[ni++] : out[no++]) = c;
          if (ni == 0 || no == 0) continue;
          vec3 ci(0.0f), co(0.0f);
          for (int q = 0; q < ni; ++q) ci += P(in[q]);
          for (int q = 0; q < no; ++q) co += P(out[q]);
          const vec3 outward = co / float(no) - ci / float(ni);
          auto V = [&](int a, int b) { return vertexOn(id[a], id[b], P(a), P(b), val[a], val[b]); };
          auto M = [&](int a, int b) { return 0.5f * (P(a) + P(b)); };
          if (ni == 1) {
            emit({V(in[0], out[0]), V(in[0], out[1]), V(in[0], out[2])}, {M(in[0], out[0]), M(in[0], out[1]), M(in[0], out[2])}, outward);
          } else if (no == 1) {
            emit({V(in[0], out[0]), V(in[1], out[0]), V(in[2], out[0])}, {M(in[0], out[0]), M(in[1], out[0]), M(in[2], out[0])}, outward);
          } else {
            const auto a = V(in[0], out[0]), b = V(in[0], out[1]), c = V(in[1], out[1]), d = V(in[1], out[0]);
            const vec3 ma = M(in[0], out[0]), mb = M(in[0], out[1]), mc = M(in[1], out[1]), md = M(in[1], out[0]);
            emit({a, b, c}, {ma, mb, mc}, outward);
            emit({a, c, d}, {ma, mc, md}, outward);
          }
        }
      }
  return m;
}

void gradientNormals(Mesh& m, const Field& f, float eps) {
  m.nrm.assign(m.pos.size(), vec3(0.0f));
  parallelFor(static_cast<int>((m.pos.size() + 255) / 256), [&](int blk) {
    const std::size_t end = std::min(m.pos.size(), static_cast<std::size_t>(blk + 1) * 256);
    for (std::size_t i = static_cast<std::size_t>(blk) * 256; i < end; ++i) {
      const vec3 p = m.pos[i];
      vec3 g(f(p + vec3(eps, 0, 0)) - f(p - vec3(eps, 0, 0)), f(p + vec3(0, eps, 0)) - f(p - vec3(0, eps, 0)),
             f(p + vec3(0, 0, eps)) - f(p - vec3(0, 0, eps)));
      const float l = glm::length(g);
      m.nrm[i] = l > 1e-12f ? g / l : vec3(0, 1, 0);
    }
  });
  // Where the field's gradient vanishes (creases of max/min), fall back to
  // the area-weighted face normal so no normal points inward.
  std::vector<vec3> face(m.pos.size(), vec3(0.0f));
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    const auto a = m.idx[t], b = m.idx[t + 1], c = m.idx[t + 2];
    const vec3 n = glm::cross(m.pos[b] - m.pos[a], m.pos[c] - m.pos[a]);
    face[a] += n; face[b] += n; face[c] += n;
  }
  for (std::size_t i = 0; i < m.pos.size(); ++i) {
    const float l = glm::length(face[i]);
    if (l < 1e-14f) continue;
    const vec3 fn = face[i] / l;
    if (glm::dot(fn, m.nrm[i]) < 0.3f) m.nrm[i] = glm::normalize(fn + m.nrm[i] * std::max(0.0f, glm::dot(fn, m.nrm[i])));
  }
}

namespace {
// Each triangle's piece (a root vertex, by union-find over the triangles) and each piece's
// enclosed volume.
struct Pieces {
  std::vector<std::uint32_t> ofTriangle;
  std::unordered_map<std::uint32_t, double> volume;
};
Pieces pieces(const Mesh& m) {
  std::vector<std::uint32_t> parent(m.pos.size());
  for (std::uint32_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t t = 0; t < m.idx.size(); t += 3)
    for (int k = 1; k < 3; ++k) {
      const auto a = find(m.idx[t]), b = find(m.idx[t + k]);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  Pieces p;
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    const glm::dvec3 a = m.pos[m.idx[t]], b = m.pos[m.idx[t + 1]], c = m.pos[m.idx[t + 2]];
    p.ofTriangle.push_back(find(m.idx[t]));
    p.volume[p.ofTriangle.back()] += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return p;
}

// Keeps the triangles whose piece `keep` accepts.
template <class Keep>
void keepTriangles(Mesh& m, const Pieces& p, Keep keep) {
  std::vector<std::uint32_t> kept;
  for (std::size_t t = 0; t < m.idx.size(); t += 3)
    if (keep(p.ofTriangle[t / 3]))
      kept.insert(kept.end(), m.idx.begin() + static_cast<std::ptrdiff_t>(t), m.idx.begin() + static_cast<std::ptrdiff_t>(t) + 3);
  m.idx.swap(kept);
}
} // namespace

void keepLargestPiece(Mesh& m) {
  const Pieces p = pieces(m);
  std::uint32_t best = 0;
  double bv = -1e30;
  for (const auto& [root, v] : p.volume)
    if (v > bv || (v == bv && root < best)) { bv = v; best = root; }
  keepTriangles(m, p, [&](std::uint32_t root) { return root == best; });
}

void dropFragments(Mesh& m, double minVolume) {
  const Pieces p = pieces(m);
  keepTriangles(m, p, [&](std::uint32_t root) { return p.volume.at(root) >= minVolume; });
}

void dropFlakes(Mesh& m, double minVolume, const std::vector<vec3>& keepNear, float radius, float reach) {
  const Pieces p = pieces(m);
  std::uint32_t largest = 0;
  double most = -1e30;
  for (const auto& [root, v] : p.volume)
    if (v > most || (v == most && root < largest)) { most = v; largest = root; }
  // The attachments the largest piece does not reach by itself.
  std::vector<float> reached(keepNear.size(), 1e9f);
  for (std::size_t t = 0; t < m.idx.size(); t += 3)
    if (p.ofTriangle[t / 3] == largest)
      for (int k = 0; k < 3; ++k)
        for (std::size_t a = 0; a < keepNear.size(); ++a) reached[a] = std::min(reached[a], glm::distance(m.pos[m.idx[t + k]], keepNear[a]));
  std::unordered_map<std::uint32_t, bool> near;
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    bool& n = near[p.ofTriangle[t / 3]];
    for (int k = 0; k < 3 && !n; ++k)
      for (std::size_t a = 0; a < keepNear.size(); ++a)
        if (reached[a] > reach && glm::distance(m.pos[m.idx[t + k]], keepNear[a]) <= radius) { n = true; break; }
  }
  keepTriangles(m, p, [&](std::uint32_t root) { return p.volume.at(root) >= minVolume || near[root]; });
}

Defects defects(const Mesh& m) {
  Defects d;
  std::unordered_map<std::uint64_t, int> edges;
  edges.reserve(m.idx.size() * 2);
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    for (int k = 0; k < 3; ++k)
      ++edges[(static_cast<std::uint64_t>(m.idx[t + k]) << 32) | m.idx[t + (k + 1) % 3]];
    const vec3 a = m.pos[m.idx[t]], b = m.pos[m.idx[t + 1]], c = m.pos[m.idx[t + 2]];
    if (glm::length(glm::cross(glm::dvec3(b - a), glm::dvec3(c - a))) < kMinDoubleArea) ++d.degenerate;
  }
  for (const auto& [key, n] : edges) {
    const auto it = edges.find((key << 32) | (key >> 32));
    if (n != 1 || it == edges.end() || it->second != 1) ++d.badEdges;
  }
  return d;
}

double meshVolume(const Mesh& m) {
  double v = 0.0;
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    const glm::dvec3 a = m.pos[m.idx[t]], b = m.pos[m.idx[t + 1]], c = m.pos[m.idx[t + 2]];
    v += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return v;
}

}  // namespace leggen
