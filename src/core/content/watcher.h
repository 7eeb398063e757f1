// MyoMap: hot reload of a content file while the app runs (no threads, no GL).
#pragma once

#include "core/content/load.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

namespace myo::content {

/// Watches one content file and the files it includes. The app calls poll() a
/// few times a second; when any file's modification time or size changed, it reloads. A broken edit keeps the
/// last good content and exposes the errors until a later edit fixes them.
class ContentWatcher {
public:
  /// Loads the file once right away; check current() and errors() after.
  explicit ContentWatcher(std::filesystem::path file);

  /// Cheap when nothing changed (one stat). Returns true when a reload happened,
  /// whether it succeeded or not, so the caller knows to refresh what it shows.
  bool poll();
  /// Reloads now, regardless of the file's stamp.
  void reload();

  /// The last content that loaded without errors, or nullptr if none has yet.
  [[nodiscard]] const Content* current() const { return m_current ? &*m_current : nullptr; }
  /// Errors (and warnings) of the latest attempt; empty errors mean current() is that attempt.
  [[nodiscard]] const std::vector<Diagnostic>& errors() const { return m_diagnostics; }
  [[nodiscard]] bool lastLoadFailed() const { return m_failed; }
  /// Increases each time a new good content replaces current().
  [[nodiscard]] std::uint64_t generation() const { return m_generation; }
  [[nodiscard]] const std::filesystem::path& path() const { return m_file; }

private:
  struct Stamp {
    bool exists = false;
    std::filesystem::file_time_type mtime{};
    std::uintmax_t size = 0;
    bool operator==(const Stamp&) const = default;
  };
  static Stamp stamp(const std::filesystem::path& file);

  std::filesystem::path m_file;
  std::vector<std::pair<std::filesystem::path, Stamp>> m_stamps; ///< main file first, then includes
  std::optional<Content> m_current;
  std::vector<Diagnostic> m_diagnostics;
  bool m_failed = false;
  std::uint64_t m_generation = 0;
};

} // namespace myo::content
