// lengths_bench DESCRIPTION: time to solve a pose, fill the skinning palette and compute every
// muscle's length, as one animation frame of a stretch needs (median over many frames).
#include "core/anatomy/anatomy.hpp"
#include "core/motion/kinematics.h"
#include "core/motion/skinning.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: lengths_bench DESCRIPTION.yaml\n", stderr);
    return 2;
  }
  const myo::anatomy::Description desc = myo::anatomy::loadDescription(argv[1]);
  std::vector<double> us;
  const std::vector<std::string> joints{"pelvis", "femur_r", "tibia_r", "patella_r", "talus_r", "calcn_r", "toes_r", "pectineus_belly", "patellar_tendon_chord", "lateral_retinaculum_chord", "medial_retinaculum_chord"};
  myo::motion::SkinningPalette palette;
  double sink = 0.0;
  for (int frame = 0; frame < 2000; ++frame) {
    myo::motion::ClinicalAngles a;
    a.kneeFlexion = static_cast<float>(frame % 135);
    a.hipFlexion = static_cast<float>(frame % 90) - 10.0f;
    a.ankleDorsiflexion = static_cast<float>(frame % 40) - 20.0f;
    auto t0 = std::chrono::steady_clock::now();
    // One pose for all muscles, as a frame would do it.
    const auto coords = myo::motion::toModelCoordinates(a);
    const auto poses = myo::motion::solvePose(desc, coords);
    myo::motion::computePalette(desc, poses, joints, palette);
    for (const auto& m : desc.muscles)
      for (const auto& line : m.lines) sink += myo::motion::lineLength(desc, line, poses, coords);
    sink += palette[2][3][0];
    us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  std::printf("muscles %zu pose_palette_and_lengths_us_median %.1f p95 %.1f (checksum %.3f)\n", desc.muscles.size(),
              us[us.size() / 2], us[us.size() * 95 / 100], sink);
  return 0;
}
