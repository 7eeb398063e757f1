// pick_bench MODEL [RAYS]: time to build the picking BVH over MODEL, and time per pick for rays
// through random pixels of the anterior and lateral views at 1280x720 (hits and misses both).
#include "core/camera/orbit_camera.h"
#include "core/error.h"
#include "core/picking/bvh.h"

#include <glm/geometric.hpp>
#include "io/model_loader.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: pick_bench MODEL [RAYS]\n", stderr);
    return 2;
  }
  const int rays = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20000;
  using Clock = std::chrono::steady_clock;
  try {
    myo::Scene scene = myo::io::loadModel(argv[1]);
    std::vector<double> buildMs;
    myo::TriangleBvh bvh;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      bvh.build(scene);
      buildMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    const double firstBuildMs = buildMs.front(); // the app builds once: its memory is fresh
    std::sort(buildMs.begin(), buildMs.end());
    std::mt19937 rng(1);
    // Rays aimed at random vertices: nearly all hit, as a user's clicks on the model do.
    std::vector<glm::vec3> targets;
    for (const auto& m : scene.meshes)
      for (std::size_t i = 0; i < m.vertices.size(); i += 7) targets.push_back(m.vertices[i].position);
    std::uniform_int_distribution<std::size_t> pick(0, targets.size() - 1);
    int hits = 0;
    double total = 0.0, worst = 0.0;
    for (auto view : {myo::ViewPreset::Anterior, myo::ViewPreset::Lateral}) {
      myo::OrbitCamera cam;
      cam.setView(view);
      cam.frame(scene.bounds(), 1280.0f / 720.0f);
      for (int i = 0; i < rays / 2; ++i) {
        myo::Ray r{cam.eye(), glm::normalize(targets[pick(rng)] - cam.eye())};
        auto t0 = Clock::now();
        auto hit = bvh.intersect(r);
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        total += ms;
        worst = std::max(worst, ms);
        hits += hit ? 1 : 0;
      }
    }
    std::printf("triangles %zu bvh_nodes %zu bvh_build_ms_median %.1f first %.1f\n", bvh.triangleCount(),
                bvh.nodeCount(), buildMs[buildMs.size() / 2], firstBuildMs);
    std::printf("pick_ms_mean %.4f pick_ms_max %.4f rays %d hits %d\n", total / rays, worst, rays, hits);
    // Refitting to a pose, as the app does when a stretch moves the leg (joint 2 turned 90 deg).
    myo::JointPalette palette;
    palette.fill(glm::mat4(1.0f));
    palette[2] = glm::mat4(glm::vec4(1, 0, 0, 0), glm::vec4(0, 0, 1, 0), glm::vec4(0, -1, 0, 0), glm::vec4(0, 0.5f, 0.5f, 1));
    std::vector<double> refitMs;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      bvh.refit(scene, palette);
      refitMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(refitMs.begin(), refitMs.end());
    std::printf("bvh_refit_ms_median %.1f\n", refitMs[refitMs.size() / 2]);
  } catch (const myo::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
