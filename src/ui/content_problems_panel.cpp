#include "ui/panels.h"

#include <imgui.h>

namespace myo::ui {

// Shown while the content file has errors, until an edit fixes them: the app keeps the last
// good content meanwhile, and says so, so a therapist editing the file knows what is on screen.
void drawContentProblems(AppState& state) {
  if (state.contentProblems.empty() || !content::hasErrors(state.contentProblems)) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - 12.0f, vp->Pos.y + ImGui::GetFrameHeight() + 12.0f),
                          ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(360, 0), ImVec2(vp->Size.x * 0.6f, vp->Size.y * 0.5f));
  ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                           ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("Content file has errors", nullptr, flags)) {
    ImGui::TextWrapped("%s", state.content ? "Showing the last version that loaded without errors. Fix the file and "
                                             "save: it reloads by itself."
                                           : "No content is loaded yet. Fix the file and save: it reloads by itself.");
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.62f, 0.55f, 1.0f));
    int shown = 0;
    for (const auto& d : state.contentProblems) {
      if (++shown > 12) {
        ImGui::Text("... and %d more", static_cast<int>(state.contentProblems.size()) - 12);
        break;
      }
      ImGui::TextWrapped("%s", content::formatDiagnostic(d).c_str());
    }
    ImGui::PopStyleColor();
  }
  ImGui::End();
}

} // namespace myo::ui
