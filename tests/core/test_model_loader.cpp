#include "core/error.h"
#include "io/model_loader.h"

#include <doctest/doctest.h>

#include <algorithm>

#ifndef MYOMAP_TEST_DATA
#error "MYOMAP_TEST_DATA must point at tests/data"
#endif

using namespace myo;

TEST_CASE("an OBJ loads with its object names kept") {
  Scene s = io::loadModel(MYOMAP_TEST_DATA "/two_parts.obj");
  REQUIRE(s.meshes.size() == 2);
  CHECK(s.findMesh("femur") != nullptr);
  CHECK(s.findMesh("patella") != nullptr);
  CHECK(s.triangleCount() == 12 * 4 + 8);
  Aabb b = s.bounds();
  CHECK(b.min.y == doctest::Approx(0.05f));
  CHECK(b.max.y == doctest::Approx(0.505f));
  CHECK(s.materials.at(static_cast<std::size_t>(s.findMesh("femur")->material)).baseColor.r == doctest::Approx(0.85f));
}

TEST_CASE("missing and broken model files give an error naming the file") {
  auto expectError = [](const std::string& file) {
    try {
      (void)io::loadModel(file);
      FAIL("no error for " << file);
    } catch (const AssetError& e) {
      CHECK_MESSAGE(std::string(e.what()).find(file) != std::string::npos, e.what());
    }
  };
  expectError(MYOMAP_TEST_DATA "/does-not-exist.glb");
  expectError(MYOMAP_TEST_DATA "/broken.glb");
}

TEST_CASE("tendon weights come from the generator's texture coordinates, and from no other file's") {
  const Scene textured = io::loadModel(MYOMAP_TEST_DATA "/textured_square.obj");
  REQUIRE(textured.meshes.size() == 1);
  for (const Vertex& v : textured.meshes[0].vertices) CHECK(v.tendon == 0.0f);

  const Scene leg = io::loadModel(MYOMAP_BUNDLED_MODEL);
  const SceneMesh* semitendinosus = leg.findMesh("semitendinosus");
  const SceneMesh* femur = leg.findMesh("femur");
  REQUIRE(semitendinosus);
  REQUIRE(femur);
  const auto [lo, hi] = std::minmax_element(semitendinosus->vertices.begin(), semitendinosus->vertices.end(),
                                            [](const Vertex& a, const Vertex& b) { return a.tendon < b.tendon; });
  CHECK(lo->tendon < 0.05f); // its belly
  CHECK(hi->tendon > 0.95f); // its long tendon
  for (const Vertex& v : femur->vertices) REQUIRE(v.tendon == 0.0f);
}
