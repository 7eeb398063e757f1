#include "ui/panels.h"

#include <imgui.h>

namespace myo::ui {

void drawAbout(AppState& state) {
  if (!state.showAbout) return;
  ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Appearing);
  if (ImGui::Begin("About MyoMap", &state.showAbout, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::TextWrapped("MyoMap %s: leg anatomy and self-massage, explained on a 3D model.", versionString().c_str() + 7);
    ImGui::TextWrapped("MyoMap educates; it does not diagnose. See a health professional about pain that is "
                       "severe, lasting, or comes with swelling, locking or giving way.");
    ImGui::Separator();
    ImGui::TextWrapped("Model geometry is built from the OpenSim gait2392 model (CC BY 3.0): Delp SL, Loan JP, "
                       "Hoy MG, Zajac FE, Topp EL, Rosen JM (1990), IEEE Trans Biomed Eng 37:757-767; Anderson FC, "
                       "Pandy MG (1999, 2001); Yamaguchi GT, Zajac FE (1989). Model credits: Delp, Loan, Hoy, Zajac, "
                       "Topp, Rosen, Thelen, Anderson, Seth.");
    ImGui::TextWrapped("Muscle volumes: Handsfield GG et al. (2014), J Biomech 47:631-638.");
  }
  ImGui::End();
}

} // namespace myo::ui
