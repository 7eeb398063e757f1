#pragma once
// The scene as the core sees it: plain meshes in model space, one per anatomical structure,
// with materials and named landmarks. Filled by the io layer, drawn by the render layer.
#include "core/scene/aabb.h"

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>
#include <glm/gtc/type_precision.hpp>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace myo {

struct Vertex {
  glm::vec3 position{0.0f}; ///< model space, metres
  glm::vec3 normal{0.0f, 1.0f, 0.0f};
  glm::vec4 fibre{0.0f};    ///< muscle fibre direction in xyz; w = 1 where the mesh has one, else 0
  glm::u8vec4 joints{0};    ///< up to four Scene::joints that move this vertex
  glm::vec4 weights{0.0f};  ///< their weights, summing to 1; all 0 for a rigid, unskinned vertex
  float tendon = 0.0f;      ///< muscles: 0 in the belly, 1 where the muscle has become tendon
  float fibreLines = 0.0f;  ///< muscles: phase of the fibre lines (radians), constant along a fibre
};

struct Material {
  std::string name;
  glm::vec4 baseColor{0.8f, 0.8f, 0.8f, 1.0f}; ///< linear RGB, alpha < 1 is drawn translucent
  float roughness = 0.6f;
  bool translucent = false;
};

/// One mesh of one structure; `name` is the node name, which is the structure's id.
struct SceneMesh {
  std::string name;
  std::vector<Vertex> vertices;
  std::vector<std::uint32_t> indices; ///< triangles
  int material = 0;
  Aabb bounds;
};

/// A named point on the model (an empty node), e.g. "greater_trochanter".
struct Landmark {
  std::string name;
  glm::vec3 position{0.0f};
};

/// The skinning palette's size: the leg's 7 bodies and the chord joints of short muscles and
/// tendons that cross a joint, with room to spare. mesh.vert declares as many.
inline constexpr std::size_t kMaxJoints = 16;
using JointPalette = std::array<glm::mat4, kMaxJoints>;

struct Scene {
  std::string source; ///< file it came from, or a description of the built-in model
  std::vector<Material> materials;
  std::vector<SceneMesh> meshes;
  std::vector<Landmark> landmarks;
  /// Skeleton joints, by node name (the bodies: pelvis, femur_r, tibia_r, ..., then chord joints);
  /// Vertex::joints index this list. At most kMaxJoints, the size of the skinning palette.
  std::vector<std::string> joints;

  [[nodiscard]] Aabb bounds() const;
  [[nodiscard]] std::size_t triangleCount() const;
  [[nodiscard]] std::size_t vertexCount() const;
  [[nodiscard]] const SceneMesh* findMesh(const std::string& name) const;
  [[nodiscard]] const Landmark* findLandmark(const std::string& name) const;
};

/// Where linear-blend skinning puts a vertex, as the vertex shader does; `palette` has one
/// matrix per Scene::joints entry. Rigid vertices (no weights) stay where they are.
[[nodiscard]] inline glm::vec3 posedPosition(const Vertex& v, const JointPalette& palette) {
  const float total = v.weights.x + v.weights.y + v.weights.z + v.weights.w;
  if (total <= 0.0f) return v.position;
  glm::mat4 skin(0.0f);
  for (int k = 0; k < 4; ++k) skin += palette[v.joints[k] % kMaxJoints] * v.weights[k];
  return glm::vec3(skin * glm::vec4(v.position, 1.0f));
}

/// Recomputes `mesh.bounds` from its vertices.
void updateBounds(SceneMesh& mesh);

} // namespace myo
