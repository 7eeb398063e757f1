#include "app/pick_mode.h"

#include "app/lengths_mode.h"
#include "app/model_source.h"
#include "core/error.h"
#include "core/picking/bvh.h"
#include "core/state/app_state.h"

#include <cstdio>
#include <optional>
#include <vector>

namespace myo::app {

int runPick(const AppOptions& options) {
  AppState state;
  state.options = options;
  loadModelInto(state, options.model, false);
  content::Content pack = loadContentStrict(options.content);
  state.content = &pack;
  std::optional<anatomy::Description> description; // a stretch poses the leg that is picked
  if (!options.stretch.empty()) {
    description = loadBundledDescription();
    state.anatomy = &*description;
  }
  // The same camera as --screenshot with the same size and view, so pixels agree.
  for (const std::string& problem : applyStartOptions(state)) throw Error(problem);
  state.camera.setView(options.view.value_or(ViewPreset::Anterior));
  buildFrame(state, options.width, options.height); // framing sees the legs as drawn
  state.camera.frame(startBounds(state), static_cast<float>(options.width) / static_cast<float>(options.height));
  buildFrame(state, options.width, options.height); // visibility decides what can be picked
  TriangleBvh bvh;
  bvh.build(state.scene);
  if (state.frame.skinned) bvh.refit(state.scene, state.frame.palette);
  std::vector<std::uint8_t> pickable;
  pickableMeshes(state, pickable);
  glm::vec2 pixel{static_cast<float>(options.pick->first) + 0.5f, static_cast<float>(options.pick->second) + 0.5f};
  auto hit = pickAlong(state, bvh, state.camera.rayThroughPixel(pixel, {options.width, options.height}), pickable);
  if (!hit) {
    std::printf("none\n");
    return 0;
  }
  // The point too, in the model's metres: it is how a fault seen in a picture is found in the
  // generator's description.
  std::printf("%s at %.4f %.4f %.4f\n", state.scene.meshes[static_cast<std::size_t>(hit->mesh)].name.c_str(),
              hit->point.x, hit->point.y, hit->point.z);
  return 0;
}

} // namespace myo::app
