#pragma once
// Command-line options as data, parsed with CLI11 in the GL-free core so they can be tested.
#include "core/camera/view_preset.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace myo {

struct AppOptions {
  std::filesystem::path model;   ///< empty: the bundled leg
  std::filesystem::path content; ///< empty: the bundled content pack
  std::optional<std::filesystem::path> screenshot; ///< render one frame offscreen to this PNG and exit
  int width = 1280;
  int height = 720;
  std::optional<ViewPreset> view; ///< unset: anterior
  std::optional<std::filesystem::path> reference; ///< golden image to compare the screenshot against
  double threshold = 0.005; ///< largest accepted ImageComparison::error against the reference
  std::optional<std::filesystem::path> check;     ///< check a content file and exit
  std::optional<std::string> list;                ///< list entries of the content and exit
  int samples = 4;     ///< multisampling of the 3D view (0 = off)
  std::optional<std::string> lengths;
  std::string stretch;  ///< show this stretch (its id)
  std::string condition; ///< show this condition's pain map, avoid zones and structures
  std::string path;      ///< show this rolling path (its id), the roller at `time`
  std::vector<std::string> show; ///< overlays: any of pain, zones, paths; empty = all
  float time = 0.0f;    ///< seconds into the stretch or the rolling path, for --screenshot
  int benchFrames = 0; ///< render this many offscreen frames and print timings
  std::optional<std::pair<int, int>> pick; ///< print the structure under this pixel and exit
  std::optional<std::pair<int, int>> hover; ///< with --screenshot: the cursor rests on this pixel
  std::string select; ///< structure id to select on start
  bool isolate = false;
  bool bothLegs = false;
  bool labels = false;
  bool xray = false;
  std::vector<std::string> hide; ///< structure ids hidden on start
  std::string layer;             ///< outermost layer shown: skin, superficial, deep or bone
  bool ui = false;     ///< draw the panels (menu and status bar) into the screenshot too
};

/// What parsing decided: run with `options`, or exit at once with `exitCode` after printing
/// `message` (help and version go to stdout with 0; mistakes to stderr with 2).
struct CliOutcome {
  std::optional<AppOptions> options;
  int exitCode = 0;
  std::string message;
  bool toStderr = false;
};

[[nodiscard]] CliOutcome parseCli(const std::vector<std::string>& args);
[[nodiscard]] CliOutcome parseCli(int argc, const char* const* argv);

/// "1280x720" -> {1280, 720}; nullopt if malformed or outside 16..16384.
[[nodiscard]] std::optional<std::pair<int, int>> parseSize(const std::string& text);

[[nodiscard]] std::string versionString();

} // namespace myo
