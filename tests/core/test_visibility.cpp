#include "core/explore/visibility.h"
#include "core/state/app_state.h"

#include <doctest/doctest.h>

using namespace myo;
using content::Layer;

namespace {
// skin, a superficial muscle, a deep muscle, a bone, and a mesh the content does not describe.
AppState fixture(content::Content& pack) {
  const char* names[] = {"skin", "rectus_femoris", "vastus_intermedius", "femur", "mystery"};
  Layer layers[] = {Layer::Skin, Layer::Superficial, Layer::Deep, Layer::Bone};
  for (int i = 0; i < 4; ++i) {
    content::Structure s;
    s.id = s.node = names[i];
    s.layer = layers[i];
    pack.structures.push_back(s);
  }
  AppState state;
  state.scene.materials.resize(1);
  for (const char* n : names) state.scene.meshes.push_back(SceneMesh{n, {}, {}, 0, {}});
  state.content = &pack;
  refreshContentLinks(state);
  return state;
}
std::vector<bool> visible(AppState& s) {
  buildFrame(s, 10, 10);
  std::vector<bool> v;
  for (const auto& st : s.frame.meshStyles) v.push_back(st.visible);
  return v;
}
} // namespace

TEST_CASE("meshes link to their structures by node name") {
  content::Content pack;
  AppState s = fixture(pack);
  CHECK(s.structureOfMesh == std::vector<int>{0, 1, 2, 3, -1});
  CHECK(meshLayer(s.scene, s.content, s.structureOfMesh, 4) == Layer::Superficial);
}

TEST_CASE("the layer peel removes skin, then superficial, then deep structures") {
  content::Content pack;
  AppState s = fixture(pack);
  CHECK(visible(s) == std::vector<bool>{true, true, true, true, true});
  s.explore.outermost = Layer::Superficial;
  CHECK(visible(s) == std::vector<bool>{false, true, true, true, true});
  s.explore.outermost = Layer::Deep;
  CHECK(visible(s) == std::vector<bool>{false, false, true, true, false});
  s.explore.outermost = Layer::Bone;
  CHECK(visible(s) == std::vector<bool>{false, false, false, true, false});
  s.selected = 1; // peeling never hides the selection
  CHECK(visible(s) == std::vector<bool>{false, true, false, true, false});
}

TEST_CASE("isolate shows the selection alone; hide and x-ray") {
  content::Content pack;
  AppState s = fixture(pack);
  s.explore.isolate = true;
  CHECK(visible(s) == std::vector<bool>{true, true, true, true, true}); // nothing selected yet
  s.selected = 2;
  CHECK(visible(s) == std::vector<bool>{false, false, true, false, false});
  s.explore.isolate = false;
  s.explore.hidden[3] = 1;
  CHECK(visible(s) == std::vector<bool>{true, true, true, false, true});
  s.explore.xray = true;
  buildFrame(s, 10, 10);
  CHECK(s.frame.meshStyles[2].opacity == 1.0f);
  CHECK(s.frame.meshStyles[1].opacity < 0.5f);
  std::vector<std::uint8_t> pickable;
  pickableMeshes(s, pickable);
  CHECK(pickable == std::vector<std::uint8_t>{0, 0, 1, 0, 0}); // clicks go through the see-through
}

TEST_CASE("start options apply, and unknown ids are reported") {
  content::Content pack;
  AppState s = fixture(pack);
  s.options.select = "femur";
  s.options.hide = {"skin", "kneecap"};
  s.options.layer = "deep";
  s.options.xray = true;
  auto problems = applyStartOptions(s);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("kneecap") != std::string::npos);
  CHECK(s.selected == 3);
  CHECK(s.explore.hidden[0] == 1);
  CHECK(s.explore.outermost == Layer::Deep);
  CHECK(s.explore.xray);
  CHECK(parseLayer("bone") == Layer::Bone);
  CHECK_FALSE(parseLayer("muscle"));
}
