#pragma once
// The GLFW window and its OpenGL 3.3 core context. A hidden window serves the headless modes:
// they render into framebuffer objects and never show anything.
#include <string>

struct GLFWwindow;

namespace myo::app {

class Window {
public:
  enum class Mode { Visible, Hidden };
  /// Creates the window and loads GL through glad; throws RenderError with GLFW's reason.
  Window(const std::string& title, int width, int height, Mode mode);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  [[nodiscard]] GLFWwindow* handle() const { return m_window; }
  [[nodiscard]] float contentScale() const;
  void framebufferSize(int& width, int& height) const;

private:
  GLFWwindow* m_window = nullptr;
};

} // namespace myo::app
