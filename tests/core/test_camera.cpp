#include "core/camera/orbit_camera.h"

#include <doctest/doctest.h>
#include <algorithm>
#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>

using namespace myo;

namespace {
Aabb legBox() {
  Aabb b;
  b.add({-0.10f, 0.0f, -0.08f});
  b.add({0.12f, 1.0f, 0.18f});
  return b;
}
bool approx(glm::vec3 a, glm::vec3 b, float eps = 1e-4f) { return glm::length(a - b) < eps; }
} // namespace

TEST_CASE("preset views look at the model from the anatomical directions") {
  OrbitCamera cam;
  cam.setView(ViewPreset::Anterior);
  CHECK(approx(cam.forward(), {-1, 0, 0})); // eye in front (+X), looking back
  cam.setView(ViewPreset::Posterior);
  CHECK(approx(cam.forward(), {1, 0, 0}));
  cam.setView(ViewPreset::Lateral);
  CHECK(approx(cam.forward(), {0, 0, -1})); // right leg: lateral is +Z
  cam.setView(ViewPreset::Medial);
  CHECK(approx(cam.forward(), {0, 0, 1}));
  cam.setView(ViewPreset::Superior);
  CHECK(cam.forward().y < -0.99f);
  CHECK(cam.up().x > 0.99f); // anterior at the top of the image
}

TEST_CASE("view names round-trip and unknown names are refused") {
  for (auto v : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Lateral, ViewPreset::Medial, ViewPreset::Superior})
    CHECK(parseViewPreset(viewName(v)) == v);
  CHECK_FALSE(parseViewPreset("front").has_value());
}

TEST_CASE("framing puts every corner of the box inside the view, tightly") {
  for (auto view : {ViewPreset::Anterior, ViewPreset::Lateral, ViewPreset::Superior}) {
    for (float aspect : {16.0f / 9.0f, 0.6f}) {
      OrbitCamera cam;
      cam.setView(view);
      cam.frame(legBox(), aspect);
      glm::mat4 vp = cam.projection(aspect) * cam.view();
      float maxExtent = 0.0f;
      for (int i = 0; i < 8; ++i) {
        Aabb b = legBox();
        glm::vec3 c{(i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z};
        glm::vec4 clip = vp * glm::vec4(c, 1.0f);
        REQUIRE(clip.w > 0.0f);
        float x = clip.x / clip.w, y = clip.y / clip.w;
        CHECK(std::abs(x) <= 1.0f);
        CHECK(std::abs(y) <= 1.0f);
        maxExtent = std::max({maxExtent, std::abs(x), std::abs(y)});
      }
      CHECK(maxExtent > 0.85f); // framed, not lost in the middle
    }
  }
}

TEST_CASE("zoom towards the cursor keeps the point under the cursor in place") {
  OrbitCamera cam;
  cam.setView(ViewPreset::Anterior);
  cam.frame(legBox(), 1.5f);
  glm::vec2 viewport{1200, 800}, cursor{900, 200};
  Ray before = cam.rayThroughPixel(cursor, viewport);
  // The point on the target plane under the cursor.
  float t = glm::dot(cam.pose.target - before.origin, cam.forward()) / glm::dot(before.direction, cam.forward());
  glm::vec3 point = before.origin + before.direction * t;
  float d0 = cam.pose.distance;
  cam.zoom(2.0f, cursor, viewport);
  CHECK(cam.pose.distance < d0);
  Ray after = cam.rayThroughPixel(cursor, viewport);
  glm::vec3 toPoint = glm::normalize(point - after.origin);
  CHECK(glm::dot(toPoint, after.direction) > 0.99999f);
}

TEST_CASE("orbit clamps the pitch short of the poles, pan follows the cursor") {
  OrbitCamera cam;
  cam.orbit({0.0f, 100000.0f});
  CHECK(cam.pose.pitch < glm::half_pi<float>());
  CHECK(std::isfinite(cam.view()[0][0]));
  OrbitCamera c2;
  c2.setView(ViewPreset::Anterior);
  glm::vec3 t0 = c2.pose.target;
  c2.pan({100.0f, 0.0f}, 800.0f); // drag right: the model moves right, so the target moves left
  CHECK(glm::dot(c2.pose.target - t0, c2.right()) < 0.0f);
}

TEST_CASE("the ray through the viewport centre is the view direction") {
  OrbitCamera cam;
  cam.setView(ViewPreset::Lateral);
  Ray r = cam.rayThroughPixel({400, 300}, {800, 600});
  CHECK(approx(r.direction, cam.forward()));
  CHECK(approx(r.origin, cam.eye()));
}

TEST_CASE("camera transitions take the short way round") {
  CameraPose a, b;
  a.yaw = 3.0f;
  b.yaw = -3.0f;
  CameraPose mid = interpolate(a, b, 0.5f);
  CHECK(std::abs(std::remainder(mid.yaw - glm::pi<float>(), glm::two_pi<float>())) < 0.01f);
  b.distance = 4.0f;
  a.distance = 1.0f;
  CHECK(interpolate(a, b, 0.5f).distance == doctest::Approx(2.0f));
}
