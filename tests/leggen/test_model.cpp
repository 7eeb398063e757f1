// The generated model, read back through Assimp: structure, closed and
// outward meshes, sizes against the reference, attachments, penetration,
// determinism.
#include <doctest/doctest.h>

#include "core/anatomy/anatomy.hpp"

#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <glm/glm.hpp>
#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <unordered_map>

namespace {

struct Tri {
  glm::dvec3 a, b, c;
};
struct MeshData {
  std::vector<glm::dvec3> pos;
  std::vector<unsigned> idx;
  std::vector<float> tendon;  // muscles: 0 belly .. 1 tendon (the first texture coordinate's u)
  std::vector<float> lines;   // muscles: phase of the fibre lines (its v)
  std::vector<glm::dvec3> fibre;
  bool tangents = false;
  bool bones = false;
};

const std::map<std::string, MeshData>& model() {
  static const std::map<std::string, MeshData> meshes = [] {
    Assimp::Importer imp;
    const aiScene* s = imp.ReadFile(MYOMAP_MODEL, 0);
    REQUIRE_MESSAGE(s != nullptr, imp.GetErrorString());
    std::map<std::string, MeshData> out;
    for (unsigned i = 0; i < s->mNumMeshes; ++i) {
      const aiMesh* m = s->mMeshes[i];
      MeshData d;
      for (unsigned v = 0; v < m->mNumVertices; ++v) d.pos.emplace_back(m->mVertices[v].x, m->mVertices[v].y, m->mVertices[v].z);
      for (unsigned f = 0; f < m->mNumFaces; ++f)
        for (unsigned k = 0; k < m->mFaces[f].mNumIndices; ++k) d.idx.push_back(m->mFaces[f].mIndices[k]);
      if (m->mTextureCoords[0])
        for (unsigned v = 0; v < m->mNumVertices; ++v) {
          d.tendon.push_back(m->mTextureCoords[0][v].x);
          d.lines.push_back(1.0f - m->mTextureCoords[0][v].y);  // Assimp's glTF importer flips v
        }
      if (m->mTangents)
        for (unsigned v = 0; v < m->mNumVertices; ++v) d.fibre.emplace_back(m->mTangents[v].x, m->mTangents[v].y, m->mTangents[v].z);
      d.tangents = m->mTangents != nullptr;
      d.bones = m->mNumBones > 0;
      out[m->mName.C_Str()] = std::move(d);
    }
    return out;
  }();
  return meshes;
}

const myo::anatomy::Description& desc() {
  static const auto d = myo::anatomy::loadDescription(std::string(MYOMAP_SOURCE_DIR) + "/assets/anatomy/leg-right.yaml");
  return d;
}

double volume(const MeshData& m) {
  double v = 0.0;
  for (std::size_t t = 0; t < m.idx.size(); t += 3) v += glm::dot(m.pos[m.idx[t]], glm::cross(m.pos[m.idx[t + 1]], m.pos[m.idx[t + 2]])) / 6.0;
  return v;
}

glm::dvec3 closestOnTriangle(glm::dvec3 p, glm::dvec3 a, glm::dvec3 b, glm::dvec3 c) {
  // Ericson, Real-Time Collision Detection, 5.1.5.
  const glm::dvec3 ab = b - a, ac = c - a, ap = p - a;
  const double d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const glm::dvec3 bp = p - b;
  const double d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const double vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
  const glm::dvec3 cp = p - c;
  const double d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const double vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
  const double va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const double den = 1.0 / (va + vb + vc);
  return a + ab * (vb * den) + ac * (vc * den);
}

// Generalised winding number: about 1 inside a closed outward mesh, 0 outside.
double winding(const MeshData& m, glm::dvec3 p) {
  double w = 0.0;
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    const glm::dvec3 a = m.pos[m.idx[t]] - p, b = m.pos[m.idx[t + 1]] - p, c = m.pos[m.idx[t + 2]] - p;
    const double la = glm::length(a), lb = glm::length(b), lc = glm::length(c);
    const double num = glm::dot(a, glm::cross(b, c));
    const double den = la * lb * lc + glm::dot(a, b) * lc + glm::dot(b, c) * la + glm::dot(c, a) * lb;
    w += 2.0 * std::atan2(num, den);
  }
  return w / (4.0 * 3.14159265358979);
}

double distanceTo(const MeshData& m, glm::dvec3 p) {
  double best = 1e30;
  for (std::size_t t = 0; t < m.idx.size(); t += 3)
    best = std::min(best, glm::length(p - closestOnTriangle(p, m.pos[m.idx[t]], m.pos[m.idx[t + 1]], m.pos[m.idx[t + 2]])));
  return best;
}

// The connected piece of each vertex, named by one of its vertices.
std::vector<unsigned> pieceOf(const MeshData& m) {
  std::vector<unsigned> parent(m.pos.size());
  for (unsigned i = 0; i < parent.size(); ++i) parent[i] = i;
  auto find = [&](unsigned x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t t = 0; t < m.idx.size(); t += 3)
    for (int k = 1; k < 3; ++k) parent[find(m.idx[t + k])] = find(m.idx[t]);
  for (unsigned i = 0; i < parent.size(); ++i) parent[i] = find(i);
  return parent;
}

const std::vector<std::string> kBones{"hip_bone", "sacrum", "femur", "patella", "tibia", "fibula", "talus", "calcaneus", "foot_bones"};

}  // namespace

