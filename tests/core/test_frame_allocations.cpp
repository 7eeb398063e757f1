// The frame loop allocates nothing once it is warm: building a frame while a stretch plays
// (pose, skinning palette, target lengths) and while a rolling path plays (roller, peel). Every
// operator new in this program is counted.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "core/anatomy/anatomy.hpp"
#include "core/content/load.h"
#include "core/state/app_state.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> gAllocations{0};
}

// GCC 12 pairs each inlined new-expression with the free() inside the replaced operator
// delete below and warns of a mismatch; both ends are this file's malloc and free.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

void* operator new(std::size_t size) {
  ++gAllocations;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace myo;

TEST_CASE("building frames while a stretch plays allocates nothing") {
  auto loaded = content::loadContentFile(MYOMAP_SOURCE_DIR "/assets/content/runners-knee.yaml");
  REQUIRE(loaded.ok());
  const anatomy::Description anatomy = anatomy::loadDescription(MYOMAP_DESCRIPTION);
  AppState state;
  state.content = &*loaded.content;
  state.anatomy = &anatomy;
  state.scene.joints = {"pelvis", "femur_r", "tibia_r", "patella_r", "talus_r", "calcn_r", "toes_r", "pectineus_belly", "patellar_tendon_chord", "lateral_retinaculum_chord", "medial_retinaculum_chord"};
  for (const char* name : {"rectus_femoris", "vastus_lateralis", "skin"}) {
    SceneMesh m;
    m.name = name;
    state.scene.meshes.push_back(m);
  }
  refreshContentLinks(state);
  state.condition = 0;
  chooseStretch(state, static_cast<int>(state.content->stretch("standing_quad") - state.content->stretches.data()));
  REQUIRE(state.targetLengths.size() >= 2);
  buildFrame(state, 640, 480); // warm: the pose's maps get their entries
  const long before = gAllocations.load();
  for (int i = 0; i < 50; ++i) {
    advancePlayer(state, 0.1f);
    buildFrame(state, 640, 480);
  }
  CHECK(gAllocations.load() - before == 0);
  CHECK(state.frame.skinned);
  CHECK(state.targetLengths[0].now != state.targetLengths[0].standing); // it really posed
}
