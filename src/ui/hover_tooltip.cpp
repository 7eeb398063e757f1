#include "ui/panels.h"

#include "ui/widgets.h"

#include <imgui.h>

#include <cmath>

namespace myo::ui {

// What is under the cursor on the model: the structure's name, and the pain site when one
// glows there (what it is, when it hurts, its sources).
void drawHoverTooltip(AppState& state) {
  if (ImGui::GetIO().WantCaptureMouse || state.hovered < 0 ||
      static_cast<std::size_t>(state.hovered) >= state.scene.meshes.size())
    return;
  const content::Structure* st = nullptr;
  if (state.content && static_cast<std::size_t>(state.hovered) < state.structureOfMesh.size() &&
      state.structureOfMesh[static_cast<std::size_t>(state.hovered)] >= 0)
    st = &state.content->structures[static_cast<std::size_t>(state.structureOfMesh[static_cast<std::size_t>(state.hovered)])];
  const content::PainSite* site = state.content && !state.hoveredPainSite.empty() ? state.content->painSite(state.hoveredPainSite) : nullptr;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
  ImGui::TextUnformatted(st ? st->name.c_str() : state.scene.meshes[static_cast<std::size_t>(state.hovered)].name.c_str());
  if (st && !st->latin.empty()) ImGui::TextDisabled("%s", st->latin.c_str());
  // During a stretch, any muscle's length now against standing, not only the targets'.
  if (state.player.stretch >= 0 && state.anatomy) {
    const std::string& id = state.scene.meshes[static_cast<std::size_t>(state.hovered)].name;
    for (std::size_t i = 0; i < state.anatomy->muscles.size() && i < state.muscleLengths.size() && i < state.standingLengths.size(); ++i)
      if (state.anatomy->muscles[i].id == id && state.standingLengths[i] > 0.0) {
        const double change = (state.muscleLengths[i] / state.standingLengths[i] - 1.0) * 100.0;
        ImGui::Text("Length %.1f cm: %.1f%% %s than standing", state.muscleLengths[i] * 100.0, std::abs(change),
                    change >= 0.0 ? "longer" : "shorter");
      }
  }
  if (site) {
    ImGui::Separator();
    const bool local = site->kind == content::PainKind::Local;
    ImGui::TextColored(local ? ImVec4(1.0f, 0.45f, 0.25f, 1.0f) : ImVec4(0.75f, 0.5f, 1.0f, 1.0f), "%s (%s pain)",
                       site->name.c_str(), local ? "local" : "referred");
    for (const std::string& w : site->when) ImGui::BulletText("%s", w.c_str());
    ImGui::TextDisabled("Click to see what to work on.");
    cites(state.content, site->cites);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

} // namespace myo::ui
