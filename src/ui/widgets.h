#pragma once
// Small pieces several panels share.
#include "core/content/content.h"

#include <string>
#include <vector>

namespace myo::ui {

/// "[ref_a, ref_b]" after the last item, dimmed; hovering shows the full citations.
void cites(const content::Content* pack, const std::vector<std::string>& ids);

/// Play or pause, loop, speed and a time slider (scrubbing pauses): the controls of every
/// player (stretches, rolling paths).
void playerControls(bool& playing, bool& loop, float& speed, float& time, float totalSeconds);

/// A dimmed note that wraps at the window's edge.
void hint(const char* text);

} // namespace myo::ui
