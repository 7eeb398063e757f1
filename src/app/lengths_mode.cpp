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
  char text[400];
  for (const content::Stretch& s : pack.stretches) {
    // A pose beyond the reference model's range is shown and measured at the range's end.
    // In the content's words: its key, and the reference model's coordinate with its sign.
    static constexpr struct { content::Joint joint; const char* key; const char* coordinate; double sign; } kJoints[] = {
        {content::Joint::HipFlexion, "hip_flexion", "hip_flexion_r", 1.0},
        {content::Joint::HipAbduction, "hip_abduction", "hip_adduction_r", -1.0},
        {content::Joint::HipRotation, "hip_rotation", "hip_rotation_r", 1.0},
        {content::Joint::KneeFlexion, "knee_flexion", "knee_angle_r", -1.0},
        {content::Joint::AnkleDorsiflexion, "ankle_dorsiflexion", "ankle_angle_r", 1.0}};
    for (const content::Keyframe& k : s.keyframes)
      for (const auto& j : kJoints) {
        const double value = k.angle[static_cast<std::size_t>(j.joint)];
        const double kept = j.sign * desc.clampCoordinate(j.coordinate, j.sign * value);
        if (kept != value) {
          std::snprintf(text, sizeof text,
                        "stretch '%s': the keyframe at %.1f s has %s: %.0f, beyond the reference model's range; "
                        "the leg is shown and measured at %.0f",
                        s.id.c_str(), static_cast<double>(k.t), j.key, value, kept);
          warnings.emplace_back(text);
        }
      }
    const motion::ClinicalAngles hold = motion::holdPose(s);
    for (const std::string& target : s.targets) {
      const std::vector<std::size_t> muscles = desc.lengthMuscles(target);
      if (muscles.empty()) {
        std::snprintf(text, sizeof text,
                      "stretch '%s': target '%s' is neither a muscle nor pulled by one (in_series in the model's "
                      "description), so its lengthening cannot be checked",
                      s.id.c_str(), target.c_str());
        warnings.emplace_back(text);
        continue;
      }
      const anatomy::Muscle& m = desc.muscles[motion::mostLengthened(desc, muscles, hold)];
      const double change = motion::muscleLength(desc, m, hold) / motion::muscleLength(desc, m, {}) - 1.0;
      if (change < kMinimumLengthening) {
        const std::string through = m.id == target ? "" : " (through " + m.id + ", the most lengthened muscle in series)";
        std::snprintf(text, sizeof text, "stretch '%s': target '%s'%s changes by %+.1f%% at the hold pose; a stretch should lengthen it by at least %.0f%%",
                      s.id.c_str(), target.c_str(), through.c_str(), change * 100.0, kMinimumLengthening * 100.0);
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
