#pragma once
#include <glm/common.hpp>
#include <glm/vec3.hpp>
#include <limits>

namespace myo {

/// Axis-aligned box in model space (metres). Empty until something is added.
struct Aabb {
  glm::vec3 min{std::numeric_limits<float>::max()};
  glm::vec3 max{std::numeric_limits<float>::lowest()};

  [[nodiscard]] bool empty() const { return min.x > max.x; }
  [[nodiscard]] glm::vec3 center() const { return (min + max) * 0.5f; }
  [[nodiscard]] glm::vec3 size() const { return empty() ? glm::vec3(0.0f) : max - min; }
  void add(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
  void add(const Aabb& b) {
    if (b.empty()) return;
    add(b.min);
    add(b.max);
  }
};

} // namespace myo
