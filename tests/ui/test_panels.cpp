// Panels driven headless: an ImGui context with no backend, a display size and a font atlas,
// then NewFrame / panels / Render, asserting on what they did to the AppState and drew.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "ui/panels.h"

#include <imgui.h>
#include <imgui_internal.h>

using namespace myo;

namespace {
struct ImGuiFixture {
  ImGuiFixture() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~ImGuiFixture() { ImGui::DestroyContext(); }
  void frame(AppState& state) {
    ImGui::NewFrame();
    ui::drawPanels(state);
    ImGui::Render();
  }
  static bool visible(const char* window) {
    ImGuiWindow* w = ImGui::FindWindowByName(window);
    return w && w->Active;
  }
};
} // namespace

TEST_CASE_FIXTURE(ImGuiFixture, "the menu and status bars are drawn; the about window only on request") {
  AppState state;
  state.scene.source = "leg-right.glb";
  frame(state);
  CHECK(ImGui::GetDrawData()->CmdListsCount >= 2);
  CHECK(visible("##MainMenuBar"));
  CHECK(visible("##status"));
  CHECK_FALSE(visible("About MyoMap"));
  state.showAbout = true;
  frame(state);
  CHECK(visible("About MyoMap"));
}

TEST_CASE_FIXTURE(ImGuiFixture, "errors stay on screen until dismissed") {
  AppState state;
  state.messages.push_back({UserMessage::Kind::Error, "broken.glb: cannot read model"});
  frame(state);
  REQUIRE(visible("Messages"));
  frame(state); // auto-resizing windows settle on their second frame
  // Click the Dismiss button: its rectangle is the last item of the Messages window.
  ImGuiWindow* w = ImGui::FindWindowByName("Messages");
  REQUIRE(w != nullptr);
  ImVec2 button = ImVec2(w->Pos.x + 30.0f, w->Pos.y + w->Size.y - 18.0f);
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = button;
  frame(state);
  io.MouseDown[0] = true;
  frame(state);
  io.MouseDown[0] = false;
  frame(state);
  CHECK(state.messages.empty());
}

TEST_CASE_FIXTURE(ImGuiFixture, "content errors are shown while the file is broken, and go when it is fixed") {
  AppState state;
  frame(state);
  CHECK_FALSE(visible("Content file has errors"));
  state.contentProblems.push_back({"pack.yaml", 3, 1, "unknown key 'bogus_key'", content::Severity::Error});
  frame(state);
  CHECK(visible("Content file has errors"));
  state.contentProblems.clear();
  frame(state);
  CHECK_FALSE(visible("Content file has errors"));
}

TEST_CASE_FIXTURE(ImGuiFixture, "the Rolling panel shows with a condition and lists its paths") {
  content::Content pack;
  content::RollingPath path;
  path.id = "roll_vl";
  path.name = "Outer thigh";
  path.target = "vastus_lateralis";
  pack.rollingPaths.push_back(path);
  content::Condition knee;
  knee.id = "runners_knee";
  knee.name = "Runner's knee";
  knee.workOn.push_back({"vastus_lateralis", {}});
  pack.conditions.push_back(knee);
  AppState state;
  state.content = &pack;
  frame(state);
  CHECK_FALSE(visible("Rolling")); // nothing chosen: the model keeps the room
  state.condition = 0;
  frame(state);
  CHECK(visible("Rolling"));
  CHECK(pathsForCondition(pack, pack.conditions[0]) == std::vector<int>{0});
}

TEST_CASE_FIXTURE(ImGuiFixture, "hovering the model names the structure, and the pain site glowing there") {
  content::Content pack;
  content::Structure patella;
  patella.id = "patella";
  patella.name = "Kneecap";
  patella.group = "bones";
  pack.structures.push_back(patella);
  content::PainSite site;
  site.id = "around_kneecap";
  site.name = "Around the kneecap";
  site.when = {"going down stairs"};
  pack.painSites.push_back(site);
  AppState state;
  state.content = &pack;
  SceneMesh mesh;
  mesh.name = "patella";
  state.scene.meshes.push_back(mesh);
  refreshContentLinks(state);
  frame(state);
  CHECK_FALSE(visible("##Tooltip_00"));
  state.hovered = 0;
  state.hoveredPainSite = "around_kneecap";
  frame(state);
  CHECK(visible("##Tooltip_00"));
}
