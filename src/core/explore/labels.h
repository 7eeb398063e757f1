#pragma once
// Labels as in an atlas: names in two columns beside the model, each joined to its structure by
// a leader line, never overlapping. Pure geometry in screen pixels (origin top left).
#include "core/camera/orbit_camera.h"
#include "core/picking/bvh.h"
#include "core/scene/scene.h"

#include <glm/vec2.hpp>

#include <optional>
#include <span>
#include <vector>

namespace myo {

struct LabelRequest {
  int mesh = -1;
  glm::vec2 anchor{0.0f}; ///< the point on the structure the leader line touches
  float width = 0.0f;     ///< of the text, pixels
};

struct PlacedLabel {
  int mesh = -1;
  glm::vec2 anchor{0.0f};
  glm::vec2 text{0.0f}; ///< top-left corner of the text
  float width = 0.0f;
  bool left = false;    ///< in the left column (text right-aligned to the column edge)
};

/// A visible point of `mesh` to hang its label on: among up to `samples` of its vertices, those
/// whose pixel shows this mesh first (BVH ray cast), the one nearest their middle. nullopt when
/// nothing of the mesh is visible. With `palette`, the vertices are posed by it (a stretch),
/// and `bvh` must be fitted to the same pose.
[[nodiscard]] std::optional<glm::vec2> findLabelAnchor(const Scene& scene, int mesh, const OrbitCamera& camera,
                                                       glm::vec2 viewport, const TriangleBvh& bvh,
                                                       std::span<const std::uint8_t> pickable, int samples = 48,
                                                       const JointPalette* palette = nullptr);

/// Places labels in a column left of `modelLeft` and one right of `modelRight` (pixels), each on
/// the side of its anchor (split at the anchors' median x), ordered like their anchors from top to bottom, at least `lineHeight`
/// apart and inside [top, bottom]. With `viewportWidth`, both columns stay inside [0, width].
[[nodiscard]] std::vector<PlacedLabel> layoutLabels(std::span<const LabelRequest> requests, float modelLeft,
                                                    float modelRight, float top, float bottom, float lineHeight,
                                                    float viewportWidth = 0.0f);

} // namespace myo
