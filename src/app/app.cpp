#include "app/app.h"

#include "app/input.h"
#include "app/lengths_mode.h"
#include "app/model_source.h"
#include "core/error.h"
#include "app/platform/imgui_layer.h"
#include "app/platform/window.h"
#include "core/content/watcher.h"
#include "core/state/app_state.h"
#include "render/frame_target.h"
#include "render/gl/gl.h"
#include "render/scene_renderer.h"
#include "ui/labels_overlay.h"
#include "ui/panels.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <chrono>
#include <optional>

namespace myo::app {
namespace {

// Set by GLFW callbacks: something happened that may change what is on screen.
bool gEventArrived = true;
void markEvent(GLFWwindow*) { gEventArrived = true; }

void installWakeCallbacks(GLFWwindow* w) {
  // ImGui's backend chains these: both see every event.
  glfwSetCursorPosCallback(w, [](GLFWwindow* win, double, double) { markEvent(win); });
  glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int, int, int) { markEvent(win); });
  glfwSetScrollCallback(w, [](GLFWwindow* win, double, double) { markEvent(win); });
  glfwSetKeyCallback(w, [](GLFWwindow* win, int, int, int, int) { markEvent(win); });
  glfwSetCharCallback(w, [](GLFWwindow* win, unsigned) { markEvent(win); });
  glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int) { markEvent(win); });
  glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int) { markEvent(win); });
  glfwSetFramebufferSizeCallback(w, [](GLFWwindow* win, int, int) { markEvent(win); });
  glfwSetWindowRefreshCallback(w, markEvent);
}

} // namespace

