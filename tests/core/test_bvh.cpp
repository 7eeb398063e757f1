#include "core/picking/bvh.h"

#include <doctest/doctest.h>
#include <glm/geometric.hpp>

#include <limits>
#include <random>

using namespace myo;

namespace {

// A soup of small random triangles in a box, spread over three meshes.
Scene randomScene(std::uint32_t seed, int triangles) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> pos(-1.0f, 1.0f), off(-0.08f, 0.08f);
  Scene s;
  s.materials.emplace_back();
  s.meshes.resize(3);
  for (int i = 0; i < triangles; ++i) {
    SceneMesh& m = s.meshes[static_cast<std::size_t>(i % 3)];
    glm::vec3 c{pos(rng), pos(rng), pos(rng)};
    for (int k = 0; k < 3; ++k) {
      m.indices.push_back(static_cast<std::uint32_t>(m.vertices.size()));
      m.vertices.push_back({c + glm::vec3(off(rng), off(rng), off(rng))});
    }
  }
  for (auto& m : s.meshes) updateBounds(m);
  return s;
}

// The reference answer: every triangle tested.
std::optional<PickHit> bruteForce(const Scene& s, const Ray& r, std::span<const std::uint8_t> pickable) {
  std::optional<PickHit> best;
  for (std::size_t mi = 0; mi < s.meshes.size(); ++mi) {
    if (!pickable.empty() && !pickable[mi]) continue;
    const SceneMesh& m = s.meshes[mi];
    for (std::size_t i = 0; i < m.indices.size(); i += 3) {
      glm::vec3 a = m.vertices[m.indices[i]].position, e1 = m.vertices[m.indices[i + 1]].position - a,
                e2 = m.vertices[m.indices[i + 2]].position - a;
      glm::vec3 p = glm::cross(r.direction, e2);
      float det = glm::dot(e1, p);
      if (std::abs(det) < 1e-12f) continue;
      glm::vec3 sv = r.origin - a;
      float u = glm::dot(sv, p) / det;
      glm::vec3 q = glm::cross(sv, e1);
      float v = glm::dot(r.direction, q) / det;
      float t = glm::dot(e2, q) / det;
      if (u < 0 || v < 0 || u + v > 1 || t <= 0) continue;
      if (!best || t < best->distance) best = PickHit{static_cast<int>(mi), static_cast<int>(i / 3), t, r.origin + r.direction * t};
    }
  }
  return best;
}

} // namespace

TEST_CASE("the BVH finds the same nearest triangle as testing every one") {
  Scene s = randomScene(7, 3000);
  TriangleBvh bvh;
  bvh.build(s);
  CHECK(bvh.triangleCount() == 3000);
  CHECK(bvh.nodeCount() > 100);
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  int hits = 0;
  std::uint8_t onlyFirstTwo[] = {1, 1, 0};
  for (int i = 0; i < 500; ++i) {
    Ray r{{u(rng) * 3.0f, u(rng) * 3.0f, 3.0f}, {}};
    r.direction = glm::normalize(glm::vec3(u(rng), u(rng), -2.0f) - r.origin * 0.3f);
    for (std::span<const std::uint8_t> mask : {std::span<const std::uint8_t>{}, std::span<const std::uint8_t>(onlyFirstTwo)}) {
      auto expected = bruteForce(s, r, mask);
      auto actual = bvh.intersect(r, mask);
      REQUIRE(expected.has_value() == actual.has_value());
      if (!expected) continue;
      ++hits;
      CHECK(actual->mesh == expected->mesh);
      CHECK(actual->triangle == expected->triangle);
      CHECK(actual->distance == doctest::Approx(expected->distance));
      if (!mask.empty()) CHECK(actual->mesh != 2);
    }
  }
  CHECK(hits > 200); // the rays really went through the soup
}

TEST_CASE("an empty scene and a ray that misses give no hit") {
  TriangleBvh empty;
  empty.build(Scene{});
  CHECK_FALSE(empty.intersect(Ray{{0, 0, 5}, {0, 0, -1}}));
  Scene s = randomScene(3, 50);
  TriangleBvh bvh;
  bvh.build(s);
  CHECK_FALSE(bvh.intersect(Ray{{0, 0, 5}, {0, 0, 1}}));     // pointing away
  CHECK_FALSE(bvh.intersect(Ray{{10, 10, 5}, {0, 0, -1}}));  // beside the box
}

TEST_CASE("a refitted BVH picks the posed scene as brute force over posed triangles does") {
  Scene s = randomScene(7, 3000);
  // Mesh 1 moves with joint 1 (up 0.5 and turned), mesh 2 half with it: as skinning does.
  for (Vertex& v : s.meshes[1].vertices) v.joints = {1, 0, 0, 0}, v.weights = {1, 0, 0, 0};
  for (Vertex& v : s.meshes[2].vertices) v.joints = {1, 0, 0, 0}, v.weights = {0.5f, 0.5f, 0, 0};
  JointPalette palette;
  palette.fill(glm::mat4(1.0f));
  palette[1] = glm::mat4(glm::vec4(0, 1, 0, 0), glm::vec4(-1, 0, 0, 0), glm::vec4(0, 0, 1, 0), glm::vec4(0, 0.5f, 0, 1));
  TriangleBvh bvh;
  bvh.build(s);
  bvh.refit(s, palette);
  Scene posed = s;
  for (SceneMesh& m : posed.meshes)
    for (Vertex& v : m.vertices) v.position = posedPosition(v, palette);
  std::mt19937 rng(3);
  std::uniform_real_distribution<float> u(-1.5f, 1.5f);
  int hits = 0;
  for (int i = 0; i < 400; ++i) {
    Ray r{{u(rng), u(rng), 3.0f}, glm::normalize(glm::vec3(u(rng) * 0.2f, u(rng) * 0.2f, -1.0f))};
    auto got = bvh.intersect(r);
    auto want = bruteForce(posed, r, {});
    REQUIRE(got.has_value() == want.has_value());
    if (!got) continue;
    ++hits;
    CHECK(got->mesh == want->mesh);
    CHECK(got->distance == doctest::Approx(want->distance).epsilon(1e-4));
  }
  CHECK(hits > 50);
  // Back to standing: the same answers as the original scene.
  palette.fill(glm::mat4(1.0f));
  bvh.refit(s, palette);
  for (int i = 0; i < 200; ++i) {
    Ray r{{u(rng), u(rng), 3.0f}, glm::vec3(0, 0, -1)};
    auto got = bvh.intersect(r);
    auto want = bruteForce(s, r, {});
    REQUIRE(got.has_value() == want.has_value());
    if (got) CHECK(got->distance == doctest::Approx(want->distance).epsilon(1e-4));
  }
}
