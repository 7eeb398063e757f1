#include "io/model_loader.h"

#include "core/error.h"

#include <assimp/Importer.hpp>
#include <assimp/commonMetaData.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

#include <algorithm>
#include <string_view>
#include <system_error>

namespace myo::io {
namespace {

glm::mat4 toGlm(const aiMatrix4x4& m) {
  // Assimp is row-major, glm column-major.
  return glm::mat4(m.a1, m.b1, m.c1, m.d1, m.a2, m.b2, m.c2, m.d2, m.a3, m.b3, m.c3, m.d3, m.a4, m.b4, m.c4, m.d4);
}

Material convertMaterial(const aiMaterial& src) {
  Material m;
  aiString name;
  if (src.Get(AI_MATKEY_NAME, name) == AI_SUCCESS) m.name = name.C_Str();
  aiColor4D colour;
  if (src.Get(AI_MATKEY_BASE_COLOR, colour) == AI_SUCCESS || src.Get(AI_MATKEY_COLOR_DIFFUSE, colour) == AI_SUCCESS)
    m.baseColor = {colour.r, colour.g, colour.b, colour.a};
  float opacity = 1.0f;
  if (src.Get(AI_MATKEY_OPACITY, opacity) == AI_SUCCESS && opacity < 1.0f) m.baseColor.a = std::min(m.baseColor.a, opacity);
  float roughness = 0.0f;
  if (src.Get(AI_MATKEY_ROUGHNESS_FACTOR, roughness) == AI_SUCCESS) m.roughness = roughness;
  m.translucent = m.baseColor.a < 0.999f;
  return m;
}

SceneMesh convertMesh(const aiMesh& src, const glm::mat4& world, const std::string& name,
                      std::vector<std::string>& joints, bool tendonInUv) {
  SceneMesh mesh;
  mesh.name = name;
  mesh.material = static_cast<int>(src.mMaterialIndex);
  glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(world)));
  mesh.vertices.resize(src.mNumVertices);
  for (unsigned i = 0; i < src.mNumVertices; ++i) {
    Vertex& v = mesh.vertices[i];
    const aiVector3D& p = src.mVertices[i];
    v.position = glm::vec3(world * glm::vec4(p.x, p.y, p.z, 1.0f));
    if (src.mNormals) {
      const aiVector3D& n = src.mNormals[i];
      v.normal = glm::normalize(normalMatrix * glm::vec3(n.x, n.y, n.z));
    }
    // The generator stores fibre directions as tangents, the one extra vector Assimp keeps
    // (other files' tangents belong to their textures: no fibres there).
    if (tendonInUv && src.mTangents) {
      const aiVector3D& t = src.mTangents[i];
      glm::vec3 f = glm::mat3(world) * glm::vec3(t.x, t.y, t.z);
      float len = glm::length(f);
      if (len > 1e-6f) v.fibre = glm::vec4(f / len, 1.0f);
    }
    // ... and where a muscle is tendon as its first texture coordinate (other files' texture
    // coordinates mean something else, so only the generator's are read).
    if (tendonInUv && src.mTextureCoords[0]) {
      v.tendon = std::clamp(src.mTextureCoords[0][i].x, 0.0f, 1.0f);
      // The phase of its fibre lines; Assimp's glTF importer turns v into 1 - v.
      v.fibreLines = 1.0f - src.mTextureCoords[0][i].y;
    }
  }
  // Skin weights: keep the four largest per vertex, renormalised, joints indexed by name.
  for (unsigned b = 0; b < src.mNumBones; ++b) {
    const aiBone& bone = *src.mBones[b];
    const std::string boneName = bone.mName.C_Str();
    auto it = std::find(joints.begin(), joints.end(), boneName);
    if (it == joints.end()) {
      if (joints.size() >= kMaxJoints) continue; // beyond the palette
      joints.push_back(boneName);
      it = joints.end() - 1;
    }
    auto joint = static_cast<std::uint8_t>(it - joints.begin());
    for (unsigned w = 0; w < bone.mNumWeights; ++w) {
      const aiVertexWeight& vw = bone.mWeights[w];
      if (vw.mVertexId >= mesh.vertices.size() || vw.mWeight <= 0.0f) continue;
      Vertex& v = mesh.vertices[vw.mVertexId];
      int slot = 0; // the empty or lightest slot
      for (int k = 1; k < 4; ++k)
        if (v.weights[k] < v.weights[slot]) slot = k;
      if (vw.mWeight > v.weights[slot]) {
        v.weights[slot] = vw.mWeight;
        v.joints[slot] = joint;
      }
    }
  }
  for (Vertex& v : mesh.vertices) {
    float sum = v.weights.x + v.weights.y + v.weights.z + v.weights.w;
    if (sum > 0.0f) v.weights /= sum;
  }
  mesh.indices.reserve(static_cast<std::size_t>(src.mNumFaces) * 3);
  for (unsigned f = 0; f < src.mNumFaces; ++f) {
    const aiFace& face = src.mFaces[f];
    if (face.mNumIndices != 3) continue; // points and lines after triangulation
    mesh.indices.insert(mesh.indices.end(), face.mIndices, face.mIndices + 3);
  }
  updateBounds(mesh);
  return mesh;
}

