#include "glb.hpp"

#include <charconv>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace leggen {
namespace {

// Shortest round-trip formatting: locale-free and deterministic.
std::string num(float v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string quote(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\';
    o += c;
  }
  return o + "\"";
}

struct Writer {
  std::vector<unsigned char> bin;
  std::string views, accessors;
  int nViews = 0, nAccessors = 0;

  int addView(const void* data, std::size_t bytes, int target) {
    while (bin.size() % 4) bin.push_back(0);
    const std::size_t off = bin.size();
    bin.resize(off + bytes);
    std::memcpy(bin.data() + off, data, bytes);
    if (nViews) views += ",";
    views += "{\"buffer\":0,\"byteOffset\":" + std::to_string(off) + ",\"byteLength\":" + std::to_string(bytes);
    if (target) views += ",\"target\":" + std::to_string(target);
    views += "}";
    return nViews++;
  }

  int addAccessor(int view, int componentType, std::size_t count, const char* type, const std::string& extra = {}) {
    if (nAccessors) accessors += ",";
    accessors += "{\"bufferView\":" + std::to_string(view) + ",\"componentType\":" + std::to_string(componentType) +
                 ",\"count\":" + std::to_string(count) + ",\"type\":\"" + type + "\"" + extra + "}";
    return nAccessors++;
  }
};

std::string vecJson(const float* v, int n) {
  std::string s = "[";
  for (int i = 0; i < n; ++i) s += (i ? "," : "") + num(v[i]);
  return s + "]";
}

}  // namespace