TEST_CASE("model: every structure is its own mesh, with skin weights; muscles carry fibre tangents") {
  const auto& m = model();
  std::vector<std::string> ids = kBones;
  for (const auto& mu : desc().muscles) ids.push_back(mu.id);
  for (const char* id : {"iliotibial_band", "quadriceps_tendon", "patellar_tendon", "achilles_tendon", "lateral_retinaculum", "medial_retinaculum",
                         "infrapatellar_fat_pad", "medial_collateral_ligament", "lateral_collateral_ligament", "anterior_cruciate_ligament",
                         "posterior_cruciate_ligament", "medial_meniscus", "lateral_meniscus", "knee_capsule", "superior_extensor_retinaculum",
                         "inferior_extensor_retinaculum", "flexor_retinaculum", "superior_fibular_retinaculum", "skin"})
    ids.emplace_back(id);
  for (const auto& id : ids) {
    REQUIRE_MESSAGE(m.count(id), id);
    CHECK_MESSAGE(m.at(id).bones, id);
  }
  for (const auto& mu : desc().muscles) CHECK_MESSAGE(m.at(mu.id).tangents, mu.id);
}

TEST_CASE("model: muscles turn to tendon towards their ends; tendons and bands are tendon throughout; nothing else carries tendon weights") {
  const auto& m = model();
  std::vector<std::string> muscles;
  for (const auto& mu : desc().muscles) muscles.push_back(mu.id);
  // The lofted tendons and bands carry fibres too (for their fine lines), all of them tendon.
  const std::vector<std::string> bands{"iliotibial_band",     "quadriceps_tendon",          "patellar_tendon",
                                       "achilles_tendon",     "lateral_retinaculum",        "medial_retinaculum",
                                       "medial_collateral_ligament", "lateral_collateral_ligament", "superior_extensor_retinaculum",
                                       "inferior_extensor_retinaculum", "flexor_retinaculum", "superior_fibular_retinaculum"};
  for (const auto& [id, mesh] : m) {
    if (std::find(muscles.begin(), muscles.end(), id) != muscles.end()) continue;
    if (std::find(bands.begin(), bands.end(), id) == bands.end()) {
      CHECK_MESSAGE(mesh.tendon.empty(), id);
      continue;
    }
    CHECK_MESSAGE(mesh.tangents, id);
    REQUIRE_MESSAGE(mesh.tendon.size() == mesh.pos.size(), id);
    for (float w : mesh.tendon) REQUIRE_MESSAGE(std::abs(w - 1.0f) < 1e-4f, id);
  }
  // Mean tendon weight over the triangles of a height band, by area.
  auto band = [](const MeshData& d, double lo, double hi) {
    double w = 0.0, area = 0.0;
    for (std::size_t t = 0; t < d.idx.size(); t += 3) {
      const glm::dvec3 a = d.pos[d.idx[t]], b = d.pos[d.idx[t + 1]], c = d.pos[d.idx[t + 2]];
      const double y = (a.y + b.y + c.y) / 3.0;
      if (y < lo || y > hi) continue;
      const double s = 0.5 * glm::length(glm::cross(b - a, c - a));
      w += s * (d.tendon[d.idx[t]] + d.tendon[d.idx[t + 1]] + d.tendon[d.idx[t + 2]]) / 3.0;
      area += s;
    }
    return area > 0.0 ? w / area : -1.0;
  };
  for (const auto& id : muscles) {
    const MeshData& d = m.at(id);
    REQUIRE_MESSAGE(d.tendon.size() == d.pos.size(), id);
    double lo = 1e9, hi = -1e9;
    for (const auto& p : d.pos) lo = std::min(lo, p.y), hi = std::max(hi, p.y);
    // Every muscle is belly at its middle; the hamstrings, the straps of the pes anserinus and
    // the rectus femoris end in tendon below.
    const double mid = band(d, lo + 0.4 * (hi - lo), lo + 0.6 * (hi - lo));
    CHECK_MESSAGE(mid < 0.15, id << ": tendon weight at mid-length " << mid);
    const double end = band(d, lo, lo + 0.015);
    for (const char* tendinous : {"semitendinosus", "semimembranosus", "biceps_femoris_long_head", "gracilis", "sartorius", "rectus_femoris"})
      if (id == tendinous) CHECK_MESSAGE(end > 0.8, id << ": tendon weight in the lowest 15 mm " << end);
  }
}

