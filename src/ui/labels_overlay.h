#pragma once
// Structure names with leader lines, drawn over the 3D view with ImGui's foreground draw list.
#include "core/picking/bvh.h"
#include "core/state/app_state.h"

#include <glm/vec2.hpp>

#include <span>

namespace myo::ui {

/// Re-lays the labels when the camera moved since the last layout or state.labelsDirty is set.
/// `viewport` is in framebuffer pixels. Needs an ImGui frame (for text sizes).
void updateLabels(AppState& state, const TriangleBvh& bvh, std::span<const std::uint8_t> pickable, glm::vec2 viewport,
                  float pixelsPerPoint);
void drawLabels(const AppState& state, float pixelsPerPoint);

} // namespace myo::ui
