// Implicit surface to triangle mesh: sparse sampling on a local grid,
// marching tetrahedra, meshoptimizer simplification, gradient normals.
#pragma once

#include "sdf.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace leggen {

struct Mesh {
  std::vector<vec3> pos;
  std::vector<vec3> nrm;
  std::vector<glm::vec4> tan;  // muscles: xyz unit fibre direction, w = 1
  std::vector<float> tendon;   // muscles: 0 in the belly, 1 in the tendon
  std::vector<float> lines;    // muscles: phase of the fibre lines (radians)
  std::vector<glm::u16vec4> joints;
  std::vector<glm::vec4> weights;
  std::vector<std::uint32_t> idx;
  [[nodiscard]] std::size_t triangles() const { return idx.size() / 3; }
};

using Field = std::function<float(vec3)>;

// Samples field f on a grid of spacing h covering box (padded so the surface
// is closed) and extracts the zero set, outward-oriented (f < 0 inside).
// With closeHoles, pinholes one or two samples across are filled first (see mesher.cpp).
Mesh polygonize(const Field& f, const Box& box, float h, bool closeHoles = false);

// Volume of the region f < 0 by counting grid samples (for calibration).
double sampledVolume(const Field& f, const Box& box, float h);

// Simplifies to at most targetTris triangles within a relative error bound,
// then drops unused vertices and degenerate triangles. With maxEdge > 0 no
// collapse makes an edge longer than that (metres).
void simplify(Mesh& m, std::size_t targetTris, float relError, float maxEdge = 0.0f);

// Keeps only the connected piece with the largest enclosed volume (drops
// pockets and shells the field leaves inside an envelope).
void keepLargestPiece(Mesh& m);

// Drops the pieces whose enclosed volume is under `minVolume` (m^3): the crumbs carving
// against neighbours leaves floating beside a muscle. Small attachment tendons cut off from
// their belly are larger than this and stay.
void dropFragments(Mesh& m, double minVolume);
// The same, but a piece with a vertex within `radius` of one of `keepNear` stays (a stub of an
// attachment tendon cut off from its belly still marks where the muscle attaches), unless the
// largest piece has a vertex within `reach` of that point itself: then the stub only floats
// beside the muscle.
void dropFlakes(Mesh& m, double minVolume, const std::vector<vec3>& keepNear, float radius, float reach);

// Unit normals from the central-difference gradient of f.
void gradientNormals(Mesh& m, const Field& f, float eps);

// Topological and geometric defects: directed edges not matched by exactly
// one reverse edge (open or non-manifold), and triangles of (near) zero area.
// Twice a triangle's area (m^2) below which it counts as degenerate: the
// tests allow 1e-12; the margin covers float rounding when lifted to the floor.
inline constexpr double kMinDoubleArea = 1e-10;

struct Defects {
  std::size_t badEdges = 0, degenerate = 0;
  [[nodiscard]] bool none() const { return badEdges == 0 && degenerate == 0; }
};
Defects defects(const Mesh& m);

// Signed volume by the divergence theorem (positive for outward triangles).
double meshVolume(const Mesh& m);

// Runs body(i) for i in [0, n) on the machine's cores; results must be
// written to disjoint slots so the output does not depend on scheduling.
void parallelFor(int n, const std::function<void(int)>& body);

}  // namespace leggen