TEST_CASE("model: fibre lines run along the fibres, a few millimetres apart on muscle, finer on tendon") {
  // Over the mesh edges of each muscle's belly (each tendon's or band's whole length): the
  // phase of the fibre lines barely changes along the fibres (edges within 10 degrees of
  // them) and changes by about 2 pi per line spacing across them (edges within 10 degrees of
  // square to them). Medians, so the seam where the phase wraps and the faces a neighbour
  // carved do not count.
  auto median = [](std::vector<double> v) {
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
  };
  auto check = [&](const std::string& id, bool belly, double maxRatio, double minSpacing, double maxSpacing) {
    const MeshData& d = model().at(id);
    REQUIRE_MESSAGE(d.lines.size() == d.pos.size(), id);
    REQUIRE_MESSAGE(d.fibre.size() == d.pos.size(), id);
    std::vector<double> along, across;  // radians per metre
    for (std::size_t t = 0; t < d.idx.size(); t += 3)
      for (int k = 0; k < 3; ++k) {
        const unsigned a = d.idx[t + k], b = d.idx[t + (k + 1) % 3];
        if (belly && (d.tendon[a] > 0.2f || d.tendon[b] > 0.2f)) continue;
        const glm::dvec3 e = d.pos[b] - d.pos[a];
        const double len = glm::length(e), dp = std::abs(static_cast<double>(d.lines[b] - d.lines[a]));
        if (len < 1e-6) continue;
        const double c = std::abs(glm::dot(e / len, glm::normalize(d.fibre[a])));
        if (c > 0.985) along.push_back(dp / len);
        else if (c < 0.17) across.push_back(dp / len);
      }
    REQUIRE_MESSAGE(along.size() > 20, id);
    REQUIRE_MESSAGE(across.size() > 20, id);
    const double alongRate = median(along), acrossRate = median(across);
    const double spacing = 2.0 * 3.14159265 / acrossRate;
    MESSAGE(id << ": " << alongRate << " rad/m along the fibres, " << acrossRate << " across, lines " << spacing * 1000.0 << " mm apart");
    CHECK_MESSAGE(alongRate < maxRatio * acrossRate, id);
    CHECK_MESSAGE((spacing > minSpacing && spacing < maxSpacing), id);
  };
  // Known faults (issue 3): the vastus medialis oblique, short, and cut from the vastus
  // medialis across its fibres at a slant, has its lines about 25 degrees off its fibres (0.48).
  // The gluteus medius's lines drift a little along its fibres (0.32; 0.18 before) since it
  // was laid on the ilium's uneven surface instead of a smooth bed.
  auto limit = [](const std::string& id) {
    return id == "vastus_medialis_oblique" ? 0.6 : id == "gluteus_medius" ? 0.35 : 0.3;
  };
  for (const auto& mu : desc().muscles) check(mu.id, true, limit(mu.id), 0.0015, 0.006);
  // Set 3 mm apart where each is broadest, closer together where it narrows (medians 2.0-2.7
  // mm). Laid round the section, the flat bands' lines crowded mid-band (medians 4.1-4.2 mm).
  for (const char* id : {"quadriceps_tendon", "patellar_tendon", "achilles_tendon", "iliotibial_band", "lateral_retinaculum", "medial_retinaculum",
                         "medial_collateral_ligament", "lateral_collateral_ligament", "superior_extensor_retinaculum", "inferior_extensor_retinaculum",
                         "flexor_retinaculum", "superior_fibular_retinaculum"})
    check(id, false, 0.3, 0.0008, 0.0035);
}

TEST_CASE("model: landmark nodes") {
  Assimp::Importer imp;
  const aiScene* s = imp.ReadFile(MYOMAP_MODEL, 0);
  REQUIRE(s);
  for (const auto& l : desc().landmarks) CHECK_MESSAGE(s->mRootNode->FindNode(("landmark_" + l.id).c_str()) != nullptr, l.id);
}

TEST_CASE("model: meshes are closed, consistently outward and free of degenerate triangles") {
  for (const auto& [id, m] : model()) {
    std::unordered_map<unsigned long long, int> edges;
    std::size_t degenerate = 0;
    for (std::size_t t = 0; t < m.idx.size(); t += 3) {
      for (int k = 0; k < 3; ++k) {
        const unsigned long long a = m.idx[t + k], b = m.idx[t + (k + 1) % 3];
        edges[(a << 32) | b] += 1;
      }
      const double area = glm::length(glm::cross(m.pos[m.idx[t + 1]] - m.pos[m.idx[t]], m.pos[m.idx[t + 2]] - m.pos[m.idx[t]]));
      degenerate += area < 1e-12 ? 1 : 0;
    }
    std::size_t bad = 0;
    for (const auto& [key, n] : edges) {
      const unsigned long long rev = ((key & 0xffffffffULL) << 32) | (key >> 32);
      const auto it = edges.find(rev);
      if (n != 1 || it == edges.end() || it->second != 1) ++bad;
    }
    CHECK_MESSAGE(bad == 0, id << ": " << bad << " unmatched or repeated directed edges");
    CHECK_MESSAGE(degenerate == 0, id);
    CHECK_MESSAGE(volume(m) > 0.0, id << " is inside out");
  }
}

