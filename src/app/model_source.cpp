#include "app/model_source.h"

#include "core/error.h"
#include "io/model_loader.h"

#include <cstdlib>
#include <system_error>

namespace myo::app {

std::filesystem::path assetsDir() {
  if (const char* env = std::getenv("MYOMAP_ASSETS"); env && *env) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "assets";
  return exe.parent_path().parent_path() / "assets";
}

std::filesystem::path bundledModelPath() { return assetsDir() / "leg-right.glb"; }

std::filesystem::path bundledContentPath() { return assetsDir() / "content" / "runners-knee.yaml"; }

void loadModelInto(AppState& state, const std::filesystem::path& requested, bool fallback) {
  if (requested.empty()) {
    state.scene = io::loadModel(bundledModelPath());
    return;
  }
  try {
    state.scene = io::loadModel(requested);
  } catch (const AssetError& e) {
    if (!fallback) throw;
    state.messages.push_back({UserMessage::Kind::Error,
                              std::string(e.what()) + "\nShowing the bundled leg model instead."});
    state.scene = io::loadModel(bundledModelPath());
  }
}

} // namespace myo::app
