#include "ui/theme.h"

#include <imgui.h>

#include <filesystem>

namespace myo::ui {

void applyTheme(float contentScale) {
  ImGuiIO& io = ImGui::GetIO();
  const char* font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; // fonts-dejavu-core
  std::error_code ec;
  if (std::filesystem::exists(font, ec))
    io.Fonts->AddFontFromFileTTF(font, 15.0f * contentScale);
  else {
    ImFontConfig config;
    config.SizePixels = 13.0f * contentScale;
    io.Fonts->AddFontDefault(&config);
  }
  ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(8.0f, 5.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.13f, 0.94f);
  c[ImGuiCol_MenuBarBg] = ImVec4(0.12f, 0.13f, 0.16f, 1.00f);
  c[ImGuiCol_Header] = ImVec4(0.55f, 0.20f, 0.20f, 0.55f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.65f, 0.25f, 0.25f, 0.80f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.70f, 0.28f, 0.28f, 1.00f);
  c[ImGuiCol_Button] = ImVec4(0.55f, 0.20f, 0.20f, 0.60f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.65f, 0.25f, 0.25f, 0.90f);
  c[ImGuiCol_CheckMark] = ImVec4(0.95f, 0.55f, 0.50f, 1.00f);
  style.ScaleAllSizes(contentScale);
}

} // namespace myo::ui
