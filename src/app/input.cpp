#include "app/input.h"

#include "core/overlay/condition_view.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

namespace myo::app {

void handleCameraMouse(AppState& state, int fbWidth, int fbHeight, float pixelsPerPoint) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantCaptureMouse) return;
  glm::vec2 delta{io.MouseDelta.x * pixelsPerPoint, io.MouseDelta.y * pixelsPerPoint};
  bool shift = io.KeyShift;
  bool moved = delta.x != 0.0f || delta.y != 0.0f;
  if (moved && (io.MouseDown[1] || io.MouseDown[2] || (io.MouseDown[0] && shift))) {
    state.transition.active = false;
    state.camera.pan(delta, static_cast<float>(fbHeight));
  } else if (moved && io.MouseDown[0]) {
    state.transition.active = false;
    state.camera.orbit(delta);
  }
  if (io.MouseWheel != 0.0f) {
    state.transition.active = false;
    glm::vec2 cursor{io.MousePos.x * pixelsPerPoint, io.MousePos.y * pixelsPerPoint};
    state.camera.zoom(io.MouseWheel, cursor, {static_cast<float>(fbWidth), static_cast<float>(fbHeight)});
  }
}

void handlePicking(AppState& state, const TriangleBvh& bvh, std::span<const std::uint8_t> pickable, int fbWidth,
                   int fbHeight, float pixelsPerPoint, double now) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantCaptureMouse) {
    state.hovered = -1;
    state.hoveredPainSite.clear();
    return;
  }
  glm::vec2 viewport{static_cast<float>(fbWidth), static_cast<float>(fbHeight)};
  glm::vec2 cursor{io.MousePos.x * pixelsPerPoint, io.MousePos.y * pixelsPerPoint};
  auto hit = pickAlong(state, bvh, state.camera.rayThroughPixel(cursor, viewport), pickable);
  state.hovered = hit ? hit->mesh : -1;
  // Over a glowing pain site, the site is what the user points at too.
  const content::PainSite* site = nullptr;
  if (hit && state.content && state.condition >= 0 && state.showPain)
    site = overlay::painSiteAt(state.scene, *state.content,
                               state.content->conditions[static_cast<std::size_t>(state.condition)], hit->point);
  if (site) {
    if (state.hoveredPainSite != site->id) state.hoveredPainSite = site->id;
  } else if (!state.hoveredPainSite.empty()) {
    state.hoveredPainSite.clear();
  }
  // A click is a press and release that barely moved; a drag orbits instead.
  bool click = ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] < 16.0f;
  if (click) state.selected = state.hovered;
  // Clicking a pain site also lists the structures to work on for it (Condition panel).
  if (click && site) state.focusedPainSite = site->id;
  if (ImGui::IsMouseDoubleClicked(0) && hit) {
    state.selected = hit->mesh;
    const Aabb box = structureBounds(state, hit->mesh);
    startTransition(state, state.camera.framed(box, viewport.x / viewport.y, 1.4f), now, 0.6);
  }
}

void handleShortcuts(GLFWwindow* window, AppState& state) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantCaptureKeyboard) return;
  // ImGui 1.86 indexes keys by the GLFW key codes.
  static constexpr struct { int key; ViewPreset view; } kViews[] = {
      {GLFW_KEY_1, ViewPreset::Anterior}, {GLFW_KEY_2, ViewPreset::Posterior}, {GLFW_KEY_3, ViewPreset::Lateral},
      {GLFW_KEY_4, ViewPreset::Medial},   {GLFW_KEY_5, ViewPreset::Superior}};
  for (const auto& v : kViews)
    if (ImGui::IsKeyPressed(v.key, false)) state.requestedView = v.view;
  if (ImGui::IsKeyPressed(GLFW_KEY_R, false) && !io.KeyCtrl) state.requestReset = true;
  if (ImGui::IsKeyPressed(GLFW_KEY_F, false)) state.requestFrameAll = true;
  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) state.selected = -1;
  if (ImGui::IsKeyPressed(GLFW_KEY_L, false)) state.showLabels = !state.showLabels;
  if (ImGui::IsKeyPressed(GLFW_KEY_B, false)) {
    state.bothLegs = !state.bothLegs;
    state.requestFrameAll = true;
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_S, false) && !io.KeyCtrl) state.showSkin = !state.showSkin;
  if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) glfwSetWindowShouldClose(window, GLFW_TRUE);
}

void applyRequests(AppState& state, const TriangleBvh& bvh, int fbWidth, int fbHeight, double now) {
  if (state.requestedPath) {
    const std::string problem = choosePath(state, *state.requestedPath, bvh);
    if (!problem.empty()) state.messages.push_back({UserMessage::Kind::Error, problem});
    state.requestedPath.reset();
  }
  float aspect = static_cast<float>(fbWidth) / static_cast<float>(std::max(1, fbHeight));
  if (state.requestReset) {
    state.requestReset = false;
    state.requestedView = ViewPreset::Anterior;
  }
  if (state.requestedView) {
    OrbitCamera target = state.camera;
    target.setView(*state.requestedView);
    startTransition(state, target.framed(viewBounds(state), aspect), now);
    state.requestedView.reset();
  }
  if (state.requestFrameAll) {
    state.requestFrameAll = false;
    startTransition(state, state.camera.framed(viewBounds(state), aspect), now);
  }
}

} // namespace myo::app
