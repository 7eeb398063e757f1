#include "core/camera/orbit_camera.h"

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace myo {
namespace {
// Keeps the view from flipping over the poles, where lookAt's up vector degenerates.
constexpr float kMaxPitch = 1.5533f; // 89 degrees
} // namespace

std::string_view viewName(ViewPreset v) {
  switch (v) {
  case ViewPreset::Anterior: return "anterior";
  case ViewPreset::Posterior: return "posterior";
  case ViewPreset::Lateral: return "lateral";
  case ViewPreset::Medial: return "medial";
  case ViewPreset::Superior: return "superior";
  }
  return "anterior";
}

std::optional<ViewPreset> parseViewPreset(std::string_view name) {
  for (auto v : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Lateral, ViewPreset::Medial,
                 ViewPreset::Superior})
    if (viewName(v) == name) return v;
  return std::nullopt;
}

CameraPose interpolate(const CameraPose& a, const CameraPose& b, float t) {
  float dyaw = std::remainder(b.yaw - a.yaw, glm::two_pi<float>());
  CameraPose p;
  p.target = glm::mix(a.target, b.target, t);
  // Distance blends geometrically so a zoom feels even.
  p.distance = a.distance * std::pow(b.distance / a.distance, t);
  p.yaw = a.yaw + dyaw * t;
  p.pitch = glm::mix(a.pitch, b.pitch, t);
  return p;
}

glm::vec3 OrbitCamera::forward() const {
  float cp = std::cos(pose.pitch);
  glm::vec3 fromTarget{cp * std::cos(pose.yaw), std::sin(pose.pitch), cp * std::sin(pose.yaw)};
  return -fromTarget;
}

glm::vec3 OrbitCamera::eye() const { return pose.target - forward() * pose.distance; }

glm::vec3 OrbitCamera::right() const { return glm::normalize(glm::cross(forward(), glm::vec3(0, 1, 0))); }

glm::vec3 OrbitCamera::up() const { return glm::cross(right(), forward()); }

glm::mat4 OrbitCamera::view() const { return glm::lookAt(eye(), pose.target, up()); }

glm::mat4 OrbitCamera::projection(float aspect) const {
  float nearPlane = std::max(0.005f, pose.distance * 0.02f);
  float farPlane = pose.distance * 4.0f + 5.0f;
  return glm::perspective(fovY, aspect, nearPlane, farPlane);
}

void OrbitCamera::setView(ViewPreset preset) {
  switch (preset) {
  case ViewPreset::Anterior: pose.yaw = 0.0f; pose.pitch = 0.0f; break;
  case ViewPreset::Posterior: pose.yaw = glm::pi<float>(); pose.pitch = 0.0f; break;
  case ViewPreset::Lateral: pose.yaw = glm::half_pi<float>(); pose.pitch = 0.0f; break;
  case ViewPreset::Medial: pose.yaw = -glm::half_pi<float>(); pose.pitch = 0.0f; break;
  // From above with the eye a little posterior, so anterior is at the top of the image.
  case ViewPreset::Superior: pose.yaw = glm::pi<float>(); pose.pitch = kMaxPitch; break;
  }
}

CameraPose OrbitCamera::framed(const Aabb& box, float aspect, float margin) const {
  CameraPose result = pose;
  if (box.empty()) return result;
  result.target = box.center();
  float ty = std::tan(fovY * 0.5f) / margin;
  float tx = ty * aspect;
  glm::vec3 f = forward(), r = right(), u = up();
  // Distance at which every corner of the box falls inside the frustum.
  float needed = 0.0f;
  for (int i = 0; i < 8; ++i) {
    glm::vec3 c{(i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y,
                (i & 4) ? box.max.z : box.min.z};
    glm::vec3 p = c - result.target;
    float towardsEye = -glm::dot(p, f);
    needed = std::max(needed, towardsEye + std::abs(glm::dot(p, r)) / tx);
    needed = std::max(needed, towardsEye + std::abs(glm::dot(p, u)) / ty);
  }
  result.distance = std::clamp(needed, minDistance, maxDistance);
  return result;
}

void OrbitCamera::orbit(glm::vec2 deltaPixels) {
  constexpr float kRadiansPerPixel = 0.008f;
  pose.yaw += deltaPixels.x * kRadiansPerPixel;
  pose.pitch = std::clamp(pose.pitch + deltaPixels.y * kRadiansPerPixel, -kMaxPitch, kMaxPitch);
  pose.yaw = std::remainder(pose.yaw, glm::two_pi<float>());
}

void OrbitCamera::pan(glm::vec2 deltaPixels, float viewportHeight) {
  // Metres per pixel at the target's depth: the model follows the cursor.
  float scale = 2.0f * pose.distance * std::tan(fovY * 0.5f) / std::max(1.0f, viewportHeight);
  pose.target += (-deltaPixels.x * right() + deltaPixels.y * up()) * scale;
}

void OrbitCamera::zoom(float steps, glm::vec2 cursor, glm::vec2 viewport) {
  float factor = std::pow(0.85f, steps);
  float newDistance = std::clamp(pose.distance * factor, minDistance, maxDistance);
  factor = newDistance / pose.distance;
  // Keep the point under the cursor (on the plane through the target) fixed on screen.
  Ray ray = rayThroughPixel(cursor, viewport);
  float denom = glm::dot(ray.direction, forward());
  if (denom > 1e-4f) {
    float t = glm::dot(pose.target - ray.origin, forward()) / denom;
    glm::vec3 hit = ray.origin + ray.direction * t;
    pose.target = hit + (pose.target - hit) * factor;
  }
  pose.distance = newDistance;
}

Ray OrbitCamera::rayThroughPixel(glm::vec2 pixel, glm::vec2 viewport) const {
  float aspect = viewport.x / std::max(1.0f, viewport.y);
  float ndcX = (2.0f * pixel.x / viewport.x) - 1.0f;
  float ndcY = 1.0f - (2.0f * pixel.y / viewport.y);
  float ty = std::tan(fovY * 0.5f);
  glm::vec3 dir = forward() + right() * (ndcX * ty * aspect) + up() * (ndcY * ty);
  return Ray{eye(), glm::normalize(dir)};
}

} // namespace myo