// Carving a muscle against its neighbours can leave crumbs of it floating apart: they show as
// stray specks and catch picks and rolling paths. Pieces are allowed (an attachment tendon cut
// off from its belly), crumbs under 0.02 cm^3 are not, nor a structure cut in two.
TEST_CASE("model: no stray fragments") {
  for (const auto& [id, m] : model()) {
    const std::vector<unsigned> piece = pieceOf(m);
    auto find = [&piece](unsigned v) { return piece[v]; };
    std::map<unsigned, double> pieces;
    std::map<unsigned, double> nearest;  // each piece's closest approach to an attachment (muscles)
    std::vector<glm::dvec3> attachments;
    if (const auto* mu = desc().muscle(id))
      for (const auto& line : mu->lines)
        for (const auto& p : desc().activePoints(line, {})) attachments.push_back(desc().toModel(p.body, p.at));
    for (std::size_t t = 0; t < m.idx.size(); t += 3) {
      const glm::dvec3 a = m.pos[m.idx[t]], b = m.pos[m.idx[t + 1]], c = m.pos[m.idx[t + 2]];
      const unsigned root = find(m.idx[t]);
      pieces[root] += glm::dot(a, glm::cross(b, c)) / 6.0;
      double& n = nearest.try_emplace(root, 1e9).first->second;
      for (const glm::dvec3& at : attachments) n = std::min(n, glm::distance(a, at));
    }
    std::size_t crumbs = 0;
    double total = 0.0, largest = 0.0, second = 0.0;
    for (const auto& [root, v] : pieces) {
      crumbs += v < 2e-8 ? 1 : 0;
      total += v;
      second = std::max(second, std::min(largest, v));
      largest = std::max(largest, v);
    }
    CHECK_MESSAGE(crumbs == 0, id << ": " << crumbs << " of " << pieces.size() << " pieces under 0.02 cm^3");
    // Nor flakes: a muscle's piece apart under 0.5 % of it is no part anyone would name (the
    // gluteus medius had one floating beside the greater trochanter), unless it is the stub
    // of a tendon at one of its attachments.
    if (!attachments.empty())
      for (const auto& [root, v] : pieces)
        if (v < largest)
          CHECK_MESSAGE((v >= 0.005 * total || nearest[root] <= 0.02), id << ": a flake of " << v / total * 100 << " % of the volume, "
                                                                          << nearest[root] * 1000 << " mm from its attachments");
    // The toes are apart from the metatarsals; the tibia's cartilage is two plates, one on each
    // facet of the plateau.
    if (id == "foot_bones" || id == "tibial_cartilage") {
      if (id == "tibial_cartilage") CHECK_MESSAGE(pieces.size() == 2, id << ": " << pieces.size() << " pieces, the largest " << largest / total * 100 << " %, the second " << second / total * 100 << " %");
      continue;
    }
    // A muscle is one belly: a neighbour carving it in two shows as a gap.
    CHECK_MESSAGE(largest >= 0.9 * total, id << ": largest piece " << largest / total * 100 << " % of the volume");
    // Nor is a part of it cut off (the adductor longus cut the thin top of the vastus medialis
    // off its belly, 1.9 %, until the vastus medialis and its oblique part were built as one).
    CHECK_MESSAGE(second <= 0.01 * total, id << ": a piece apart holds " << second / total * 100 << " % of the volume");
  }
}

// A tendon or neighbour run through a muscle leaves a tunnel: two holes in it when the other
// is hidden (the gluteus maximus's tendons once ran through the vastus lateralis). Every piece
// of a muscle or tendon is a sphere to topology: V - E + F = 2.
TEST_CASE("model: no tunnels through muscles and tendons") {
  long total = 0;
  for (const auto& [id, m] : model()) {
    if (std::find(kBones.begin(), kBones.end(), id) != kBones.end() || id == "skin") continue;
    const std::vector<unsigned> piece = pieceOf(m);
    auto find = [&piece](unsigned v) { return piece[v]; };
    // Twice V - E + F per piece (a closed mesh has two half-edges an edge): a face adds 2
    // and takes its 3 half-edges, a vertex adds 2. A sphere sums to 4, each tunnel 4 less.
    std::map<unsigned, long> chi;
    std::vector<bool> used(m.pos.size(), false);
    for (std::size_t t = 0; t < m.idx.size(); t += 3) {
      chi[find(m.idx[t])] += 2 - 3;
      for (int k = 0; k < 3; ++k) used[m.idx[t + k]] = true;
    }
    for (unsigned v = 0; v < used.size(); ++v)
      if (used[v]) chi[find(v)] += 2;
    long tunnels = 0;
    for (const auto& [root, twice] : chi) tunnels += std::max(0L, (4 - twice) / 4);
    if (tunnels > 0) MESSAGE(id << ": " << tunnels << " tunnel(s)");
    total += tunnels;
  }
  // Known faults (issue 3), held where they are so they cannot grow unseen: small tunnels where
  // neighbours' tendons and strands cross thin parts (the adductor magnus, the vastus medialis
  // and sartorius at the medial knee, the gastrocnemius origins). A total, not a count per
  // muscle: carving order passes a pinhole from one muscle to the next when anything changes.
  // 57 on the model of 2026-12-01, 44 after the gluteal slots and the sartorius lift (and
  // after the iliopsoas was joined past the brim: two pinholes in the adductor brevis, others
  // gone elsewhere); 29 once carved borders were rounded, 28 with the vastus medialis sampled
  // finer (2026-12-02); 26 with the deep calf muscles, the iliacus rim and the
  // sustentaculum rooted in the calcaneus (2026-12-02, later); 25 with pinholes one or two
  // samples across closed on the meshing grid (the tensor fasciae latae's). Moving the vastus
  // medialis oblique's line by a millimetre swung the total between 25 and 29. 24 with the
  // vasti's sections joined across their bends above the knee; 22 with the vastus medialis's
  // wedge over its oblique part dropped where thinner than 2.5 mm; 21 with the adductor
  // magnus laid flat (not wrapped round the femur); 20 with the vastus medialis and its
  // oblique part built as one shape and split.
  CHECK(total <= 20);
}

TEST_CASE("model: triangle budget") {
  std::size_t tris = 0;
  for (const auto& [id, m] : model()) tris += m.idx.size() / 3;
  MESSAGE("triangles: " << tris);
  CHECK(tris >= 150000);
  CHECK(tris <= 600000);
}

TEST_CASE("model: muscle volumes within 25% of the scaled Handsfield volumes") {
  for (const auto& mu : desc().muscles) {
    const double v = volume(model().at(mu.id)) * 1e6;
    MESSAGE(mu.id << ": " << v << " cm3, target " << mu.targetVolumeCm3);
    CHECK_MESSAGE(std::abs(v / mu.targetVolumeCm3 - 1.0) <= 0.25, mu.id << " " << v << " vs " << mu.targetVolumeCm3);
  }
}

