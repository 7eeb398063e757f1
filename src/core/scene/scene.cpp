#include "core/scene/scene.h"

#include <algorithm>

namespace myo {

Aabb Scene::bounds() const {
  Aabb box;
  for (const auto& m : meshes) box.add(m.bounds);
  return box;
}

std::size_t Scene::triangleCount() const {
  std::size_t n = 0;
  for (const auto& m : meshes) n += m.indices.size() / 3;
  return n;
}

std::size_t Scene::vertexCount() const {
  std::size_t n = 0;
  for (const auto& m : meshes) n += m.vertices.size();
  return n;
}

const SceneMesh* Scene::findMesh(const std::string& name) const {
  auto it = std::find_if(meshes.begin(), meshes.end(), [&](const SceneMesh& m) { return m.name == name; });
  return it == meshes.end() ? nullptr : &*it;
}

const Landmark* Scene::findLandmark(const std::string& name) const {
  auto it = std::find_if(landmarks.begin(), landmarks.end(), [&](const Landmark& l) { return l.name == name; });
  return it == landmarks.end() ? nullptr : &*it;
}

void updateBounds(SceneMesh& mesh) {
  mesh.bounds = Aabb{};
  for (const auto& v : mesh.vertices) mesh.bounds.add(v.position);
}

} // namespace myo
