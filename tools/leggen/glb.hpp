// Minimal glTF 2.0 binary writer: just what the leg model needs, written so
// that the same input gives byte-identical files.
#pragma once

#include "mesher.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace leggen {

struct GltfMaterial {
  std::string name;
  glm::vec4 color{1.0f};
  float metallic = 0.0f;
  float roughness = 0.6f;
  bool blend = false;
};

struct GltfMesh {
  std::string name;
  const Mesh* mesh = nullptr;
  int material = 0;
  bool tangents = false;
  bool skinned = false;
};

struct GltfNode {
  std::string name;
  vec3 translation{0.0f};
  int mesh = -1;
  int skin = -1;
  std::vector<int> children;
};

struct GltfSkin {
  std::string name;
  std::vector<int> joints;  // node indices
  std::vector<glm::mat4> inverseBind;
  int skeleton = -1;
};

struct GltfDoc {
  std::string copyright;
  std::vector<GltfMaterial> materials;
  std::vector<GltfMesh> meshes;
  std::vector<GltfNode> nodes;
  std::vector<GltfSkin> skins;
  std::vector<int> sceneRoots;
};

void writeGlb(const GltfDoc& doc, const std::filesystem::path& file);

}  // namespace leggen