TEST_CASE("model: origins and insertions lie within 10 mm of the muscle or its tendon") {
  const std::map<std::string, std::string> tendon{{"rectus_femoris", "quadriceps_tendon"}, {"vastus_lateralis", "quadriceps_tendon"},
      {"vastus_medialis", "quadriceps_tendon"}, {"vastus_intermedius", "quadriceps_tendon"}, {"vastus_medialis_oblique", "quadriceps_tendon"},
      {"soleus", "achilles_tendon"}, {"gastrocnemius_medial_head", "achilles_tendon"}, {"gastrocnemius_lateral_head", "achilles_tendon"},
      {"tensor_fasciae_latae", "iliotibial_band"}, {"gluteus_maximus", "iliotibial_band"}};
  double worst = 0.0;
  std::string worstAt;
  for (const auto& mu : desc().muscles) {
    const MeshData* parts[2] = {&model().at(mu.id), tendon.count(mu.id) ? &model().at(tendon.at(mu.id)) : nullptr};
    for (const auto& line : mu.lines) {
      const auto pts = desc().activePoints(line, {});
      for (const auto* p : {&pts.front(), &pts.back()}) {
        const glm::dvec3 at = desc().toModel(p->body, p->at);
        double d = 1e30;
        for (const MeshData* m : parts) {
          if (!m) continue;
          d = std::min(d, winding(*m, at) > 0.5 ? 0.0 : distanceTo(*m, at));
        }
        // gait2392's long toe extensor ends on its one rigid toes segment, 7 mm beyond the tip
        // of our fourth toe; our four tendons end on the middle phalanges. Held under 20 mm.
        const double limit = line.opensim == "ext_dig_r" && p == &pts.back() ? 0.020 : 0.010;
        CHECK_MESSAGE(d <= limit, mu.id << " (" << line.opensim << ") point " << at.x << "," << at.y << "," << at.z << " is " << d * 1000 << " mm away");
        if (d > worst && limit == 0.010) { worst = d; worstAt = mu.id + " (" + line.opensim + ")"; }
      }
    }
  }
  MESSAGE("farthest attachment: " << worstAt << ", " << worst * 1000 << " mm");
}

TEST_CASE("model: muscles do not pass through bone by more than 2 mm") {
  // Muscle vertices inside a bone, measured to that bone's surface.
  for (const auto& mu : desc().muscles) {
    const auto& m = model().at(mu.id);
    double worst = 0.0;
    for (const auto& b : kBones) {
      const auto& bone = model().at(b);
      glm::dvec3 lo(1e9), hi(-1e9);
      for (const auto& p : bone.pos) { lo = glm::min(lo, p); hi = glm::max(hi, p); }
      for (std::size_t i = 0; i < m.pos.size(); i += 7) {  // a sample keeps the test fast
        const auto& p = m.pos[i];
        if (glm::any(glm::lessThan(p, lo)) || glm::any(glm::greaterThan(p, hi))) continue;
        if (winding(bone, p) > 0.5) worst = std::max(worst, distanceTo(bone, p));
      }
    }
    CHECK_MESSAGE(worst <= 0.002, mu.id << " enters bone by " << worst * 1000 << " mm");
    if (worst > 0.0005) MESSAGE(mu.id << " enters bone by " << worst * 1000 << " mm");
  }
}

TEST_CASE("model: the toe extensors' tendons lie on the foot") {
  // In front of the navicular (calcaneus frame x >= 0.10 m) the long extensors' tendons lie on
  // the metatarsals and toes with only thin tissue between; laid by hand they bridged the arch
  // and stood off the toes (median clearance 2.8-2.9 mm, the tenth farthest 4.5-6.0 mm). A
  // tendon's clearance at a vertex: the least distance to the foot
  // bones of the tendon's vertices within 3 mm of it, seen from above (its underside there).
  const auto& foot = model().at("foot_bones");
  const glm::dvec3 from = desc().toModel("calcn_r", {0.10, 0.06, 0.0});
  for (const std::string id : {"extensor_digitorum_longus", "extensor_hallucis_longus"}) {
    const auto& m = model().at(id);
    std::vector<glm::dvec3> at;
    std::vector<double> d;
    for (std::size_t i = 0; i < m.pos.size(); i += 2)
      if (m.pos[i].x > from.x && m.pos[i].y < from.y) {
        at.push_back(m.pos[i]);
        d.push_back(distanceTo(foot, m.pos[i]));
      }
    REQUIRE(at.size() > 50);
    std::vector<double> clearance;
    for (const auto& p : at) {
      double c = 1e9;
      for (std::size_t j = 0; j < at.size(); ++j)
        if (glm::length(glm::dvec2(at[j].x - p.x, at[j].z - p.z)) < 0.003) c = std::min(c, d[j]);
      clearance.push_back(c);
    }
    std::sort(clearance.begin(), clearance.end());
    const double median = clearance[clearance.size() / 2], far = clearance[clearance.size() * 9 / 10];
    MESSAGE(id << ": clearance over the foot bones, median " << median * 1000.0 << " mm, 90th percentile " << far * 1000.0 << " mm");
    CHECK(median < 0.0025);
    CHECK(far < 0.0043);
  }
}

