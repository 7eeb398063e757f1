#pragma once
namespace myo::ui {
/// Colours, rounding and font for MyoMap, scaled for the display's content scale (HiDPI).
/// Needs a current ImGui context; loads DejaVu Sans when installed, else ImGui's own font.
void applyTheme(float contentScale);
} // namespace myo::ui
