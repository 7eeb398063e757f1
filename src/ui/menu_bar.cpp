#include "ui/panels.h"

#include <imgui.h>

namespace myo::ui {

void drawMenuBar(AppState& state) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) state.requestQuit = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    static constexpr struct { const char* label; const char* key; ViewPreset view; } kViews[] = {
        {"Anterior (front)", "1", ViewPreset::Anterior}, {"Posterior (back)", "2", ViewPreset::Posterior},
        {"Lateral (outside)", "3", ViewPreset::Lateral}, {"Medial (inside)", "4", ViewPreset::Medial},
        {"Superior (from above)", "5", ViewPreset::Superior}};
    for (const auto& v : kViews)
      if (ImGui::MenuItem(v.label, v.key)) state.requestedView = v.view;
    ImGui::Separator();
    if (ImGui::MenuItem("Frame the model", "F")) state.requestFrameAll = true;
    if (ImGui::MenuItem("Reset view", "R")) state.requestReset = true;
    ImGui::Separator();
    ImGui::MenuItem("Show skin", "S", &state.showSkin);
    ImGui::MenuItem("Labels", "L", &state.showLabels);
    ImGui::MenuItem("Both legs (mirrored left)", "B", &state.bothLegs);
    ImGui::MenuItem("Structures panel", nullptr, &state.showBrowser);
    ImGui::MenuItem("Structure card", nullptr, &state.showCard);
    ImGui::MenuItem("Stretches panel", nullptr, &state.showStretchPanel);
    ImGui::MenuItem("Condition panel", nullptr, &state.showConditionPanel);
    ImGui::MenuItem("Muscle fibre lines", nullptr, &state.striations);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::TextDisabled("Left drag: orbit   Right or middle drag, Shift+left: pan   Wheel: zoom");
    if (ImGui::MenuItem("About and credits")) state.showAbout = true;
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

} // namespace myo::ui