TEST_CASE("model: soft-tissue sizes follow the published dimensions") {
  // Patellar tendon (Neyret 2002: 44 mm on MRI, from the patellar apex to the tendon's
  // insertion on the tibial tuberosity): from the patella's lowest point to the lowest point of
  // the tendon outside the tibia (its end is sunk into the bone).
  const auto& pt = model().at("patellar_tendon");
  glm::dvec3 apex(0.0, 1e9, 0.0), insertion(0.0, 1e9, 0.0);
  for (const auto& p : model().at("patella").pos)
    if (p.y < apex.y) apex = p;
  for (const auto& p : pt.pos)
    if (p.y < insertion.y && winding(model().at("tibia"), p) < 0.5) insertion = p;
  const double length = glm::length(apex - insertion), target = desc().soft("patellar_tendon", "length_m");
  MESSAGE("patellar tendon: " << length * 1000.0 << " mm, published " << target * 1000.0 << " mm");
  CHECK(std::abs(length / target - 1.0) <= 0.25);

  // Medial collateral ligament (Liu 2010: its tibial attachment 62.4 mm below the joint line):
  // from the top of the medial tibial plateau to the lowest point of the ligament outside the
  // tibia. The medial plateau is the tibia's half nearer the midline (smaller z).
  const auto& tibia = model().at("tibia");
  double zMid = 0.0;
  for (const auto& p : tibia.pos) zMid += p.z;
  zMid /= static_cast<double>(tibia.pos.size());
  double plateau = -1e9, lowest = 1e9;
  for (const auto& p : tibia.pos)
    if (p.z < zMid) plateau = std::max(plateau, p.y);
  for (const auto& p : model().at("medial_collateral_ligament").pos)
    if (winding(tibia, p) < 0.5) lowest = std::min(lowest, p.y);
  const double below = plateau - lowest, published = desc().soft("medial_collateral_ligament", "tibial_below_joint_line_m");
  MESSAGE("medial collateral ligament: ends " << below * 1000.0 << " mm below the medial plateau, published " << published * 1000.0 << " mm");
  CHECK(std::abs(below / published - 1.0) <= 0.25);

  // Infrapatellar fat pad (van der Heijden: 26.04 mL on MRI in control knees): its volume. As
  // large as the patella either side of the tendon (37 mL), it read as a yellow ball.
  const double pad = volume(model().at("infrapatellar_fat_pad")), padPublished = desc().soft("infrapatellar_fat_pad", "volume_m3");
  MESSAGE("infrapatellar fat pad: " << pad * 1e6 << " mL, published " << padPublished * 1e6 << " mL");
  CHECK(std::abs(pad / padPublished - 1.0) <= 0.25);

  // Articular cartilage: mean thickness, the volume over the area of one face (a thin layer's
  // surface is both faces and a rim). MRI of 27 healthy male knees (PubMed 11237657): mean over
  // all plates 1.57-2.43 mm from knee to knee, the patella's 2.76 mm.
  auto meanThickness = [](const MeshData& m) {
    double a = 0.0;
    for (std::size_t t = 0; t < m.idx.size(); t += 3)
      a += 0.5 * glm::length(glm::cross(m.pos[m.idx[t + 1]] - m.pos[m.idx[t]], m.pos[m.idx[t + 2]] - m.pos[m.idx[t]]));
    return volume(m) / (0.5 * a);
  };
  for (const char* id : {"femoral_cartilage", "tibial_cartilage"}) {
    const double t = meanThickness(model().at(id));
    MESSAGE(std::string(id) << ": mean thickness " << t * 1000.0 << " mm, published 1.57-2.43 mm");
    CHECK(t >= 0.75 * 0.00157);
    CHECK(t <= 1.25 * 0.00243);
  }
  const double patellar = meanThickness(model().at("patellar_cartilage"));
  MESSAGE("patellar_cartilage: mean thickness " << patellar * 1000.0 << " mm, published 2.76 mm");
  CHECK(std::abs(patellar / 0.00276 - 1.0) <= 0.25);
}

TEST_CASE("model: same input, same bytes") {
  const std::string a = "leggen_det_a.glb", b = "leggen_det_b.glb";
  const std::string desc = std::string(MYOMAP_SOURCE_DIR) + "/assets/anatomy/leg-right.yaml";
  REQUIRE(std::system((std::string(LEGGEN_EXE) + " --description " + desc + " --out " + a + " > /dev/null").c_str()) == 0);
  REQUIRE(std::system((std::string(LEGGEN_EXE) + " --description " + desc + " --out " + b + " > /dev/null").c_str()) == 0);
  std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary), fm(MYOMAP_MODEL, std::ios::binary);
  const std::string da((std::istreambuf_iterator<char>(fa)), {}), db((std::istreambuf_iterator<char>(fb)), {}), dm((std::istreambuf_iterator<char>(fm)), {});
  CHECK(da.size() > 1000000);
  CHECK(da == db);
  CHECK(da == dm);
  std::remove(a.c_str());
  std::remove(b.c_str());
}

