#include "ui/widgets.h"

#include <imgui.h>

namespace myo::ui {

void cites(const content::Content* pack, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  std::string text = "[";
  for (std::size_t i = 0; i < ids.size(); ++i)
    text += (i ? ", " : "") + ids[i];
  ImGui::SameLine();
  ImGui::TextDisabled("%s]", text.c_str());
  if (!pack || !ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
  for (const std::string& id : ids)
    for (const content::Reference& r : pack->references)
      if (r.id == id) ImGui::BulletText("%s", r.citation.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void playerControls(bool& playing, bool& loop, float& speed, float& time, float totalSeconds) {
  if (ImGui::Button(playing ? "Pause" : "Play")) playing = !playing;
  ImGui::SameLine();
  ImGui::Checkbox("Loop", &loop);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(110.0f);
  ImGui::SliderFloat("speed", &speed, 0.25f, 4.0f, "%.2fx", ImGuiSliderFlags_Logarithmic);
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##time", &time, 0.0f, totalSeconds, "%.1f s")) playing = false;
}

void hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

} // namespace myo::ui
