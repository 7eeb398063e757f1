#pragma once
// Mouse and keyboard for the 3D view, and the requests the panels make.
#include "core/picking/bvh.h"
#include "core/state/app_state.h"

#include <span>

struct GLFWwindow;

namespace myo::app {

/// Orbit (left drag), pan (right or middle drag, or shift + left), zoom to the cursor (wheel);
/// only when ImGui does not want the mouse.
void handleCameraMouse(AppState& state, int fbWidth, int fbHeight, float pixelsPerPoint);
/// Hover shows a structure, a click (not a drag) selects it or clears the selection on empty
/// space, a double-click flies the camera to it. Uses the CPU BVH; no GL read-back.
void handlePicking(AppState& state, const TriangleBvh& bvh, std::span<const std::uint8_t> pickable, int fbWidth,
                   int fbHeight, float pixelsPerPoint, double now);
/// Keys 1-5 for the preset views, R to reset, F to frame the model, Ctrl+Q to quit.
void handleShortcuts(GLFWwindow* window, AppState& state);
/// Carries out the UI's requests (views, reset, frame) with smooth camera moves.
void applyRequests(AppState& state, const TriangleBvh& bvh, int fbWidth, int fbHeight, double now);

} // namespace myo::app
