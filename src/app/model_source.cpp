#include "app/model_source.h"

#include "core/content/load.h"
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

content::Content loadContentStrict(const std::filesystem::path& file) {
  const std::filesystem::path path = file.empty() ? bundledContentPath() : file;
  content::LoadResult result = content::loadContentFile(path);
  if (!result.ok()) {
    std::string text = path.string() + " has errors:";
    for (const auto& d : result.diagnostics) text += "\n  " + content::formatDiagnostic(d);
    throw Error(text);
  }
  return std::move(*result.content);
}

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
