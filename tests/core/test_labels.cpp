#include "core/explore/labels.h"

#include <doctest/doctest.h>

using namespace myo;

TEST_CASE("labels sit beside the model on their anchor's side, in order, never overlapping") {
  std::vector<LabelRequest> requests;
  // Twelve anchors crowded into a small part of the model's left and right halves.
  for (int i = 0; i < 12; ++i)
    requests.push_back({i, {i % 2 ? 560.0f : 420.0f, 300.0f + static_cast<float>(i) * 3.0f}, 80.0f + static_cast<float>(i)});
  auto placed = layoutLabels(requests, 400.0f, 600.0f, 20.0f, 700.0f, 18.0f);
  REQUIRE(placed.size() == requests.size());
  for (const PlacedLabel& a : placed) {
    if (a.left) {
      CHECK(a.anchor.x < 560.0f);
      CHECK(a.text.x + a.width < 400.0f);
    } else {
      CHECK(a.anchor.x >= 560.0f);
      CHECK(a.text.x > 600.0f);
    }
    CHECK(a.text.y >= 20.0f);
    CHECK(a.text.y + 18.0f <= 700.0f);
    for (const PlacedLabel& b : placed) {
      if (&a == &b || a.left != b.left) continue;
      CHECK(std::abs(a.text.y - b.text.y) >= 18.0f - 1e-3f);
      if (a.anchor.y < b.anchor.y) CHECK(a.text.y < b.text.y); // leader lines do not cross
    }
  }
}

TEST_CASE("a label stays level with its anchor when there is room") {
  std::vector<LabelRequest> requests{{0, {700.0f, 250.0f}, 60.0f}};
  auto placed = layoutLabels(requests, 400.0f, 600.0f, 0.0f, 720.0f, 18.0f);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].text.y == doctest::Approx(241.0f));
  CHECK_FALSE(placed[0].left);
}

TEST_CASE("labels anchor on the visible part of their structure") {
  // Two squares facing the camera: mesh 1 in front covers the left half of mesh 0.
  Scene s;
  s.materials.resize(1);
  auto quad = [](float x0, float x1, float z) {
    SceneMesh m;
    m.vertices = {{{z, -0.5f, x0}}, {{z, -0.5f, x1}}, {{z, 0.5f, x1}}, {{z, 0.5f, x0}}};
    // Subdivide by adding more vertices along the quad, so anchors can be sampled across it.
    for (int i = 1; i < 20; ++i)
      for (int j = 1; j < 20; ++j)
        m.vertices.push_back({{z, -0.5f + static_cast<float>(j) / 20.0f, x0 + (x1 - x0) * static_cast<float>(i) / 20.0f}});
    m.indices = {0, 1, 2, 0, 2, 3};
    updateBounds(m);
    return m;
  };
  s.meshes.push_back(quad(-0.5f, 0.5f, 0.0f));
  s.meshes.push_back(quad(-0.5f, 0.0f, 0.2f)); // nearer the anterior camera (+X)
  TriangleBvh bvh;
  bvh.build(s);
  OrbitCamera cam;
  cam.setView(ViewPreset::Anterior);
  cam.frame(s.bounds(), 1.0f);
  glm::vec2 viewport{400, 400};
  auto anchor0 = findLabelAnchor(s, 0, cam, viewport, bvh, {}, 200);
  auto anchor1 = findLabelAnchor(s, 1, cam, viewport, bvh, {}, 200);
  REQUIRE(anchor0);
  REQUIRE(anchor1);
  // Anterior view: +Z (this quad's x0..x1 runs along z) is on the viewer's left.
  Ray r0 = cam.rayThroughPixel(*anchor0, viewport);
  CHECK(bvh.intersect(r0)->mesh == 0);
  CHECK(bvh.intersect(cam.rayThroughPixel(*anchor1, viewport))->mesh == 1);
}

TEST_CASE("when the model fills the view, the label columns move in and stay on screen") {
  std::vector<LabelRequest> requests = {{0, {100.0f, 100.0f}, 120.0f}, {1, {700.0f, 200.0f}, 90.0f}};
  const auto labels = layoutLabels(requests, 20.0f, 780.0f, 0.0f, 600.0f, 20.0f, 800.0f);
  REQUIRE(labels.size() == 2);
  for (const PlacedLabel& l : labels) {
    CHECK(l.text.x >= 0.0f);
    CHECK(l.text.x + l.width <= 800.0f);
  }
}
