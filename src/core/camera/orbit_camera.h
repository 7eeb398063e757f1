#pragma once
// An orbit camera as pure math: no GL, no window. The app feeds it mouse deltas in pixels;
// the renderer asks it for matrices. Angles in radians, lengths in metres.
#include "core/camera/view_preset.h"
#include "core/scene/aabb.h"

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace myo {

struct Ray {
  glm::vec3 origin{0.0f};
  glm::vec3 direction{0.0f, 0.0f, -1.0f}; ///< unit length
};

/// Where the camera is: it looks at `target` from `distance` away, in the direction given by
/// yaw (about +Y, 0 = from +X) and pitch (up from the horizontal).
struct CameraPose {
  glm::vec3 target{0.0f};
  float distance = 3.0f;
  float yaw = 0.0f;
  float pitch = 0.0f;
};

/// Linear blend of two poses, taking the short way round in yaw; t in [0, 1].
[[nodiscard]] CameraPose interpolate(const CameraPose& a, const CameraPose& b, float t);

class OrbitCamera {
public:
  CameraPose pose;
  float fovY = 0.5236f; ///< 30 degrees: little perspective distortion on a tall model

  [[nodiscard]] glm::vec3 eye() const;
  [[nodiscard]] glm::vec3 forward() const; ///< unit, from eye to target
  [[nodiscard]] glm::vec3 right() const;
  [[nodiscard]] glm::vec3 up() const;
  [[nodiscard]] glm::mat4 view() const;
  /// Near and far planes follow the distance so depth precision stays good at every zoom.
  [[nodiscard]] glm::mat4 projection(float aspect) const;

  /// Sets yaw and pitch of the preset, keeping target and distance.
  void setView(ViewPreset preset);
  /// Pose that shows `box` whole in a viewport of `aspect` (width / height), from the current direction.
  [[nodiscard]] CameraPose framed(const Aabb& box, float aspect, float margin = 1.08f) const;
  void frame(const Aabb& box, float aspect) { pose = framed(box, aspect); }

  /// Mouse interaction; deltas in pixels of a viewport `viewportHeight` pixels tall.
  void orbit(glm::vec2 deltaPixels);
  void pan(glm::vec2 deltaPixels, float viewportHeight);
  /// Zoom by `steps` wheel notches towards the point under `cursor` (pixels, origin top left).
  void zoom(float steps, glm::vec2 cursor, glm::vec2 viewport);

  /// The ray through a point of the viewport in pixels (origin top left; add 0.5 for a pixel centre).
  [[nodiscard]] Ray rayThroughPixel(glm::vec2 pixel, glm::vec2 viewport) const;

  float minDistance = 0.05f;
  float maxDistance = 50.0f;
};

} // namespace myo
