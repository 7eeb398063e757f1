#pragma once
// The interactive window: the frame loop, input and the panels. It sleeps in glfwWaitEvents
// whenever nothing moves, so an idle MyoMap uses no CPU.
#include "core/cli/options.h"

namespace myo::app {

/// Runs until the window closes; returns the exit code.
int runInteractive(const AppOptions& options);

} // namespace myo::app
