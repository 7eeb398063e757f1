// Every rolling path of the bundled pack, laid on the bundled leg: on its target's surface
// within 1 mm, continuous, and over what the content says it runs under.
#include "core/content/load.h"
#include "core/overlay/surface_path.h"
#include "core/picking/bvh.h"
#include "io/model_loader.h"

#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <algorithm>

using namespace myo;

TEST_CASE("the bundled rolling paths lie on their targets and are continuous") {
  const Scene scene = io::loadModel(MYOMAP_BUNDLED_MODEL);
  auto loaded = content::loadContentFile(MYOMAP_SOURCE_DIR "/assets/content/runners-knee.yaml");
  REQUIRE(loaded.ok());
  REQUIRE(loaded.content->rollingPaths.size() >= 8);
  TriangleBvh bvh;
  bvh.build(scene);
  for (const content::RollingPath& spec : loaded.content->rollingPaths) {
    CAPTURE(spec.id);
    const overlay::ProjectedPath laid = overlay::projectPath(scene, spec);
    REQUIRE_MESSAGE(laid.path, laid.error);
    const overlay::SurfacePath& path = *laid.path;
    CHECK(scene.meshes[static_cast<std::size_t>(path.mesh)].name == spec.target);
    const overlay::MeshSurface surface(scene.meshes[static_cast<std::size_t>(path.mesh)]);
    float worst = 0.0f, longestStep = 0.0f;
    for (std::size_t i = 0; i < path.points.size(); ++i) {
      worst = std::max(worst, surface.closest(path.points[i].position).distance);
      if (i > 0)
        longestStep =
            std::max(longestStep, glm::length(path.points[i].position - path.points[i - 1].position));
    }
    CHECK(worst < 0.001f);
    CHECK(longestStep < 2.0f * overlay::kPathStep); // no jumps across the muscle
    CHECK(path.length() > 0.04f);                   // long enough to roll (TFL's belly is short)
    MESSAGE(spec.id << ": " << path.length() * 100.0f << " cm, worst gap " << worst * 1000.0f
                    << " mm, longest step " << longestStep * 1000.0f << " mm");
    const std::vector<int> over = overlay::coveringMeshes(bvh, path, scene.meshes.size());
    auto covered = [&](const char* id) {
      return std::any_of(over.begin(), over.end(),
                         [&](int m) { return scene.meshes[static_cast<std::size_t>(m)].name == id; });
    };
    // The skin covers every path, except where the model's skin stops at the iliac crest
    // and leaves the top of the glutes bare (a known limit of the model, issue 3).
    if (spec.target.rfind("gluteus", 0) != 0)
      CHECK(covered("skin"));
    else
      WARN(covered("skin"));
    if (spec.id == "roll_vl_under_it_band") CHECK(covered("iliotibial_band"));
  }
}
