#include "ui/panels.h"

#include "core/overlay/condition_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace myo::ui {
namespace {

void field(const char* label, const std::string& text) {
  if (text.empty()) return;
  ImGui::TextDisabled("%s", label);
  ImGui::Indent();
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::Unindent();
}

// "[gray2016, delp1990]" after a claim, so every statement shows where it comes from.
void citations(const std::vector<std::string>& cites) {
  if (cites.empty()) return;
  std::string text = "[";
  for (std::size_t i = 0; i < cites.size(); ++i) text += (i ? ", " : "") + cites[i];
  text += "]";
  ImGui::TextDisabled("%s", text.c_str());
}

void addCited(std::vector<std::string>& all, const std::vector<std::string>& cites) {
  for (const auto& c : cites)
    if (std::find(all.begin(), all.end(), c) == all.end()) all.push_back(c);
}

} // namespace

void drawStructureCard(AppState& state) {
  if (!state.showCard || state.selected < 0 || !state.content) return;
  auto mesh = static_cast<std::size_t>(state.selected);
  if (mesh >= state.structureOfMesh.size() || state.structureOfMesh[mesh] < 0) return;
  const content::Content& pack = *state.content;
  const content::Structure& st = pack.structures[static_cast<std::size_t>(state.structureOfMesh[mesh])];

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float width = 360.0f * ImGui::GetFontSize() / 15.0f;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width - 8.0f, vp->Pos.y + ImGui::GetFrameHeight() + 8.0f),
                          ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y * 0.45f), ImGuiCond_FirstUseEver);
  // The card is drawn only while something is selected; the user who closes it wants it gone.
  if (!ImGui::Begin("Structure", &state.showCard)) {
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::Text("%s", st.name.c_str());
  if (!st.latin.empty()) ImGui::TextDisabled("%s", st.latin.c_str());
  if (!st.synonyms.empty()) {
    std::string also = "Also called: ";
    for (std::size_t i = 0; i < st.synonyms.size(); ++i) also += (i ? ", " : "") + st.synonyms[i];
    ImGui::TextWrapped("%s", also.c_str());
  }
  ImGui::TextDisabled("Group: %s   Layer: %s", st.group.c_str(), std::string(layerName(st.layer)).c_str());
  ImGui::Separator();
  field("Origin", st.origin);
  field("Insertion", st.insertion);
  field("Action", st.action);
  field("Nerve supply", st.innervation);
  citations(st.cites);

  if (!st.role.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("Its part in knee pain");
    for (const content::Claim& c : st.role) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", c.text.c_str());
      citations(c.cites);
    }
  }

  // Structure to pain: the pain sites of the conditions that list it to work on.
  const auto linked = overlay::painSitesForStructure(pack, st.id);
  if (!linked.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("Linked to pain");
    for (const std::string& id : linked)
      if (const content::PainSite* p = pack.painSite(id)) ImGui::BulletText("%s", p->name.c_str());
  }

  bool anyPath = false, anyStretch = false;
  for (const auto& p : pack.rollingPaths) anyPath |= p.target == st.id;
  for (const auto& s : pack.stretches) anyStretch |= std::find(s.targets.begin(), s.targets.end(), st.id) != s.targets.end();
  if (anyPath || anyStretch) ImGui::Separator();
  // Each one plays when clicked: the roller on its path, or the leg through the stretch.
  if (anyPath) {
    ImGui::TextDisabled("Rolling paths (click to play)");
    for (std::size_t i = 0; i < pack.rollingPaths.size(); ++i)
      if (pack.rollingPaths[i].target == st.id) {
        ImGui::Bullet();
        if (ImGui::Selectable((pack.rollingPaths[i].name + "##path").c_str(), state.rolling.path == static_cast<int>(i)))
          state.requestedPath = static_cast<int>(i);
      }
  }
  if (anyStretch) {
    ImGui::TextDisabled("Stretches (click to play)");
    for (std::size_t i = 0; i < pack.stretches.size(); ++i) {
      const auto& s = pack.stretches[i];
      if (std::find(s.targets.begin(), s.targets.end(), st.id) == s.targets.end()) continue;
      ImGui::Bullet();
      if (ImGui::Selectable((s.name + "##stretch").c_str(), state.player.stretch == static_cast<int>(i)))
        chooseStretch(state, static_cast<int>(i));
    }
  }

  // Full references for everything cited on this card.
  std::vector<std::string> cited;
  addCited(cited, st.cites);
  for (const auto& c : st.role) addCited(cited, c.cites);
  if (!cited.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("Sources");
    for (const std::string& id : cited) {
      for (const auto& r : pack.references)
        if (r.id == id) {
          ImGui::TextWrapped("[%s] %s", r.id.c_str(), r.citation.c_str());
          if (!r.reportedBy.empty()) ImGui::TextDisabled("  as reported by [%s]", r.reportedBy.c_str());
        }
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
}

} // namespace myo::ui
