#pragma once
// Muscle lengths from the command line: --lengths STRETCH_ID, and the check that a stretch's
// targets really lengthen, which --check adds to the content's own checks.
#include "core/anatomy/anatomy.hpp"
#include "core/cli/options.h"
#include "core/content/content.h"

#include <string>
#include <vector>

namespace myo::app {

/// Prints every muscle's standing length, its length at the stretch's hold pose and the change,
/// largest lengthening first. Exit code: 0, or 1 if the stretch or files are missing.
int runLengths(const AppOptions& options);

/// One warning for each target of each stretch that lengthens by less than 3% at the hold pose
/// (a tendon or band by the muscles in series with it), for each target no muscle pulls on, and
/// for each keyframe beyond the reference model's joint ranges.
[[nodiscard]] std::vector<std::string> stretchTargetWarnings(const anatomy::Description& desc,
                                                             const content::Content& pack);

/// The bundled anatomical description; throws Error if it is missing.
[[nodiscard]] anatomy::Description loadBundledDescription();

} // namespace myo::app
