#include "ui/panels.h"

#include <imgui.h>

#include <string>

namespace myo::ui {
namespace {

const char* kPeelLabels[] = {"Everything", "Skin peeled", "Deep muscles and bone", "Bone only"};

void structureRow(AppState& state, std::size_t structureIndex) {
  const content::Structure& st = state.content->structures[structureIndex];
  int mesh = state.meshOfStructure[structureIndex];
  ImGui::PushID(static_cast<int>(structureIndex));
  if (mesh >= 0) {
    bool shown = !state.explore.hidden[static_cast<std::size_t>(mesh)];
    if (ImGui::Checkbox("##shown", &shown)) state.explore.hidden[static_cast<std::size_t>(mesh)] = shown ? 0 : 1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show or hide %s", st.name.c_str());
    ImGui::SameLine();
    if (ImGui::Selectable(st.name.c_str(), state.selected == mesh)) state.selected = state.selected == mesh ? -1 : mesh;
    if (ImGui::IsItemHovered()) state.hovered = mesh;
  } else {
    ImGui::TextDisabled("%s (not in this model)", st.name.c_str());
  }
  ImGui::PopID();
}

} // namespace

void drawStructureBrowser(AppState& state) {
  if (!state.showBrowser || !state.content) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float top = ImGui::GetFrameHeight();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 8.0f, vp->Pos.y + top + 8.0f), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(290.0f * ImGui::GetFontSize() / 15.0f, vp->Size.y * 0.48f), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Structures", &state.showBrowser)) {
    ImGui::End();
    return;
  }
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##search", "Search: name, Latin name, synonym", state.searchQuery.data(),
                           state.searchQuery.size());
  updateSearch(state);

  // The view rules: isolate, hide, show all, X-ray, and the layer peel.
  bool hasSelection = state.selected >= 0;
  if (!hasSelection) ImGui::BeginDisabled();
  ImGui::Checkbox("Isolate", &state.explore.isolate);
  ImGui::SameLine();
  if (ImGui::Button("Hide") && hasSelection) {
    state.explore.hidden[static_cast<std::size_t>(state.selected)] = 1;
    state.selected = -1;
  }
  ImGui::SameLine();
  ImGui::Checkbox("X-ray", &state.explore.xray);
  if (!hasSelection) ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Show all")) {
    std::fill(state.explore.hidden.begin(), state.explore.hidden.end(), 0);
    state.explore.isolate = false;
    state.explore.outermost = content::Layer::Skin;
  }
  int peel = static_cast<int>(state.explore.outermost);
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderInt("##peel", &peel, 0, 3, kPeelLabels[peel], ImGuiSliderFlags_AlwaysClamp))
    state.explore.outermost = static_cast<content::Layer>(peel);
  ImGui::Separator();

  ImGui::BeginChild("##list");
  if (state.searchQuery[0] != '\0') {
    if (state.searchResults.empty()) ImGui::TextDisabled("No structure matches.");
    for (const SearchResult& r : state.searchResults) {
      structureRow(state, r.entry);
      if (r.name > 0) { // say why it matched when it was not the display name
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", state.searchIndex[r.entry].names[r.name].c_str());
      }
    }
  } else {
    // By group, in the order the content lists them.
    const auto& structures = state.content->structures;
    for (std::size_t i = 0; i < structures.size(); ++i) {
      const std::string& group = structures[i].group;
      bool firstOfGroup = true;
      for (std::size_t j = 0; j < i; ++j)
        if (structures[j].group == group) firstOfGroup = false;
      if (!firstOfGroup) continue;
      std::string header = group;
      if (!header.empty()) header[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(header[0])));
      if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        for (std::size_t j = i; j < structures.size(); ++j)
          if (structures[j].group == group) structureRow(state, j);
    }
  }
  ImGui::EndChild();
  ImGui::End();
}

} // namespace myo::ui
