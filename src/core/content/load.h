// MyoMap: loading and checking a content file. This is the API the app calls.
#pragma once

#include "core/content/content.h"
#include "core/content/diagnostic.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace myo::content {

/// The outcome of one load. `content` is set only when no diagnostic is an error;
/// `diagnostics` lists every problem found (all of them, not just the first).
struct LoadResult {
  std::optional<Content> content;
  std::vector<Diagnostic> diagnostics;
  /// The files it read or tried to read: the main file, then each `include:`.
  std::vector<std::filesystem::path> files;
  [[nodiscard]] bool ok() const { return content.has_value(); }
};

/// Reads, parses and checks a content file. Never throws: I/O and YAML syntax
/// problems become diagnostics too.
LoadResult loadContentFile(const std::filesystem::path& file);

/// The same, from text already in memory. `file` names it in messages and is the
/// base for the relative paths it references (`model:`).
LoadResult loadContentString(std::string_view text, const std::filesystem::path& file);

/// A path a content file references, resolved against the file's folder.
struct PathResolution {
  std::filesystem::path path; ///< set when allowed
  std::string error;          ///< why it was refused; empty when allowed
  [[nodiscard]] bool ok() const { return error.empty(); }
};

/// Resolves `relative` against the folder holding `contentFile` and refuses
/// anything that would leave that folder: absolute paths, `..` that climbs out,
/// or a symbolic link that points outside. The target need not exist.
PathResolution resolveContentPath(const std::filesystem::path& contentFile, std::string_view relative);

} // namespace myo::content
