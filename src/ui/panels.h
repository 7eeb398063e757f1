#pragma once
// The ImGui panels, one per file, each drawing from and writing to the one AppState.
// No GL here: the app renders ImGui's draw data.
#include "core/state/app_state.h"

namespace myo::ui {

void drawMenuBar(AppState& state);
void drawStatusBar(AppState& state);
void drawMessages(AppState& state);
void drawAbout(AppState& state);
void drawContentProblems(AppState& state);
void drawStructureBrowser(AppState& state);
void drawStructureCard(AppState& state);
void drawStretchPanel(AppState& state);
void drawConditionPanel(AppState& state);
void drawPathPanel(AppState& state);
void drawHoverTooltip(AppState& state);

/// All panels, in drawing order.
inline void drawPanels(AppState& state) {
  drawMenuBar(state);
  drawStructureBrowser(state);
  drawStructureCard(state);
  drawStretchPanel(state);
  drawConditionPanel(state);
  drawPathPanel(state);
  drawStatusBar(state);
  drawHoverTooltip(state);
  drawMessages(state);
  drawAbout(state);
  drawContentProblems(state);
}

} // namespace myo::ui
