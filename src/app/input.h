#pragma once
// Mouse and keyboard for the 3D view, and the requests the panels make.
#include "core/state/app_state.h"

struct GLFWwindow;

namespace myo::app {

/// Orbit (left drag), pan (right or middle drag, or shift + left), zoom to the cursor (wheel);
/// only when ImGui does not want the mouse.
void handleCameraMouse(AppState& state, int fbWidth, int fbHeight, float pixelsPerPoint);
/// Keys 1-5 for the preset views, R to reset, F to frame the model, Ctrl+Q to quit.
void handleShortcuts(GLFWwindow* window, AppState& state);
/// Carries out the UI's requests (views, reset, frame) with smooth camera moves.
void applyRequests(AppState& state, int fbWidth, int fbHeight, double now);

} // namespace myo::app