void visit(const aiScene& ai, const aiNode& node, const glm::mat4& parent, bool fromGenerator, Scene& out) {
  glm::mat4 world = parent * toGlm(node.mTransformation);
  std::string name = node.mName.C_Str();
  for (unsigned i = 0; i < node.mNumMeshes; ++i) {
    const aiMesh& m = *ai.mMeshes[node.mMeshes[i]];
    std::string meshName = name.empty() ? std::string(m.mName.C_Str()) : name;
    if (meshName.empty()) meshName = "mesh_" + std::to_string(out.meshes.size());
    out.meshes.push_back(convertMesh(m, world, meshName, out.joints, fromGenerator));
  }
  if (node.mNumMeshes == 0 && node.mNumChildren == 0 && !name.empty()) {
    constexpr std::string_view prefix = "landmark_";
    if (name.starts_with(prefix)) name = name.substr(prefix.size());
    out.landmarks.push_back({name, glm::vec3(world[3])});
  }
  for (unsigned c = 0; c < node.mNumChildren; ++c) visit(ai, *node.mChildren[c], world, fromGenerator, out);
}

} // namespace

Scene loadModel(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec))
    throw AssetError(file.string() + ": no such model file");
  Assimp::Importer importer;
  // Smooth normals only where the file has none; no vertex welding, which would cost time
  // and merge seams the author meant.
  const unsigned flags = aiProcess_Triangulate | aiProcess_GenSmoothNormals | aiProcess_SortByPType;
  const aiScene* ai = importer.ReadFile(file.string(), flags);
  if (!ai || (ai->mFlags & AI_SCENE_FLAGS_INCOMPLETE) || !ai->mRootNode)
    throw AssetError(file.string() + ": cannot read model: " + importer.GetErrorString());
  Scene scene;
  scene.source = file.string();
  for (unsigned i = 0; i < ai->mNumMaterials; ++i) scene.materials.push_back(convertMaterial(*ai->mMaterials[i]));
  if (scene.materials.empty()) scene.materials.emplace_back();
  aiString generator;
  const bool fromGenerator = ai->mMetaData && ai->mMetaData->Get(AI_METADATA_SOURCE_GENERATOR, generator) &&
                             std::string_view(generator.C_Str()) == "MyoMap leggen";
  visit(*ai, *ai->mRootNode, glm::mat4(1.0f), fromGenerator, scene);
  if (scene.meshes.empty() || scene.triangleCount() == 0)
    throw AssetError(file.string() + ": the model has no triangles to show");
  return scene;
}

} // namespace myo::io
