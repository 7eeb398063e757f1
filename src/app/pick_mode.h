#pragma once
#include "core/cli/options.h"

namespace myo::app {
/// --pick X,Y: prints the id of the structure under that pixel of the view, or "none". No GL.
int runPick(const AppOptions& options);
} // namespace myo::app