namespace {

// Femoral shaft axis (unit, pointing down): centroids of the femur's
// vertices in two slices of the shaft, at 30 % and 70 % of its height.
glm::dvec3 femoralShaftAxis() {
  const auto& f = model().at("femur");
  double ymin = 1e9, ymax = -1e9;
  for (const auto& p : f.pos) { ymin = std::min(ymin, p.y); ymax = std::max(ymax, p.y); }
  auto centroid = [&](double frac) {
    const double y = ymax - frac * (ymax - ymin);
    glm::dvec3 sum(0.0);
    int n = 0;
    for (const auto& p : f.pos)
      if (std::abs(p.y - y) < 0.01) { sum += p; ++n; }
    REQUIRE(n > 10);
    return sum / static_cast<double>(n);
  };
  return glm::normalize(centroid(0.7) - centroid(0.3));
}

// Perimeter of the convex hull of points in the (x, z) plane: what a tape
// measure round the limb reads.
double hullPerimeter(std::vector<glm::dvec2> pts) {
  std::sort(pts.begin(), pts.end(), [](auto a, auto b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  auto cross = [](glm::dvec2 o, glm::dvec2 a, glm::dvec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); };
  std::vector<glm::dvec2> h(2 * pts.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0) --k;
    h[k++] = pts[i];
  }
  for (std::size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
    while (k >= t && cross(h[k - 2], h[k - 1], pts[i - 1]) <= 0) --k;
    h[k++] = pts[i - 1];
  }
  h.resize(k - 1);
  double per = 0.0;
  for (std::size_t i = 0; i < h.size(); ++i) per += glm::length(h[(i + 1) % h.size()] - h[i]);
  return per;
}

struct Segment {
  glm::dvec2 a, b;
};
std::vector<Segment> sliceSegments(const MeshData& m, double y) {
  std::vector<Segment> out;
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    glm::dvec2 hit[2];
    int n = 0;
    for (int k = 0; k < 3 && n < 2; ++k) {
      const glm::dvec3 a = m.pos[m.idx[t + k]], b = m.pos[m.idx[t + (k + 1) % 3]];
      if ((a.y - y) * (b.y - y) < 0.0) {
        const glm::dvec3 p = a + (b - a) * ((y - a.y) / (b.y - a.y));
        hit[n++] = {p.x, p.z};
      }
    }
    if (n == 2) out.push_back({hit[0], hit[1]});
  }
  return out;
}
// Where the plane y = h cuts the mesh: the crossing points of its edges.
std::vector<glm::dvec2> slice(const MeshData& m, double y) {
  std::vector<glm::dvec2> out;
  for (const auto& s : sliceSegments(m, y)) {
    out.push_back(s.a);
    out.push_back(s.b);
  }
  return out;
}

}  // namespace

TEST_CASE("model: the lower vastus medialis oblique fibres run about 50 degrees to the femoral shaft") {
  // Rajput et al. 2017 (soft-tissue-dimensions.csv): 46-56 deg for the
  // inferior oblique part; we accept 50 +/- 10 deg.
  Assimp::Importer imp;
  const aiScene* s = imp.ReadFile(MYOMAP_MODEL, 0);
  REQUIRE(s);
  const aiMesh* vmo = nullptr;
  for (unsigned i = 0; i < s->mNumMeshes; ++i)
    if (std::string(s->mMeshes[i]->mName.C_Str()) == "vastus_medialis_oblique") vmo = s->mMeshes[i];
  REQUIRE(vmo);
  REQUIRE(vmo->mTangents);
  const glm::dvec3 axis = femoralShaftAxis();
  double ymin = 1e9, ymax = -1e9;
  for (unsigned v = 0; v < vmo->mNumVertices; ++v) { ymin = std::min<double>(ymin, vmo->mVertices[v].y); ymax = std::max<double>(ymax, vmo->mVertices[v].y); }
  double sum = 0.0;
  int n = 0;
  for (unsigned v = 0; v < vmo->mNumVertices; ++v) {
    if (vmo->mVertices[v].y > 0.5 * (ymin + ymax)) continue;  // the distal half
    const glm::dvec3 t(vmo->mTangents[v].x, vmo->mTangents[v].y, vmo->mTangents[v].z);
    if (glm::length(t) < 0.5) continue;
    sum += glm::degrees(std::acos(std::min(1.0, std::abs(glm::dot(glm::normalize(t), axis)))));
    ++n;
  }
  REQUIRE(n > 50);
  const double mean = sum / n;
  MESSAGE("VMO distal fibre angle to the femoral shaft: " << mean << " deg over " << n << " vertices");
  CHECK(std::abs(mean - 50.0) <= 10.0);
}

