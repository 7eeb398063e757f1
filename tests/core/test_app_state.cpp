#include "core/state/app_state.h"
#include "core/motion/stretch_pose.h"

#include <doctest/doctest.h>

using namespace myo;

TEST_CASE("the frame description hides the skin when asked, and reuses its storage") {
  AppState s;
  s.scene.meshes.resize(3);
  s.scene.meshes[1].name = "skin";
  buildFrame(s, 800, 600);
  REQUIRE(s.frame.meshStyles.size() == 3);
  CHECK(s.frame.meshStyles[1].visible);
  s.showSkin = false;
  const MeshStyle* storage = s.frame.meshStyles.data();
  buildFrame(s, 800, 600);
  CHECK_FALSE(s.frame.meshStyles[1].visible);
  CHECK(s.frame.meshStyles[0].visible);
  CHECK(s.frame.meshStyles.data() == storage);
  CHECK(s.frame.width == 800);
}

TEST_CASE("camera transitions ease from start to end and then stop") {
  AppState s;
  CameraPose target;
  target.yaw = 1.0f;
  target.distance = 2.0f;
  s.camera.pose.distance = 2.0f;
  startTransition(s, target, 10.0, 0.5);
  CHECK(updateTransition(s, 10.25));
  CHECK(s.camera.pose.yaw == doctest::Approx(0.5f));
  CHECK_FALSE(updateTransition(s, 10.6));
  CHECK(s.camera.pose.yaw == doctest::Approx(1.0f));
  CHECK_FALSE(s.transition.active);
}

TEST_CASE("selection highlights and outlines one mesh; hidden and translucent meshes are not pickable") {
  AppState s;
  s.scene.materials.resize(2);
  s.scene.materials[1].translucent = true;
  s.scene.meshes.resize(3);
  s.scene.meshes[0].name = "femur";
  s.scene.meshes[1].name = "skin";
  s.scene.meshes[1].material = 1;
  s.scene.meshes[2].name = "patella";
  CHECK(selectByName(s, "patella"));
  CHECK(s.selected == 2);
  buildFrame(s, 10, 10);
  REQUIRE(s.frame.outlined.size() == 1);
  CHECK(s.frame.outlined[0] == 2);
  CHECK(s.frame.meshStyles[2].highlight.x > 0.0f);
  CHECK(s.frame.meshStyles[0].highlight.x == 0.0f);
  CHECK_FALSE(selectByName(s, "kneecap"));
  CHECK(s.selected == -1);
  buildFrame(s, 10, 10);
  CHECK(s.frame.outlined.empty());

  std::vector<std::uint8_t> pickable;
  pickableMeshes(s, pickable);
  CHECK(pickable == std::vector<std::uint8_t>{1, 0, 1});
}

TEST_CASE("a two-sided stretch plays its repetitions on the right, then on the left leg, drawn mirrored") {
  content::Content pack;
  content::Stretch s;
  s.id = "quad";
  s.keyframes = {{0.0f, {}}, {2.0f, {0.0f, 0.0f, 0.0f, 120.0f, 0.0f}}};
  s.holdS = 10.0f;
  s.reps = 2;
  s.sides = content::Sides::Both;
  pack.stretches.push_back(s);
  AppState state;
  state.content = &pack;
  state.scene.meshes.resize(1);
  state.scene.meshes[0].vertices.push_back({glm::vec3(0.0f, 0.5f, 0.1f)});
  chooseStretch(state, 0);
  const float rep = motion::repetitionTiming(s).totalS();
  CHECK(stretchTotalSeconds(state) == doctest::Approx(4.0f * rep));
  state.player.time = rep * 1.5f;
  StretchMoment m = stretchMoment(state);
  CHECK(m.side == 0);
  CHECK(m.repetition == 1);
  CHECK_FALSE(m.left);
  CHECK(m.inRepetition == doctest::Approx(rep * 0.5f));
  state.player.time = rep * 2.5f;
  m = stretchMoment(state);
  CHECK(m.side == 1);
  CHECK(m.repetition == 0);
  CHECK(m.left);
  // Without the anatomy nothing is posed, but the frame and the framing follow the side.
  state.anatomy = nullptr;
  buildFrame(state, 100, 100);
  CHECK_FALSE(state.frame.mirrored); // no pose without anatomy: the standing right leg
  state.player.time = stretchTotalSeconds(state) + 5.0f; // past the end: the last moment
  CHECK(stretchMoment(state).side == 1);
  CHECK(stretchMoment(state).repetition == 1);
}