void writeGlb(const GltfDoc& doc, const std::filesystem::path& file) {
  constexpr int kFloat = 5126, kUShort = 5123, kUInt = 5125, kArray = 34962, kElements = 34963;
  Writer w;
  std::string meshes;
  for (std::size_t mi = 0; mi < doc.meshes.size(); ++mi) {
    const GltfMesh& gm = doc.meshes[mi];
    const Mesh& m = *gm.mesh;
    vec3 lo(1e30f), hi(-1e30f);
    for (const auto& p : m.pos) { lo = glm::min(lo, p); hi = glm::max(hi, p); }
    const std::size_t nv = m.pos.size();
    std::string attrs;
    const int pos = w.addAccessor(w.addView(m.pos.data(), nv * sizeof(vec3), kArray), kFloat, nv, "VEC3",
                                  ",\"min\":" + vecJson(&lo.x, 3) + ",\"max\":" + vecJson(&hi.x, 3));
    attrs += "\"POSITION\":" + std::to_string(pos);
    const int nrm = w.addAccessor(w.addView(m.nrm.data(), nv * sizeof(vec3), kArray), kFloat, nv, "VEC3");
    attrs += ",\"NORMAL\":" + std::to_string(nrm);
    if (gm.tangents) {
      const int tan = w.addAccessor(w.addView(m.tan.data(), nv * sizeof(glm::vec4), kArray), kFloat, nv, "VEC4");
      attrs += ",\"TANGENT\":" + std::to_string(tan);
    }
    if (m.tendon.size() == nv) {
      // Where a muscle is tendon, as the first texture coordinate's u, and the phase of its
      // fibre lines as v: texture coordinates are what Assimp brings back from a glTF file.
      std::vector<glm::vec2> uv(nv);
      for (std::size_t i = 0; i < nv; ++i) uv[i] = glm::vec2(m.tendon[i], m.lines.size() == nv ? m.lines[i] : 0.0f);
      const int tc = w.addAccessor(w.addView(uv.data(), nv * sizeof(glm::vec2), kArray), kFloat, nv, "VEC2");
      attrs += ",\"TEXCOORD_0\":" + std::to_string(tc);
    }
    if (gm.skinned) {
      const int j = w.addAccessor(w.addView(m.joints.data(), nv * sizeof(glm::u16vec4), kArray), kUShort, nv, "VEC4");
      const int wt = w.addAccessor(w.addView(m.weights.data(), nv * sizeof(glm::vec4), kArray), kFloat, nv, "VEC4");
      attrs += ",\"JOINTS_0\":" + std::to_string(j) + ",\"WEIGHTS_0\":" + std::to_string(wt);
    }
    const int idx = w.addAccessor(w.addView(m.idx.data(), m.idx.size() * 4, kElements), kUInt, m.idx.size(), "SCALAR");
    if (mi) meshes += ",";
    meshes += "{\"name\":" + quote(gm.name) + ",\"primitives\":[{\"attributes\":{" + attrs +
              "},\"indices\":" + std::to_string(idx) + ",\"material\":" + std::to_string(gm.material) + ",\"mode\":4}]}";
  }
  std::string skins;
  for (std::size_t si = 0; si < doc.skins.size(); ++si) {
    const GltfSkin& s = doc.skins[si];
    const int ibm = w.addAccessor(w.addView(s.inverseBind.data(), s.inverseBind.size() * sizeof(glm::mat4), 0), kFloat,
                                  s.inverseBind.size(), "MAT4");
    std::string joints;
    for (std::size_t j = 0; j < s.joints.size(); ++j) joints += (j ? "," : "") + std::to_string(s.joints[j]);
    if (si) skins += ",";
    skins += "{\"name\":" + quote(s.name) + ",\"inverseBindMatrices\":" + std::to_string(ibm) + ",\"joints\":[" + joints +
             "]" + (s.skeleton >= 0 ? ",\"skeleton\":" + std::to_string(s.skeleton) : std::string()) + "}";
  }
  std::string materials;
  for (std::size_t i = 0; i < doc.materials.size(); ++i) {
    const auto& mt = doc.materials[i];
    if (i) materials += ",";
    materials += "{\"name\":" + quote(mt.name) + ",\"pbrMetallicRoughness\":{\"baseColorFactor\":" + vecJson(&mt.color.x, 4) +
                 ",\"metallicFactor\":" + num(mt.metallic) + ",\"roughnessFactor\":" + num(mt.roughness) + "}" +
                 (mt.blend ? ",\"alphaMode\":\"BLEND\",\"doubleSided\":false" : "") + "}";
  }
  std::string nodes;
  for (std::size_t i = 0; i < doc.nodes.size(); ++i) {
    const auto& n = doc.nodes[i];
    if (i) nodes += ",";
    nodes += "{\"name\":" + quote(n.name);
    if (n.translation != vec3(0.0f)) nodes += ",\"translation\":" + vecJson(&n.translation.x, 3);
    if (n.mesh >= 0) nodes += ",\"mesh\":" + std::to_string(n.mesh);
    if (n.skin >= 0) nodes += ",\"skin\":" + std::to_string(n.skin);
    if (!n.children.empty()) {
      nodes += ",\"children\":[";
      for (std::size_t c = 0; c < n.children.size(); ++c) nodes += (c ? "," : "") + std::to_string(n.children[c]);
      nodes += "]";
    }
    nodes += "}";
  }
  std::string roots;
  for (std::size_t i = 0; i < doc.sceneRoots.size(); ++i) roots += (i ? "," : "") + std::to_string(doc.sceneRoots[i]);
  while (w.bin.size() % 4) w.bin.push_back(0);

  std::string json = "{\"asset\":{\"version\":\"2.0\",\"generator\":\"MyoMap leggen\",\"copyright\":" + quote(doc.copyright) +
                     "},\"scene\":0,\"scenes\":[{\"nodes\":[" + roots + "]}],\"nodes\":[" + nodes + "],\"meshes\":[" + meshes +
                     "],\"materials\":[" + materials + "]" + (skins.empty() ? "" : ",\"skins\":[" + skins + "]") +
                     ",\"accessors\":[" + w.accessors + "],\"bufferViews\":[" + w.views +
                     "],\"buffers\":[{\"byteLength\":" + std::to_string(w.bin.size()) + "}]}";
  while (json.size() % 4) json += ' ';

  auto u32 = [](std::ofstream& o, std::uint32_t v) { o.write(reinterpret_cast<const char*>(&v), 4); };
  std::ofstream out(file, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + file.string());
  u32(out, 0x46546C67u);  // "glTF"
  u32(out, 2u);
  u32(out, static_cast<std::uint32_t>(12 + 8 + json.size() + 8 + w.bin.size()));
  u32(out, static_cast<std::uint32_t>(json.size()));
  u32(out, 0x4E4F534Au);  // "JSON"
  out.write(json.data(), static_cast<std::streamsize>(json.size()));
  u32(out, static_cast<std::uint32_t>(w.bin.size()));
  u32(out, 0x004E4942u);  // "BIN"
  out.write(reinterpret_cast<const char*>(w.bin.data()), static_cast<std::streamsize>(w.bin.size()));
  if (!out) throw std::runtime_error("write failed: " + file.string());
}

}  // namespace leggen
