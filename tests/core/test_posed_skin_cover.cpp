// The skin still covers what lies beneath it at every stretch's hold. Skin and muscles are
// skinned with different weights; where they follow the bones differently in a bent hip or
// knee, a muscle can come out through the see-through skin.
#include "core/anatomy/anatomy.hpp"
#include "core/content/load.h"
#include "core/motion/skinning.h"
#include "core/motion/stretch_pose.h"
#include "core/picking/bvh.h"
#include "io/model_loader.h"

#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <filesystem>
#include <map>

using namespace myo;

namespace {
// Outside a closed, outward-facing surface iff the first face a ray meets faces the ray (or
// none). Three rays vote, so a fold of the posed skin across one of them does not decide.
bool outside(const TriangleBvh& bvh, const Scene& skinOnly, const std::vector<glm::vec3>& posedSkin, glm::vec3 p) {
  static const glm::vec3 dirs[3] = {glm::normalize(glm::vec3(0.31f, 0.87f, 0.38f)), glm::normalize(glm::vec3(-0.62f, -0.45f, 0.64f)),
                                    glm::normalize(glm::vec3(0.55f, -0.52f, -0.65f))};
  int votes = 0;
  for (const glm::vec3& d : dirs) {
    const auto hit = bvh.intersect(Ray{p, d});
    if (!hit) {
      ++votes;
      continue;
    }
    const auto& idx = skinOnly.meshes[0].indices;
    const auto t = static_cast<std::size_t>(hit->triangle) * 3;
    const glm::vec3 a = posedSkin[idx[t]], b = posedSkin[idx[t + 1]], c = posedSkin[idx[t + 2]];
    votes += glm::dot(glm::cross(b - a, c - a), d) < 0.0f ? 1 : 0;
  }
  return votes >= 2;
}
} // namespace

TEST_CASE("the skin covers the structures at every stretch's hold") {
  const Scene scene = io::loadModel(MYOMAP_BUNDLED_MODEL);
  const auto desc = anatomy::loadDescription(std::filesystem::path(MYOMAP_BUNDLED_MODEL).replace_filename("leg-right.yaml"));
  auto loaded = content::loadContentFile(MYOMAP_SOURCE_DIR "/assets/content/runners-knee.yaml");
  REQUIRE(loaded.ok());
  Scene skinOnly;
  skinOnly.joints = scene.joints;
  REQUIRE(scene.findMesh("skin"));
  skinOnly.meshes.push_back(*scene.findMesh("skin"));
  TriangleBvh bvh;
  bvh.build(skinOnly);
  std::vector<glm::vec3> posedSkin(skinOnly.meshes[0].vertices.size());
  std::vector<content::Stretch> poses = loaded.content->stretches;
  poses.insert(poses.begin(), content::Stretch{});
  poses.front().id = "standing";
  for (const content::Stretch& s : poses) {
    motion::SkinningPalette palette;
    motion::computePalette(desc, motion::solvePose(desc, motion::toModelCoordinates(s.keyframes.empty() ? motion::ClinicalAngles{} : motion::holdPose(s))), scene.joints, palette);
    bvh.refit(skinOnly, palette);
    for (std::size_t i = 0; i < posedSkin.size(); ++i) posedSkin[i] = posedPosition(skinOnly.meshes[0].vertices[i], palette);
    for (const SceneMesh& m : scene.meshes) {
      if (m.name == "skin") continue;
      std::size_t out = 0;
      for (const Vertex& v : m.vertices) out += outside(bvh, skinOnly, posedSkin, posedPosition(v, palette)) ? 1 : 0;
      const double share = static_cast<double>(out) / static_cast<double>(m.vertices.size());
      if (out) MESSAGE(s.id << ": " << m.name << " " << out << " vertices outside the skin (" << share * 100.0 << " %)");
      if (s.id == "standing") {
        // Only the hip bone's edge at the pubic symphysis, beyond the skin's midline cut.
        CHECK_MESSAGE(share < (m.name == "hip_bone" ? 0.005 : 0.001), m.name << " " << share * 100.0 << " %");
      } else {
        // Deep in a bent knee or hip, a few vertices on the inside of the bend cross the
        // folded skin: up to 4.9 %, the top of the tensor fasciae latae in the crease of the
        // flexed hip in the adductor side lunge (3.7 % before the gluteus maximus was calibrated
        // again on 2026-12-03, 4.2 % before the adductor magnus became a sheet and the small hip
        // rotators were built, the tensor unchanged; 4.7 % before the tensor was made flat and
        // broad below its top). The gluteus maximus, on the
        // outside of a flexed hip, came 11.7 % out of it before the skin followed the structures
        // beneath it.
        CHECK_MESSAGE(share < 0.05, s.id << ": " << m.name << " " << share * 100.0 << " %");
        if (m.name == "gluteus_maximus") CHECK_MESSAGE(share < 0.015, s.id << ": gluteus maximus " << share * 100.0 << " %");
      }
    }
  }
}
