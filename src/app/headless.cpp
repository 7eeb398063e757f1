#include "app/headless.h"

#include "app/input.h"
#include "app/lengths_mode.h"
#include "app/model_source.h"
#include "app/platform/imgui_layer.h"
#include "app/platform/window.h"
#include "core/error.h"
#include "core/image/image.h"
#include "core/state/app_state.h"
#include "render/frame_target.h"
#include "render/gl/gl.h"
#include "render/scene_renderer.h"
#include "ui/labels_overlay.h"
#include "ui/panels.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace myo::app {
namespace {

// MYOMAP_TIMINGS=1 prints how long each step of a headless run took, for the benchmark.
struct StepTimer {
  bool on = std::getenv("MYOMAP_TIMINGS") != nullptr;
  std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
  void mark(const char* step) {
    if (!on) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "timing %-14s %8.1f ms\n", step, std::chrono::duration<double, std::milli>(now - last).count());
    last = now;
  }
};

struct Offscreen {
  AppState state;
  Window window;
  render::SceneRenderer renderer;
  render::FrameTarget target;
  std::unique_ptr<ImGuiLayer> imgui; // only with --ui
  std::optional<content::Content> loadedContent;
  std::optional<anatomy::Description> anatomyDescription; // only with --stretch
  TriangleBvh bvh; // only with --labels or --hover
  std::vector<std::uint8_t> pickable;

  // The hidden window has the image's size so that ImGui lays the panels out for it.
  explicit Offscreen(const AppOptions& options, StepTimer& timer)
      : window("MyoMap (offscreen)", options.width, options.height, Window::Mode::Hidden),
        target(options.samples) {
    timer.mark("gl context");
    state.options = options;
    // Headless runs are checks: a broken model file is an error, not a reason to fall back.
    loadModelInto(state, options.model, false);
    timer.mark("model import");
    renderer.upload(state.scene);
    target.resize(options.width, options.height);
    timer.mark("upload");
    // A screenshot is a check too: broken content fails it, with every error named.
    loadedContent = loadContentStrict(options.content);
    state.content = &*loadedContent;
    if (!options.stretch.empty()) {
      anatomyDescription = loadBundledDescription();
      state.anatomy = &*anatomyDescription;
    }
    for (const std::string& problem : applyStartOptions(state)) throw Error(problem);
    if (!options.path.empty()) {
      bvh.build(state.scene);
      const content::RollingPath* path = state.content->rollingPath(options.path);
      if (std::string problem = choosePath(state, static_cast<int>(path - state.content->rollingPaths.data()), bvh); !problem.empty())
        throw Error(problem);
      state.rolling.time = options.time;
      state.rolling.playing = false;
    }
    state.camera.setView(options.view.value_or(ViewPreset::Anterior));
    buildFrame(state, options.width, options.height); // poses a stretch, so framing sees the pose
    state.camera.frame(startBounds(state), static_cast<float>(options.width) / static_cast<float>(options.height));
    if (options.ui || options.labels || options.hover) imgui = std::make_unique<ImGuiLayer>(window);
    if ((options.labels || options.hover) && options.path.empty()) bvh.build(state.scene);
  }

  void drawFrame() {
    if (imgui && state.options.hover) {
      // As if the cursor rested there: the hovered structure is highlighted, its tooltip shown.
      const float pixelsPerPoint = imgui->pixelsPerPoint();
      const float cursor[2] = {static_cast<float>(state.options.hover->first) / pixelsPerPoint,
                               static_cast<float>(state.options.hover->second) / pixelsPerPoint};
      imgui->beginFrame(cursor);
      if (state.frame.skinned) bvh.refit(state.scene, state.frame.palette); // the posed leg is what is under it
      pickableMeshes(state, pickable);
      handlePicking(state, bvh, pickable, target.width(), target.height(), pixelsPerPoint, 0.0);
      if (!state.options.ui) ui::drawHoverTooltip(state);
    } else if (imgui) {
      imgui->beginFrame();
    }
    if (state.options.ui) ui::drawPanels(state);
    buildFrame(state, target.width(), target.height());
    if (state.showLabels) {
      if (state.frame.skinned) bvh.refit(state.scene, state.frame.palette); // labels on the posed leg
      pickableMeshes(state, pickable);
      glm::vec2 viewport{static_cast<float>(target.width()), static_cast<float>(target.height())};
      ui::updateLabels(state, bvh, pickable, viewport, 1.0f);
      ui::drawLabels(state, 1.0f);
    }
    target.bindForDrawing();
    renderer.draw(state.frame);
    target.resolve();
    renderer.drawOutline(state.frame, target);
    if (imgui) imgui->endFrame();
  }
};

std::filesystem::path besideWithSuffix(const std::filesystem::path& file, const char* suffix) {
  auto p = file;
  p.replace_filename(file.stem().string() + suffix + ".png");
  return p;
}

} // namespace

int runScreenshot(const AppOptions& options) {
  StepTimer timer;
  Offscreen view(options, timer);
  view.drawFrame();
  if (view.imgui) view.drawFrame(); // ImGui sizes auto-resizing windows on their first frame
  Image image = view.target.readPixels();
  timer.mark("draw + read");
  writePng(image, *options.screenshot);
  timer.mark("png write");
  if (!options.reference) return 0;

  if (!std::filesystem::exists(*options.reference)) {
    std::fprintf(stderr, "no baseline %s\n  the actual image is %s: look at it, and if it is right copy it there\n",
                 options.reference->c_str(), options.screenshot->c_str());
    return 1;
  }
  Image expected = readPng(*options.reference);
  ImageComparison cmp = compareImages(image, expected);
  if (cmp.error <= options.threshold) {
    std::printf("matches %s: error %.5f (threshold %.5f)\n", options.reference->c_str(), cmp.error, options.threshold);
    return 0;
  }
  std::fprintf(stderr, "differs from %s: error %.5f > threshold %.5f (%d pixels)\n", options.reference->c_str(),
               cmp.error, options.threshold, cmp.differingPixels);
  std::fprintf(stderr, "  actual: %s\n", options.screenshot->c_str());
  if (!cmp.diff.empty()) {
    auto diffPath = besideWithSuffix(*options.screenshot, ".diff");
    writePng(cmp.diff, diffPath);
    std::fprintf(stderr, "  diff:   %s\n", diffPath.c_str());
  } else {
    std::fprintf(stderr, "  sizes differ: actual %dx%d, expected %dx%d\n", image.width, image.height, expected.width,
                 expected.height);
  }
  return 1;
}

int runFrameBenchmark(const AppOptions& options) {
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  StepTimer timer;
  Offscreen view(options, timer);
  double setupMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(options.benchFrames));
  for (int i = 0; i < options.benchFrames; ++i) {
    auto start = Clock::now();
    // Orbit a little each frame, as a user would, so nothing can be cached between frames.
    view.state.camera.orbit({3.0f, 0.0f});
    view.drawFrame();
    glFinish(); // count the GPU's work, not only the submission
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1))]; };
  std::printf("frames %d size %dx%d samples %d triangles %zu\n", options.benchFrames, options.width, options.height,
              view.target.samples(), view.state.scene.triangleCount());
  std::printf("setup_ms %.1f frame_ms_median %.3f frame_ms_p95 %.3f frame_ms_min %.3f\n", setupMs, at(0.5), at(0.95),
              ms.front());
  std::printf("renderer %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  return 0;
}

} // namespace myo::app
