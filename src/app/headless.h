#pragma once
// The headless modes: --screenshot (the render test harness) and --bench-frames.
#include "core/cli/options.h"

namespace myo::app {

/// Renders one frame offscreen to options.screenshot and compares it with options.reference
/// if given. Returns the exit code: 0 written (and matching), 1 failure or mismatch.
int runScreenshot(const AppOptions& options);

/// Renders options.benchFrames frames offscreen and prints frame-time statistics. Exit code.
int runFrameBenchmark(const AppOptions& options);

} // namespace myo::app
