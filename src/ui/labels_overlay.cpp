#include "ui/labels_overlay.h"

#include <imgui.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <cstring>

namespace myo::ui {
namespace {
bool samePose(const CameraPose& a, const CameraPose& b) {
  return a.target == b.target && a.distance == b.distance && a.yaw == b.yaw && a.pitch == b.pitch;
}
} // namespace

void updateLabels(AppState& state, const TriangleBvh& bvh, std::span<const std::uint8_t> pickable, glm::vec2 viewport,
                  float pixelsPerPoint) {
  if (!state.showLabels || !state.content) return;
  bool sameVisibility = std::equal(pickable.begin(), pickable.end(), state.labelsPickable.begin(),
                                   state.labelsPickable.end());
  const bool samePalette = state.labelsPalette == (state.frame.skinned ? state.frame.palette : kStandingPalette);
  if (!state.labelsDirty && sameVisibility && samePalette && samePose(state.labelsPose, state.camera.pose)) return;
  state.labelsPose = state.camera.pose;
  state.labelsPalette = state.frame.skinned ? state.frame.palette : kStandingPalette;
  state.labelsPickable.assign(pickable.begin(), pickable.end());
  state.labelsDirty = false;
  state.labels.clear();
  // The left side of a stretch is the leg drawn mirrored: labels name the right leg only.
  if (!state.frame.drawRight) return;

  // The model's extent on screen sets the two columns.
  const glm::mat4 vp = state.camera.projection(viewport.x / viewport.y) * state.camera.view();
  const Aabb box = viewBounds(state); // as posed and drawn
  float left = viewport.x, right = 0.0f;
  for (int i = 0; i < 8; ++i) {
    glm::vec3 c{(i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y, (i & 4) ? box.max.z : box.min.z};
    glm::vec4 clip = vp * glm::vec4(c, 1.0f);
    float x = (clip.x / clip.w * 0.5f + 0.5f) * viewport.x;
    left = std::min(left, x);
    right = std::max(right, x);
  }
  std::vector<LabelRequest> requests;
  for (std::size_t m = 0; m < state.scene.meshes.size(); ++m) {
    if (m >= pickable.size() || !pickable[m] || m >= state.structureOfMesh.size() || state.structureOfMesh[m] < 0) continue;
    auto anchor = findLabelAnchor(state.scene, static_cast<int>(m), state.camera, viewport, bvh, pickable, 48,
                                  state.frame.skinned ? &state.frame.palette : nullptr);
    if (!anchor) continue;
    const std::string& name = state.content->structures[static_cast<std::size_t>(state.structureOfMesh[m])].name;
    float width = ImGui::CalcTextSize(name.c_str()).x * pixelsPerPoint;
    requests.push_back({static_cast<int>(m), *anchor, width});
  }
  float line = ImGui::GetTextLineHeightWithSpacing() * pixelsPerPoint * 1.15f;
  state.labels = layoutLabels(requests, left, right, line * 1.5f, viewport.y - line * 1.5f, line, viewport.x);
}

void drawLabels(const AppState& state, float pixelsPerPoint) {
  // Labels laid out for another camera would point at the wrong places: none while it moves.
  if (!state.showLabels || !state.content || !samePose(state.labelsPose, state.camera.pose)) return;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float s = 1.0f / pixelsPerPoint; // labels are laid out in framebuffer pixels
  const ImU32 lineColour = IM_COL32(245, 235, 215, 220), textColour = IM_COL32(250, 248, 240, 255);
  const ImU32 backColour = IM_COL32(20, 22, 26, 190), dotColour = IM_COL32(255, 210, 80, 255);
  const float lineHeight = ImGui::GetTextLineHeight();
  for (const PlacedLabel& l : state.labels) {
    const std::string& name =
        state.content->structures[static_cast<std::size_t>(state.structureOfMesh[static_cast<std::size_t>(l.mesh)])].name;
    ImVec2 anchor(l.anchor.x * s, l.anchor.y * s);
    ImVec2 text(l.text.x * s, l.text.y * s);
    ImVec2 size = ImGui::CalcTextSize(name.c_str());
    // The leader leaves the label at its middle, on the side facing the model.
    ImVec2 join(l.left ? text.x + size.x + 4.0f : text.x - 4.0f, text.y + lineHeight * 0.5f);
    draw->AddLine(anchor, join, IM_COL32(0, 0, 0, 120), 3.0f);
    draw->AddLine(anchor, join, lineColour, 1.2f);
    draw->AddCircleFilled(anchor, 3.0f, dotColour);
    bool selected = l.mesh == state.selected;
    draw->AddRectFilled(ImVec2(text.x - 3.0f, text.y - 1.0f), ImVec2(text.x + size.x + 3.0f, text.y + lineHeight + 1.0f),
                        selected ? IM_COL32(120, 80, 10, 220) : backColour, 3.0f);
    draw->AddText(text, textColour, name.c_str());
  }
}

} // namespace myo::ui
