#include "app/lengths_mode.h"

#include "app/model_source.h"
#include "core/error.h"
#include "core/motion/kinematics.h"
#include "core/motion/stretch_pose.h"

#include <algorithm>
#include <cstdio>
#include <exception>

namespace myo::app {
namespace {
constexpr double kMinimumLengthening = 0.03; // below this a "stretch" barely stretches
}

anatomy::Description loadBundledDescription() {
  try {
    return anatomy::loadDescription(assetsDir() / "leg-right.yaml");
  } catch (const std::exception& e) {
    throw Error(std::string("cannot read the model's description: ") + e.what());
  }
}

std::vector<std::string> stretchTargetWarnings(const anatomy::Description& desc, const content::Content& pack) {
  std::vector<std::string> warnings;
  for (const content::Stretch& s : pack.stretches) {
    const motion::ClinicalAngles hold = motion::holdPose(s);
    for (const std::string& target : s.targets) {
      const anatomy::Muscle* m = desc.muscle(target);
      if (!m) continue;
      double standing = motion::muscleLength(desc, *m, {});
      double change = motion::muscleLength(desc, *m, hold) / standing - 1.0;
      if (change < kMinimumLengthening) {
        char text[256];
        std::snprintf(text, sizeof text, "stretch '%s': target '%s' changes by %+.1f%% at the hold pose; a stretch should lengthen it by at least %.0f%%",
                      s.id.c_str(), target.c_str(), change * 100.0, kMinimumLengthening * 100.0);
        warnings.emplace_back(text);
      }
    }
  }
  return warnings;
}

int runLengths(const AppOptions& options) {
  content::Content pack = loadContentStrict(options.content);
  const content::Stretch* stretch = pack.stretch(*options.lengths);
  if (!stretch) {
    std::fprintf(stderr, "myomap: --lengths %s: no stretch with that id (see --list stretches)\n", options.lengths->c_str());
    return 1;
  }
  anatomy::Description desc = loadBundledDescription();
  const motion::ClinicalAngles hold = motion::holdPose(*stretch);
  struct Row {
    std::string id;
    double standing, held, change;
  };
  std::vector<Row> rows;
  for (const anatomy::Muscle& m : desc.muscles) {
    double standing = motion::muscleLength(desc, m, {});
    double held = motion::muscleLength(desc, m, hold);
    rows.push_back({m.id, standing, held, held / standing - 1.0});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.change > b.change; });
  std::printf("%s: hold pose hip flexion %.0f, abduction %.0f, rotation %.0f, knee flexion %.0f, ankle dorsiflexion %.0f (degrees)\n",
              stretch->id.c_str(), static_cast<double>(hold.hipFlexion), static_cast<double>(hold.hipAbduction),
              static_cast<double>(hold.hipRotation), static_cast<double>(hold.kneeFlexion),
              static_cast<double>(hold.ankleDorsiflexion));
  std::printf("%-28s %12s %12s %9s\n", "muscle", "standing_mm", "hold_mm", "change");
  for (const Row& r : rows)
    std::printf("%-28s %12.1f %12.1f %+8.1f%%%s\n", r.id.c_str(), r.standing * 1000.0, r.held * 1000.0, r.change * 100.0,
                std::find(stretch->targets.begin(), stretch->targets.end(), r.id) != stretch->targets.end() ? "  target" : "");
  return 0;
}

} // namespace myo::app
