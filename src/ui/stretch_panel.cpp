#include "ui/panels.h"

#include "core/motion/stretch_pose.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

#include <cmath>
#include <string>

namespace myo::ui {
namespace {

ImU32 toImColour(glm::vec3 c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, 1.0f)); }

// The colour scale as a bar from -10% to +30%, with its ends labelled.
void legend() {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x, height = ImGui::GetTextLineHeight() * 0.8f;
  const int steps = 40;
  for (int i = 0; i < steps; ++i) {
    double a = -0.10 + 0.40 * i / steps, b = -0.10 + 0.40 * (i + 1) / steps;
    float x0 = p.x + width * static_cast<float>(i) / steps, x1 = p.x + width * static_cast<float>(i + 1) / steps;
    draw->AddRectFilledMultiColor(ImVec2(x0, p.y), ImVec2(x1, p.y + height), toImColour(lengtheningColour(a)),
                                  toImColour(lengtheningColour(b)), toImColour(lengtheningColour(b)),
                                  toImColour(lengtheningColour(a)));
  }
  ImGui::Dummy(ImVec2(width, height));
  // Each label centred under its value (the bar runs from -10% to +30%); the ends stay inside.
  const float start = ImGui::GetCursorPosX();
  auto label = [&](const char* text, double value, bool first) {
    const float w = ImGui::CalcTextSize(text).x;
    const float x = std::clamp(width * static_cast<float>((value + 0.10) / 0.40) - 0.5f * w, 0.0f, width - w);
    if (!first) ImGui::SameLine();
    ImGui::SetCursorPosX(start + x);
    ImGui::TextDisabled("%s", text);
  };
  label("-10%", -0.10, true);
  label("0%", 0.0, false);
  label("+15%", 0.15, false);
  label("+30%", 0.30, false);
}

// Where the player is, in the words of the exercise: which side, which repetition, moving
// in, holding, or out.
void progress(const AppState& state, const content::Stretch& s) {
  const motion::RepetitionTiming r = motion::repetitionTiming(s);
  const StretchMoment m = stretchMoment(state);
  const float t = m.inRepetition;
  if (m.sides > 1) ImGui::Text("Side %d of %d (%s leg)", m.side + 1, m.sides, m.left ? "left" : "right");
  else ImGui::Text("%s leg", m.left ? "Left" : "Right");
  ImGui::SameLine();
  ImGui::Text("  repetition %d of %d", m.repetition + 1, std::max(1, s.reps));
  if (t < r.moveS)
    ImGui::TextDisabled("Moving into the stretch");
  else if (t < r.moveS + r.holdS)
    ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.4f, 1.0f), "Hold: %.0f s left", std::ceil(r.moveS + r.holdS - t));
  else
    ImGui::TextDisabled("Easing out");
}

} // namespace

void drawStretchPanel(AppState& state) {
  if (!state.showStretchPanel || !state.content || state.content->stretches.empty()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // Bottom right, under the structure card, leaving the model in the middle clear.
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - 8.0f, vp->Pos.y + vp->Size.y - ImGui::GetFrameHeight() - 8.0f),
                          ImGuiCond_FirstUseEver, ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(420.0f * ImGui::GetFontSize() / 15.0f, 0.0f), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Stretches", &state.showStretchPanel)) {
    ImGui::End();
    return;
  }
  const content::Stretch* current = currentStretch(state);
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##stretch", current ? current->name.c_str() : "Choose a stretch...")) {
    if (ImGui::Selectable("Standing (no stretch)", !current)) chooseStretch(state, -1);
    for (std::size_t i = 0; i < state.content->stretches.size(); ++i)
      if (ImGui::Selectable(state.content->stretches[i].name.c_str(), current == &state.content->stretches[i]))
        chooseStretch(state, static_cast<int>(i));
    ImGui::EndCombo();
  }
  if (!current) {
    hint("The leg moves through the stretch; target muscles are coloured by how much they lengthen.");
    ImGui::End();
    return;
  }
  StretchPlayer& p = state.player;
  playerControls(p.playing, p.loop, p.speed, p.time, stretchTotalSeconds(state));
  progress(state, *current);
  ImGui::Separator();
  ImGui::TextWrapped("%s", current->position.c_str());
  for (const std::string& cue : current->cues) ImGui::BulletText("%s", cue.c_str());

  if (!state.targetLengths.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("Target muscles, length against standing");
    for (const TargetLength& t : state.targetLengths) {
      const auto* st = state.content->structure(t.muscle);
      ImVec2 swatch = ImGui::GetCursorScreenPos();
      float h = ImGui::GetTextLineHeight();
      ImGui::GetWindowDrawList()->AddRectFilled(swatch, ImVec2(swatch.x + h, swatch.y + h),
                                                toImColour(lengtheningColour(t.change())), 2.0f);
      ImGui::Dummy(ImVec2(h, h));
      ImGui::SameLine();
      ImGui::Text("%-26s %+5.1f%%", st ? st->name.c_str() : t.muscle.c_str(), t.change() * 100.0);
      if (state.anatomy && t.through < state.anatomy->muscles.size() && state.anatomy->muscles[t.through].id != t.muscle) {
        // A tendon or band: measured through the muscle in series that this stretch lengthens most.
        const std::string& via = state.anatomy->muscles[t.through].id;
        const auto* vs = state.content->structure(via);
        ImGui::TextDisabled("  through the %s, in series with it", vs ? vs->name.c_str() : via.c_str());
      }
      ImGui::PushID(t.muscle.c_str());
      ImGui::PlotLines("##curve", t.curve.data(), static_cast<int>(t.curve.size()), 0, nullptr, FLT_MAX, FLT_MAX,
                       ImVec2(ImGui::GetContentRegionAvail().x, h * 1.6f));
      ImGui::PopID();
    }
    legend();
  }
  ImGui::End();
}

} // namespace myo::ui
