#pragma once
// Finds the bundled assets next to the executable and loads models with a fallback.
#include "core/state/app_state.h"

#include <filesystem>

namespace myo::app {

/// The folder of bundled assets: $MYOMAP_ASSETS if set, else ../assets beside the executable.
[[nodiscard]] std::filesystem::path assetsDir();
[[nodiscard]] std::filesystem::path bundledModelPath();
/// The runner's knee pack, copied beside the model at build time.
[[nodiscard]] std::filesystem::path bundledContentPath();

/// Loads a content file for the headless modes, where broken content is an error: throws Error
/// listing every problem as file:line:col. An empty path means the bundled pack.
[[nodiscard]] content::Content loadContentStrict(const std::filesystem::path& file);

/// Loads `requested` (or the bundled model when empty) into state.scene. If the requested file
/// is missing or broken and `fallback` is true, loads the bundled model and records the error
/// in state.messages. Throws AssetError if nothing can be loaded.
void loadModelInto(AppState& state, const std::filesystem::path& requested, bool fallback);

} // namespace myo::app
