#pragma once
// A rolling path laid on the surface of its target structure: the content gives a few points
// near the surface (landmarks with offsets); the path runs smoothly through them and is then
// pressed onto the target mesh, so the ribbon and the roller sit on the muscle itself.
#include "core/content/content.h"
#include "core/picking/bvh.h"
#include "core/scene/scene.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace myo::overlay {

/// The nearest point of a mesh's surface to a point, with the surface's smooth normal there.
struct SurfaceHit {
  glm::vec3 point{0.0f};
  glm::vec3 normal{0.0f, 1.0f, 0.0f};
  float distance = 0.0f;
};
[[nodiscard]] SurfaceHit closestOnMesh(const SceneMesh& mesh, const glm::vec3& p);

/// Many nearest-point queries on one mesh: its triangles get bounding spheres once, so most
/// are rejected with one compare. Keeps a reference to `mesh`.
class MeshSurface {
public:
  /// With `largestPieceOnly`, only the mesh's largest connected piece counts (a rolling path
  /// keeps to the muscle's body, not to stray fragments of it).
  explicit MeshSurface(const SceneMesh& mesh, bool largestPieceOnly = false);
  [[nodiscard]] SurfaceHit closest(const glm::vec3& p) const;
  /// The nearest point among the triangles within `reach` of `near` (a point on the surface):
  /// a walk along the surface in small steps stays on the side it started on.
  [[nodiscard]] SurfaceHit closestNear(const glm::vec3& p, const glm::vec3& near, float reach) const;
  /// The first point where `ray` meets the surface, if it does.
  [[nodiscard]] std::optional<SurfaceHit> firstHit(const Ray& ray) const;

private:
  struct Sphere {
    glm::vec3 centre;
    float radius;
    std::uint32_t first; ///< the triangle's first index in the mesh
  };
  [[nodiscard]] const Vertex& vertex(std::size_t index) const { return m_mesh.vertices[m_mesh.indices[index]]; }
  [[nodiscard]] SurfaceHit hitAt(std::size_t firstIndex, const glm::vec3& barycentric, float distance) const;
  const SceneMesh& m_mesh;
  std::vector<Sphere> m_spheres;
};

struct PathPoint {
  glm::vec3 position{0.0f}; ///< on the target's surface
  glm::vec3 normal{0.0f};   ///< the surface's outward normal
  float along = 0.0f;       ///< metres from the start, measured along the path
};

/// A path on a surface, sampled evenly (about every `kPathStep` metres).
struct SurfacePath {
  int mesh = -1; ///< the target's scene mesh
  std::vector<PathPoint> points;
  glm::vec3 facing{1.0f, 0.0f, 0.0f}; ///< the way the whole path faces: its mean surface normal
  [[nodiscard]] float length() const { return points.empty() ? 0.0f : points.back().along; }
  /// Position, normal and direction of travel at `along` metres from the start (clamped).
  [[nodiscard]] PathPoint at(float along) const;
  [[nodiscard]] glm::vec3 directionAt(float along) const;
};
inline constexpr float kPathStep = 0.004f;

/// Lays `path` on its target, on the side a roller reaches: each point of the author's curve
/// is pressed onto the target along a line from outside the limb toward its middle (the
/// limb's centre at that height), so a path over a muscle wrapped round the bone stays on its
/// outer face. Fails with a message naming the path when the model lacks the
/// target or a landmark.
struct ProjectedPath {
  std::optional<SurfacePath> path;
  std::string error;
};
[[nodiscard]] ProjectedPath projectPath(const Scene& scene, const content::RollingPath& path);

/// The meshes over the target somewhere along the path (the IT band over vastus lateralis, the
/// skin): what the roller presses through, and what the peel opens around it. Found by looking
/// down the surface normal from 8 cm out.
[[nodiscard]] std::vector<int> coveringMeshes(const TriangleBvh& bvh, const SurfacePath& path, std::size_t meshCount);

} // namespace myo::overlay
