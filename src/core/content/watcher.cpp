// MyoMap: hot reload of a content file.
#include "core/content/watcher.h"

namespace myo::content {

ContentWatcher::ContentWatcher(std::filesystem::path file) : m_file(std::move(file)) { reload(); }

ContentWatcher::Stamp ContentWatcher::stamp() const {
  std::error_code ec;
  Stamp s;
  auto status = std::filesystem::status(m_file, ec);
  if (ec || !std::filesystem::is_regular_file(status)) return s;
  s.mtime = std::filesystem::last_write_time(m_file, ec);
  if (ec) return Stamp{};
  s.size = std::filesystem::file_size(m_file, ec);
  if (ec) return Stamp{};
  s.exists = true;
  return s;
}

bool ContentWatcher::poll() {
  // Size as well as time: some file systems keep whole-second times, and a
  // quick save within the same second usually changes the size.
  if (stamp() == m_stamp) return false;
  reload();
  return true;
}

void ContentWatcher::reload() {
  m_stamp = stamp();
  LoadResult r = loadContentFile(m_file);
  m_diagnostics = std::move(r.diagnostics);
  m_failed = !r.ok();
  if (r.ok()) {
    m_current = std::move(r.content);
    ++m_generation;
  }
}

} // namespace myo::content
