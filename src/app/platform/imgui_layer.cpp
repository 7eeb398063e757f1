#include "app/platform/imgui_layer.h"

#include "app/platform/window.h"
#include "ui/theme.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace myo::app {

ImGuiLayer::ImGuiLayer(Window& window) : m_window(window) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr; // layout is fixed; no file written beside the user's work
  ui::applyTheme(window.contentScale());
  ImGui_ImplGlfw_InitForOpenGL(window.handle(), true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiLayer::~ImGuiLayer() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiLayer::beginFrame(const float* cursor) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (cursor) ImGui::GetIO().MousePos = ImVec2(cursor[0], cursor[1]);
  ImGui::NewFrame();
}

void ImGuiLayer::endFrame() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

float ImGuiLayer::pixelsPerPoint() const {
  int ww = 0, wh = 0, fw = 0, fh = 0;
  glfwGetWindowSize(m_window.handle(), &ww, &wh);
  glfwGetFramebufferSize(m_window.handle(), &fw, &fh);
  return ww > 0 ? static_cast<float>(fw) / static_cast<float>(ww) : 1.0f;
}

} // namespace myo::app
