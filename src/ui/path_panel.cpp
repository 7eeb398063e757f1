#include "ui/panels.h"

#include "core/overlay/roller.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace myo::ui {
namespace {

const char* toolName(content::Tool t) {
  switch (t) {
  case content::Tool::FoamRoller:
    return "Foam roller";
  case content::Tool::Ball:
    return "Ball";
  case content::Tool::Stick:
    return "Massage stick";
  }
  return "";
}

const char* pressureName(content::Pressure p) {
  switch (p) {
  case content::Pressure::Light:
    return "light";
  case content::Pressure::Moderate:
    return "moderate";
  case content::Pressure::Firm:
    return "firm";
  }
  return "";
}

const char* phaseName(content::Phase p) {
  switch (p) {
  case content::Phase::Acute:
    return "while the knee is inflamed";
  case content::Phase::Recovery:
    return "once the pain has settled";
  case content::Phase::Any:
    return "any time";
  }
  return "";
}

std::string clock(float seconds) {
  const int s = static_cast<int>(std::floor(seconds));
  char text[16];
  std::snprintf(text, sizeof text, "%d:%02d", s / 60, s % 60);
  return text;
}

// Where the roller is, in the user's words: which pass, which way, or resting.
void timer(const AppState& state, const content::RollingPath& path) {
  if (!state.rolling.surface) return;
  const overlay::RollerPlace place = overlay::rollerAt(*state.rolling.surface, path, state.rolling.time);
  ImGui::Text("%s / %s", clock(place.elapsed).c_str(), clock(place.total).c_str());
  ImGui::SameLine();
  if (place.resting)
    ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.4f, 1.0f), "  passes done: rest on tender spots");
  else
    ImGui::TextDisabled("  pass %d of %d, %s", place.pass, std::max(1, path.passes),
                        place.pass % 2 == 1 ? "start to end" : "back to the start");
}

} // namespace

void drawPathPanel(AppState& state) {
  if (!state.showPathPanel || !state.content || state.content->rollingPaths.empty()) return;
  const content::Content& pack = *state.content;
  const content::RollingPath* current = currentPath(state);
  // Shown while a condition or a path is chosen: otherwise the model has the room.
  if (!current && state.condition < 0) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(
      ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y - ImGui::GetFrameHeight() - 8.0f),
      ImGuiCond_FirstUseEver, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(380.0f * ImGui::GetFontSize() / 15.0f, 0.0f), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Rolling", &state.showPathPanel)) {
    ImGui::End();
    return;
  }
  // The condition's paths first (its routines, then its structures); with none, every path.
  std::vector<int> choices;
  if (state.condition >= 0)
    choices = pathsForCondition(pack, pack.conditions[static_cast<std::size_t>(state.condition)]);
  if (choices.empty())
    for (std::size_t i = 0; i < pack.rollingPaths.size(); ++i)
      choices.push_back(static_cast<int>(i));
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##path", current ? current->name.c_str() : "Choose where to roll...")) {
    if (ImGui::Selectable("None", !current)) state.requestedPath = -1;
    for (int i : choices)
      if (ImGui::Selectable(pack.rollingPaths[static_cast<std::size_t>(i)].name.c_str(),
                            state.rolling.path == i))
        state.requestedPath = i;
    ImGui::EndCombo();
  }
  if (!current) {
    hint("A path is drawn on its muscle, with a roller moving along it at the right pace.");
    ImGui::End();
    return;
  }
  RollingPlayer& r = state.rolling;
  playerControls(r.playing, r.loop, r.speed, r.time, overlay::rollingTotalSeconds(*current));
  timer(state, *current);
  ImGui::Separator();
  const content::Structure* target = pack.structure(current->target);
  ImGui::Text("%s on %s", toolName(current->tool), target ? target->name.c_str() : current->target.c_str());
  ImGui::TextWrapped("%s", current->position.c_str());
  ImGui::Text("%d passes, %.0f s each; %s pressure; %s in all", std::max(1, current->passes), current->tempoS,
              pressureName(current->pressure), clock(current->durationS).c_str());
  ImGui::TextDisabled("When: %s", phaseName(current->phase));
  for (const std::string& cue : current->cues) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", cue.c_str());
  }
  ImGui::TextDisabled("Sources");
  cites(&pack, current->cites);
  ImGui::End();
}

} // namespace myo::ui
