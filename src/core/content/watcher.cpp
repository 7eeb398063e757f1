// MyoMap: hot reload of a content file.
#include "core/content/watcher.h"

namespace myo::content {

ContentWatcher::ContentWatcher(std::filesystem::path file) : m_file(std::move(file)) { reload(); }

ContentWatcher::Stamp ContentWatcher::stamp(const std::filesystem::path& file) {
  std::error_code ec;
  Stamp s;
  auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::is_regular_file(status)) return s;
  s.mtime = std::filesystem::last_write_time(file, ec);
  if (ec) return Stamp{};
  s.size = std::filesystem::file_size(file, ec);
  if (ec) return Stamp{};
  s.exists = true;
  return s;
}

bool ContentWatcher::poll() {
  // Size as well as time: some file systems keep whole-second times, and a
  // quick save within the same second usually changes the size.
  bool changed = m_stamps.empty();
  for (const auto& [file, old] : m_stamps) changed = changed || stamp(file) != old;
  if (!changed) return false;
  reload();
  return true;
}

void ContentWatcher::reload() {
  // The main file is stamped before reading, so an edit made during the load
  // is seen by the next poll instead of being lost; includes are known only after.
  std::vector<std::pair<std::filesystem::path, Stamp>> before{{m_file, stamp(m_file)}};
  LoadResult r = loadContentFile(m_file);
  for (const auto& f : r.files)
    if (f != m_file) before.emplace_back(f, stamp(f));
  m_stamps = std::move(before);
  m_diagnostics = std::move(r.diagnostics);
  m_failed = !r.ok();
  if (r.ok()) {
    m_current = std::move(r.content);
    ++m_generation;
  }
}

} // namespace myo::content
