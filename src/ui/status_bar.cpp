#include "ui/panels.h"

#include <imgui.h>

#include <filesystem>

namespace myo::ui {

void drawStatusBar(AppState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float height = ImGui::GetFrameHeight();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - height));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, height));
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                           ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f, 3.0f));
  if (ImGui::Begin("##status", nullptr, flags)) {
    std::string name = std::filesystem::path(state.scene.source).filename().string();
    ImGui::Text("%s  |  %zu structures, %zu triangles", name.c_str(), state.scene.meshes.size(),
                state.scene.triangleCount());
    if (state.frameMilliseconds > 0.0f) { // unmeasured in screenshots, which must not vary
      ImGui::SameLine();
      ImGui::Text("  |  %.1f ms", static_cast<double>(state.frameMilliseconds));
    }
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

} // namespace myo::ui
