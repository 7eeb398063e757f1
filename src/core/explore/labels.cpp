#include "core/explore/labels.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <limits>

namespace myo {

std::optional<glm::vec2> findLabelAnchor(const Scene& scene, int mesh, const OrbitCamera& camera, glm::vec2 viewport,
                                         const TriangleBvh& bvh, std::span<const std::uint8_t> pickable, int samples,
                                         const JointPalette* palette) {
  const SceneMesh& m = scene.meshes[static_cast<std::size_t>(mesh)];
  if (m.vertices.empty()) return std::nullopt;
  const float aspect = viewport.x / viewport.y;
  const glm::mat4 viewProjection = camera.projection(aspect) * camera.view();
  const std::size_t step = std::max<std::size_t>(1, m.vertices.size() / static_cast<std::size_t>(samples));
  glm::vec2 sum{0.0f};
  std::vector<glm::vec2> seen;
  seen.reserve(static_cast<std::size_t>(samples) + 1);
  for (std::size_t i = step / 2; i < m.vertices.size(); i += step) {
    const glm::vec3 at = palette ? posedPosition(m.vertices[i], *palette) : m.vertices[i].position;
    glm::vec4 clip = viewProjection * glm::vec4(at, 1.0f);
    if (clip.w <= 0.0f) continue;
    glm::vec2 ndc{clip.x / clip.w, clip.y / clip.w};
    if (std::abs(ndc.x) > 0.98f || std::abs(ndc.y) > 0.98f) continue;
    glm::vec2 pixel{(ndc.x * 0.5f + 0.5f) * viewport.x, (0.5f - ndc.y * 0.5f) * viewport.y};
    auto hit = bvh.intersect(camera.rayThroughPixel(pixel, viewport), pickable);
    if (!hit || hit->mesh != mesh) continue; // hidden behind something else
    seen.push_back(pixel);
    sum += pixel;
  }
  if (seen.empty()) return std::nullopt;
  glm::vec2 middle = sum / static_cast<float>(seen.size());
  return *std::min_element(seen.begin(), seen.end(), [&](glm::vec2 a, glm::vec2 b) {
    return glm::distance(a, middle) < glm::distance(b, middle);
  });
}

namespace {
// Spreads one column's labels: each wants the height of its anchor; push down to keep them
// apart, then back up from the bottom edge, then clamp to the top.
void spreadColumn(std::vector<PlacedLabel>& column, float top, float bottom, float lineHeight) {
  std::sort(column.begin(), column.end(), [](const PlacedLabel& a, const PlacedLabel& b) { return a.anchor.y < b.anchor.y; });
  float next = top;
  for (auto& l : column) {
    l.text.y = std::max(l.anchor.y - lineHeight * 0.5f, next);
    next = l.text.y + lineHeight;
  }
  float limit = bottom - lineHeight;
  for (auto it = column.rbegin(); it != column.rend(); ++it) {
    it->text.y = std::min(it->text.y, limit);
    limit = it->text.y - lineHeight;
  }
  // Too many labels for the height: keep them apart from the top and let the last ones spill.
  next = top;
  for (auto& l : column) {
    l.text.y = std::max(l.text.y, next);
    next = l.text.y + lineHeight;
  }
}
} // namespace

std::vector<PlacedLabel> layoutLabels(std::span<const LabelRequest> requests, float modelLeft, float modelRight,
                                      float top, float bottom, float lineHeight, float viewportWidth) {
  // Split at the anchors' median, not the model's middle: the pelvis widens the model's box,
  // and balanced columns keep leader lines short.
  std::vector<float> xs;
  xs.reserve(requests.size());
  for (const LabelRequest& r : requests) xs.push_back(r.anchor.x);
  float middle = 0.5f * (modelLeft + modelRight);
  if (!xs.empty()) {
    std::nth_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(xs.size() / 2), xs.end());
    middle = xs[xs.size() / 2];
  }
  const float gap = lineHeight * 1.5f;
  if (viewportWidth > 0.0f) {
    // A model that fills the view leaves no room beside it: the columns move in over it (the
    // labels have their own backing), never off the screen.
    float widest = 0.0f;
    for (const LabelRequest& r : requests) widest = std::max(widest, r.width);
    modelLeft = std::max(modelLeft, widest + gap + 4.0f);
    modelRight = std::min(modelRight, viewportWidth - widest - gap - 4.0f);
  }
  std::vector<PlacedLabel> left, right;
  for (const LabelRequest& r : requests) {
    PlacedLabel l{r.mesh, r.anchor, {}, r.width, r.anchor.x < middle};
    if (l.left) {
      l.text.x = modelLeft - gap - r.width;
      left.push_back(l);
    } else {
      l.text.x = modelRight + gap;
      right.push_back(l);
    }
  }
  spreadColumn(left, top, bottom, lineHeight);
  spreadColumn(right, top, bottom, lineHeight);
  left.insert(left.end(), right.begin(), right.end());
  return left;
}

} // namespace myo
