#include "ui/panels.h"

#include <imgui.h>

namespace myo::ui {

// Errors stay on screen until the user dismisses them: a fallback the user did not notice
// would be worse than the error itself.
void drawMessages(AppState& state) {
  if (state.messages.empty()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + ImGui::GetFrameHeight() * 2.0f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(320, 0), ImVec2(vp->Size.x * 0.8f, vp->Size.y * 0.6f));
  ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                           ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("Messages", nullptr, flags)) {
    for (const auto& m : state.messages) {
      ImVec4 colour = m.kind == UserMessage::Kind::Error ? ImVec4(1.0f, 0.55f, 0.5f, 1.0f) : ImVec4(0.8f, 0.9f, 1.0f, 1.0f);
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      ImGui::TextWrapped("%s", m.text.c_str());
      ImGui::PopStyleColor();
      ImGui::Separator();
    }
    if (ImGui::Button("Dismiss")) state.messages.clear();
  }
  ImGui::End();
}

} // namespace myo::ui