int runInteractive(const AppOptions& options) {
  AppState state;
  state.options = options;
  Window window("MyoMap", 1440, 900, Window::Mode::Visible);
  loadModelInto(state, options.model, true);
  installWakeCallbacks(window.handle());
  ImGuiLayer imgui(window);
  render::SceneRenderer renderer;
  renderer.upload(state.scene);
  // Two targets: full antialiasing when the view rests, none while it moves, which keeps a
  // software renderer responsive (4x costs 4x there) and loses nothing one can see in motion.
  render::FrameTarget restingTarget(options.samples);
  render::FrameTarget movingTarget(0);
  TriangleBvh bvh;
  bvh.build(state.scene);
  JointPalette bvhPose = kStandingPalette; // the pose the BVH was last fitted to
  double lastRefit = 0.0;
  std::vector<std::uint8_t> pickable;

  int fbw = 0, fbh = 0;
  window.framebufferSize(fbw, fbh);

  // Hot reload: the watcher checks the file's stamp whenever the loop wakes, at least 4 times
  // a second; a broken edit keeps the last good content and shows the errors.
  content::ContentWatcher watcher(options.content.empty() ? bundledContentPath() : options.content);
  auto syncContent = [&] {
    state.content = watcher.current();
    state.contentFile = watcher.path().string();
    state.contentProblems = watcher.errors();
  };
  syncContent();
  std::optional<anatomy::Description> anatomyDescription;
  try {
    anatomyDescription = loadBundledDescription();
    state.anatomy = &*anatomyDescription;
  } catch (const Error& e) {
    state.messages.push_back({UserMessage::Kind::Error, std::string(e.what()) + "\nStretches cannot be shown."});
  }
  for (const std::string& problem : applyStartOptions(state)) state.messages.push_back({UserMessage::Kind::Error, problem});
  if (const content::RollingPath* path = state.content ? state.content->rollingPath(options.path) : nullptr) {
    state.requestedPath = static_cast<int>(path - state.content->rollingPaths.data());
    applyRequests(state, bvh, fbw, fbh, glfwGetTime());
    state.rolling.time = options.time;
  }
  state.camera.setView(options.view.value_or(ViewPreset::Anterior));
  buildFrame(state, fbw, fbh); // poses a stretch given with --stretch, so framing sees the pose
  state.camera.frame(viewBounds(state), static_cast<float>(fbw) / static_cast<float>(std::max(1, fbh)));

  using Clock = std::chrono::steady_clock;
  // ImGui needs a few frames after the last event to settle hover and animation states.
  constexpr int kSettleFrames = 3;
  int quietFrames = 0;
  double lastFrameTime = glfwGetTime();
  bool showingLeftSide = false;
  while (!glfwWindowShouldClose(window.handle()) && !state.requestQuit) {
    bool idle = quietFrames >= kSettleFrames && !state.transition.active && !state.player.playing && !state.rolling.playing;
    if (idle)
      glfwWaitEventsTimeout(0.25);
    else
      glfwPollEvents();
    if (watcher.poll()) {
      syncContent();
      refreshContentLinks(state);
      state.labelsDirty = true;
      gEventArrived = true;
    }
    quietFrames = gEventArrived ? 0 : quietFrames + 1;
    gEventArrived = false;
    if (idle && quietFrames > 0) continue; // the timer woke us and nothing changed: draw nothing

    auto frameStart = Clock::now();
    window.framebufferSize(fbw, fbh);
    if (fbw <= 0 || fbh <= 0) continue; // minimised
    double now = glfwGetTime();

    imgui.beginFrame();
    handleShortcuts(window.handle(), state);
    ui::drawPanels(state);
    applyRequests(state, bvh, fbw, fbh, now);
    handleCameraMouse(state, fbw, fbh, imgui.pixelsPerPoint());
    pickableMeshes(state, pickable); // the skin can be shown or hidden any frame
    // Picks follow the pose on screen (the last frame's): the BVH is refitted when it changes,
    // at most about 8 times a second while a stretch plays.
    {
      const JointPalette& pose = state.frame.skinned ? state.frame.palette : kStandingPalette;
      if (pose != bvhPose && (!state.player.playing || now - lastRefit > 0.12)) {
        bvh.refit(state.scene, pose);
        bvhPose = pose;
        lastRefit = now;
      }
    }
    handlePicking(state, bvh, pickable, fbw, fbh, imgui.pixelsPerPoint(), now);
    updateTransition(state, now);
    // Clamped: after a wait for events the first frame must not jump the animation ahead.
    advancePlayer(state, static_cast<float>(std::min(0.1, now - lastFrameTime)));
    advanceRolling(state, static_cast<float>(std::min(0.1, now - lastFrameTime)));
    // The stretch moved to the other leg: bring it into view.
    if (const bool left = currentStretch(state) && stretchMoment(state).left; left != showingLeftSide) {
      showingLeftSide = left;
      state.requestFrameAll = true;
    }
    lastFrameTime = now;

    ImGuiIO& io = ImGui::GetIO();
    bool viewMoving = state.transition.active || state.player.playing || state.rolling.playing || io.MouseWheel != 0.0f || io.MouseDelta.x != 0.0f ||
                      io.MouseDelta.y != 0.0f ||
                      (!io.WantCaptureMouse && (io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2]));
    render::FrameTarget& target = viewMoving ? movingTarget : restingTarget;
    target.resize(fbw, fbh);
    buildFrame(state, fbw, fbh);
    if (!viewMoving) ui::updateLabels(state, bvh, pickable, {static_cast<float>(fbw), static_cast<float>(fbh)},
                                      imgui.pixelsPerPoint());
    ui::drawLabels(state, imgui.pixelsPerPoint());
    target.bindForDrawing();
    renderer.draw(state.frame);
    target.resolve();
    renderer.drawOutline(state.frame, target);
    target.presentToWindow();
    glViewport(0, 0, fbw, fbh);
    imgui.endFrame();
    glfwSwapBuffers(window.handle());
    state.frameMilliseconds = std::chrono::duration<float, std::milli>(Clock::now() - frameStart).count();
  }
  return 0;
}

} // namespace myo::app
