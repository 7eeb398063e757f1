#pragma once
// Picking on the CPU: a bounding volume hierarchy over every triangle of the scene, so a click
// finds its structure without a GL read-back, and tests can pick without a display.
#include "core/camera/orbit_camera.h"
#include "core/scene/scene.h"
#include "core/util/big_pages.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace myo {

struct PickHit {
  int mesh = -1;      ///< index into Scene::meshes
  int triangle = -1;  ///< triangle index within that mesh
  float distance = 0; ///< along the ray, metres
  glm::vec3 point{0.0f};
};

class TriangleBvh {
public:
  /// Builds over all meshes of `scene` (binned surface-area heuristic).
  void build(const Scene& scene);
  /// Nearest hit along `ray`. `pickable`, if not empty, has one flag per mesh; meshes flagged 0
  /// (hidden, or see-through skin) are passed through.
  [[nodiscard]] std::optional<PickHit> intersect(const Ray& ray, std::span<const std::uint8_t> pickable = {}) const;

  /// Moves the triangles to the scene posed by `palette` (see posedPosition) and refits the
  /// boxes, keeping the tree: picks then hit what is drawn while a stretch poses the leg. An
  /// identity palette gives back the standing scene. The scene must be the one built over.
  void refit(const Scene& scene, const JointPalette& palette);

  [[nodiscard]] std::size_t triangleCount() const { return m_tris.size(); }
  [[nodiscard]] std::size_t nodeCount() const { return m_nodes.size(); }

private:
  struct Triangle {
    glm::vec3 v0, e1, e2; // a vertex and two edges: what the intersection test needs
    std::int32_t mesh, index;
  };
  struct Node {
    Aabb box;
    std::uint32_t first = 0; // first triangle for a leaf, else index of the left child
    std::uint32_t count = 0; // triangles in a leaf; 0 for an inner node
  };
  struct BuildItem { // per triangle while building: its box and centre, kept together for the cache
    Aabb box;
    glm::vec3 centroid;
    std::uint32_t tri;
  };
  static void subdivide(BigVector<Node>& nodes, std::vector<Aabb>& centres, BigVector<BuildItem>& items,
                        bool rootOnly);

  BigVector<Node> m_nodes;
  BigVector<Triangle> m_tris;
  std::vector<std::vector<glm::vec3>> m_posed; // per mesh, reused by refit
};

} // namespace myo