TEST_CASE("model: neighbouring muscles do not cut through each other") {
  // Vertices of each muscle inside another, measured to that muscle's
  // surface. Near either muscle's origins and insertions tendons converge on
  // the same bone (pes anserinus, ischial tuberosity, quadriceps and
  // Achilles tendons) and the generator lets them merge, so those are left out:
  // it frees 16 mm around the bone surface point, which lies up to about
  // 12 mm from a reference point buried in our bone.
  constexpr double kNearAttachment = 0.030, kMaxDepth = 0.004;
  // Known faults, each bounded so it cannot grow. The gluteus maximus's deep tendons to the
  // gluteal tuberosity run up to 9 mm inside the vastus lateralis, which covers the tuberosity
  // in our model: hidden there, where channels cut for them showed as pockets in the vastus
  // lateralis with the gluteus maximus hidden. (9.0 mm, then 9.9 once the maximus lay over the
  // small hip rotators.)
  const std::map<std::pair<std::string, std::string>, double> kKnown{{{"gluteus_maximus", "vastus_lateralis"}, 0.0100}};
  const auto& d = desc();
  std::map<std::string, std::vector<glm::dvec3>> attach;
  std::map<std::string, std::pair<glm::dvec3, glm::dvec3>> bounds;
  for (const auto& mu : d.muscles) {
    for (const auto& line : mu.lines) {
      const auto pts = d.activePoints(line, {});
      attach[mu.id].push_back(d.toModel(pts.front().body, pts.front().at));
      attach[mu.id].push_back(d.toModel(pts.back().body, pts.back().at));
    }
    glm::dvec3 lo(1e9), hi(-1e9);
    for (const auto& p : model().at(mu.id).pos) { lo = glm::min(lo, p); hi = glm::max(hi, p); }
    bounds[mu.id] = {lo, hi};
  }
  double worstAll = 0.0;
  std::string worstPair;
  for (const auto& a : d.muscles)
    for (const auto& b : d.muscles) {
      if (a.id == b.id) continue;
      const auto& [lo, hi] = bounds[b.id];
      const auto& ma = model().at(a.id);
      const auto& mb = model().at(b.id);
      double worst = 0.0;
      glm::dvec3 where(0.0);
      for (std::size_t i = 0; i < ma.pos.size(); i += 5) {
        const auto& p = ma.pos[i];
        if (glm::any(glm::lessThan(p, lo)) || glm::any(glm::greaterThan(p, hi))) continue;
        bool near = false;
        for (const auto* id : {&a.id, &b.id})
          for (const auto& q : attach[*id]) near = near || glm::length(p - q) < kNearAttachment;
        if (near) continue;
        if (winding(mb, p) > 0.5) {
          const double depth = distanceTo(mb, p);
          if (depth > worst) { worst = depth; where = p; }
        }
      }
      if (worst > 0.001) MESSAGE(a.id << " inside " << b.id << " by " << worst * 1000 << " mm at " << where.x << ", " << where.y << ", " << where.z);
      if (worst > worstAll && !kKnown.count({a.id, b.id})) { worstAll = worst; worstPair = a.id + " in " + b.id; }
      const auto known = kKnown.find({a.id, b.id});
      CHECK_MESSAGE(worst <= (known == kKnown.end() ? kMaxDepth : known->second), a.id << " cuts into " << b.id << " by " << worst * 1000 << " mm");
    }
  MESSAGE("deepest muscle-muscle intersection (known faults aside): " << worstPair << ", " << worstAll * 1000 << " mm");
}

namespace {
// Tape-measure girth (convex hull of the section) of the skin at the
// description's level for a measure, against its cited ANSUR II male mean.
void checkGirth(const std::string& measure, double tolerance) {
  const auto& skin = model().at("skin");
  for (const auto& l : desc().skinLevels) {
    if (l.measure.rfind(measure, 0) != 0) continue;
    const auto pts = slice(skin, l.height);
    REQUIRE_MESSAGE(pts.size() > 20, l.measure);
    const double girth = hullPerimeter(pts);
    MESSAGE(l.measure << ": " << girth * 1000 << " mm, ANSUR " << l.circumference * 1000 << " mm (" << (girth / l.circumference - 1.0) * 100 << " %)");
    // Relative: doctest's Approx adds its scale of 1 to the values, which in
    // metres would allow 8 cm.
    CHECK_MESSAGE(std::abs(girth / l.circumference - 1.0) <= tolerance, l.measure);
    return;
  }
  FAIL("no skin level " << measure);
}
}  // namespace

// The skin is blurred over the muscles, so a few per cent are expected.
TEST_CASE("model: skin circumference of the proximal thigh follows ANSUR II") { checkGirth("thigh circumference", 0.08); }

TEST_CASE("model: skin circumference of the calf follows ANSUR II") { checkGirth("calf circumference", 0.08); }

// Above the knee the bellies under their cover make most of the girth
// (+7.5 %; it was +24 % before the distal thigh was reshaped, +8.8 % before
// the hamstrings turned to tendon a little higher).
TEST_CASE("model: skin circumference above the knee follows ANSUR II") { checkGirth("lower thigh circumference", 0.08); }

namespace {
// Signed depth of a point inside a closed section (negative outside).
double depthIn(const std::vector<Segment>& section, glm::dvec2 q) {
  bool inside = false;
  double best = 1e9;
  for (const auto& s : section) {
    if ((s.a.y > q.y) != (s.b.y > q.y) && s.a.x + (q.y - s.a.y) * (s.b.x - s.a.x) / (s.b.y - s.a.y) > q.x) inside = !inside;
    const glm::dvec2 e = s.b - s.a;
    const double t = std::clamp(glm::dot(q - s.a, e) / std::max(glm::dot(e, e), 1e-18), 0.0, 1.0);
    best = std::min(best, glm::length(q - s.a - t * e));
  }
  return inside ? best : -best;
}
}  // namespace

// Nothing shows through the skin: on sections every centimetre from the
// ankle to the top of the pelvis, every structure lies at least 1 mm inside it. The
// skin is open at the midline (the left half is not modelled), so points
// within 1 cm of it are left out.
TEST_CASE("model: the skin covers every structure") {
  const auto& skin = model().at("skin");
  double worst = 1e9;
  std::string where;
  for (int cm = 6; cm <= 104; ++cm) {
    const double y = cm * 0.01 + 0.0003;  // off the meshing grid's planes
    const auto section = sliceSegments(skin, y);
    REQUIRE(section.size() > 20);
    for (const auto& [id, mesh] : model()) {
      if (id == "skin") continue;
      const auto pts = slice(mesh, y);
      for (std::size_t i = 0; i < pts.size(); i += 2) {
        if (pts[i].y < 0.01) continue;
        const double d = depthIn(section, pts[i]);
        if (d < worst) { worst = d; where = id + " at y " + std::to_string(y); }
      }
    }
  }
  MESSAGE("least cover: " << worst * 1000 << " mm, " << where);
  CHECK(worst >= 0.001);
}
