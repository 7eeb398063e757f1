#include "ui/panels.h"

#include "core/overlay/condition_view.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <string>

namespace myo::ui {
namespace {

void claims(const content::Content& pack, const char* title, const std::vector<content::Claim>& list) {
  if (list.empty() || !ImGui::TreeNode(title)) return;
  for (const auto& c : list) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", c.text.c_str());
    cites(&pack, c.cites);
  }
  ImGui::TreePop();
}

void selectStructure(AppState& state, const std::string& id) {
  for (std::size_t i = 0; i < state.scene.meshes.size(); ++i)
    if (state.scene.meshes[i].name == id) state.selected = static_cast<int>(i);
}

void legendSwatch(glm::vec3 c, const char* label) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.45f,
                                              ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, 1.0f)));
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
  ImGui::TextUnformatted(label);
}

} // namespace

void drawConditionPanel(AppState& state) {
  if (!state.showConditionPanel || !state.content || state.content->conditions.empty()) return;
  const content::Content& pack = *state.content;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 8.0f, vp->Pos.y + vp->Size.y - ImGui::GetFrameHeight() - 8.0f),
                          ImGuiCond_FirstUseEver, ImVec2(0.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(380.0f * ImGui::GetFontSize() / 15.0f, vp->Size.y * 0.42f), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Condition", &state.showConditionPanel)) {
    ImGui::End();
    return;
  }
  const content::Condition* c =
      state.condition >= 0 ? &pack.conditions[static_cast<std::size_t>(state.condition)] : nullptr;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##condition", c ? c->name.c_str() : "Choose a condition...")) {
    if (ImGui::Selectable("None", !c)) state.condition = -1;
    for (std::size_t i = 0; i < pack.conditions.size(); ++i)
      if (ImGui::Selectable(pack.conditions[i].name.c_str(), c == &pack.conditions[i])) state.condition = static_cast<int>(i);
    ImGui::EndCombo();
  }
  if (!c) {
    hint("Shows where it hurts, where not to roll, and which muscles to work on.");
    ImGui::End();
    return;
  }
  ImGui::TextWrapped("%s", c->summary.text.c_str());
  cites(&pack, c->summary.cites);
  ImGui::Checkbox("Pain", &state.showPain);
  ImGui::SameLine();
  ImGui::Checkbox("Avoid zones", &state.showZones);
  ImGui::SameLine();
  ImGui::Checkbox("Paths", &state.showPaths);
  ImGui::TextDisabled("Pain:");
  ImGui::SameLine();
  legendSwatch(kLocalPain, "local");
  ImGui::SameLine();
  legendSwatch(kReferredPain, "referred");

  if (ImGui::CollapsingHeader("Where it hurts", ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const std::string& id : c->painSites) {
      const content::PainSite* site = pack.painSite(id);
      if (!site) continue;
      if (ImGui::Selectable(site->name.c_str(), state.focusedPainSite == id))
        state.focusedPainSite = state.focusedPainSite == id ? "" : id;
      if (ImGui::IsItemHovered() && !site->when.empty()) {
        std::string when = "Hurts: ";
        for (std::size_t i = 0; i < site->when.size(); ++i) when += (i ? ", " : "") + site->when[i];
        ImGui::SetTooltip("%s (%s)\n%s", site->name.c_str(),
                          site->kind == content::PainKind::Local ? "local" : "referred", when.c_str());
      }
    }
    if (!state.focusedPainSite.empty()) {
      // Pain to structures: the candidates for the chosen site, ranked.
      ImGui::TextDisabled("Structures to work on for it:");
      int shown = 0;
      for (const overlay::Candidate& cand : overlay::candidatesForPain(pack, state.focusedPainSite)) {
        const content::Structure* st = pack.structure(cand.structure);
        if (++shown > 6 || !st) break;
        if (ImGui::SmallButton((std::to_string(cand.rank) + ". " + st->name).c_str())) selectStructure(state, cand.structure);
      }
    }
  }
  if (ImGui::CollapsingHeader("Work on, in this order", ImGuiTreeNodeFlags_DefaultOpen)) {
    int rank = 0;
    for (const content::WorkOn& w : c->workOn) {
      const content::Structure* st = pack.structure(w.structure);
      ImGui::PushID(rank);
      if (ImGui::Selectable((std::to_string(++rank) + ". " + (st ? st->name : w.structure)).c_str()))
        selectStructure(state, w.structure);
      ImGui::PopID();
      ImGui::Indent();
      ImGui::TextWrapped("%s", w.why.text.c_str());
      cites(&pack, w.why.cites);
      ImGui::Unindent();
    }
  }
  for (const std::string& id : c->avoidZones)
    if (const content::AvoidZone* z = pack.avoidZone(id)) {
      ImGui::TextColored(ImVec4(1.0f, 0.82f, 0.1f, 1.0f), "Avoid: %s", z->name.c_str());
      ImGui::TextWrapped("%s", z->reason.c_str());
      cites(&pack, z->cites);
    }
  claims(pack, "See a professional first if", c->redFlags);
  claims(pack, "Symptoms", c->symptoms);
  claims(pack, "Why it happens", c->causes);
  if (!c->disagreements.empty() && ImGui::TreeNode("Where sources disagree")) {
    for (const auto& d : c->disagreements) {
      ImGui::TextWrapped("%s", d.topic.c_str());
      for (const auto& p : d.positions) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", p.text.c_str());
        cites(&pack, p.cites);
      }
    }
    ImGui::TreePop();
  }
  ImGui::End();
}

} // namespace myo::ui
