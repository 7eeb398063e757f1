#include "app/platform/window.h"

#include "core/error.h"
#include "render/gl/gl.h"

#include <GLFW/glfw3.h>

#include <string>

namespace myo::app {
namespace {
std::string gLastGlfwError;
void onGlfwError(int code, const char* text) { gLastGlfwError = std::to_string(code) + ": " + text; }
} // namespace

Window::Window(const std::string& title, int width, int height, Mode mode) {
  glfwSetErrorCallback(onGlfwError);
  if (!glfwInit())
    throw RenderError("cannot start GLFW (is there a display? without one, run under xvfb-run -a): " +
                      gLastGlfwError);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, mode == Mode::Visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  // The 3D view has its own multisampled framebuffer; the window's needs no samples or depth.
  glfwWindowHint(GLFW_SAMPLES, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  m_window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
  if (!m_window) {
    glfwTerminate();
    throw RenderError("cannot open an OpenGL 3.3 core window: " + gLastGlfwError);
  }
  glfwMakeContextCurrent(m_window);
  if (!gladLoadGL(glfwGetProcAddress)) {
    glfwDestroyWindow(m_window);
    glfwTerminate();
    throw RenderError("cannot load the OpenGL 3.3 functions");
  }
  glfwSwapInterval(1);
}

Window::~Window() {
  glfwDestroyWindow(m_window);
  glfwTerminate();
}

float Window::contentScale() const {
  float x = 1.0f, y = 1.0f;
  glfwGetWindowContentScale(m_window, &x, &y);
  return x > 0.0f ? x : 1.0f;
}

void Window::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(m_window, &width, &height); }

} // namespace myo::app
