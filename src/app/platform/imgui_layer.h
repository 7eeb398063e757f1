#pragma once
// Dear ImGui's context and its GLFW and OpenGL 3 backends, set up for the window's content scale.
namespace myo::app {

class Window;

class ImGuiLayer {
public:
  explicit ImGuiLayer(Window& window);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  /// `cursor` (in points) stands in for the mouse: a headless --hover run has no pointer.
  void beginFrame(const float* cursor = nullptr);
  void endFrame(); ///< renders ImGui's draw data into the bound framebuffer
  /// Framebuffer pixels per ImGui point (1 on most Linux desktops, 2 on Retina-style displays).
  [[nodiscard]] float pixelsPerPoint() const;

private:
  Window& m_window;
};

} // namespace myo::app
