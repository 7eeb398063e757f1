// path_bench MODEL CONTENT: for every rolling path of CONTENT on MODEL, the time to lay it on
// its target, find what covers it and build its ribbon (done once, when a path is chosen), and
// the time to place the roller (done every frame while it plays).
#include "core/content/load.h"
#include "core/error.h"
#include "core/overlay/roller.h"
#include "core/overlay/surface_path.h"
#include "core/picking/bvh.h"
#include "io/model_loader.h"

#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: path_bench MODEL CONTENT\n", stderr);
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  try {
    const myo::Scene scene = myo::io::loadModel(argv[1]);
    auto loaded = myo::content::loadContentFile(argv[2]);
    if (!loaded.ok()) {
      std::fputs("path_bench: the content has errors\n", stderr);
      return 1;
    }
    myo::TriangleBvh bvh;
    bvh.build(scene);
    std::vector<myo::PathVertex> vertices;
    std::vector<std::uint32_t> indices;
    for (const auto& spec : loaded.content->rollingPaths) {
      auto t0 = Clock::now();
      const auto laid = myo::overlay::projectPath(scene, spec);
      auto t1 = Clock::now();
      if (!laid.path) continue;
      const auto over = myo::overlay::coveringMeshes(bvh, *laid.path, scene.meshes.size());
      auto t2 = Clock::now();
      myo::overlay::buildRibbon(*laid.path, scene.meshes[static_cast<std::size_t>(laid.path->mesh)], vertices, indices);
      auto t3 = Clock::now();
      constexpr int kFrames = 10000;
      float sink = 0.0f;
      for (int i = 0; i < kFrames; ++i) {
        const auto place = myo::overlay::rollerAt(*laid.path, spec, static_cast<float>(i) * 0.01f);
        sink += myo::overlay::rollerTransform(place, spec.tool)[3].x;
      }
      auto t4 = Clock::now();
      std::printf("path %-24s lay %6.1f ms  covers %5.1f ms  ribbon %5.1f ms  roller %6.2f us/frame  (%zu points%s)\n",
                  spec.id.c_str(), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4) * 1000.0 / kFrames,
                  laid.path->points.size(), sink == 12345.0f ? "" : "");
    }
  } catch (const myo::Error& e) {
    std::fprintf(stderr, "path_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
