// MyoMap: confining the files a content file may reference to its own folder,
// so a shared pack cannot make the app read files elsewhere on the machine.
#include "core/content/load.h"

#include <system_error>

namespace myo::content {

PathResolution resolveContentPath(const std::filesystem::path& contentFile, std::string_view relative) {
  namespace fs = std::filesystem;
  PathResolution r;
  fs::path rel(relative);
  if (relative.empty()) {
    r.error = "the path is empty";
    return r;
  }
  if (rel.is_absolute() || rel.has_root_name() || rel.has_root_directory()) {
    r.error = "'" + std::string(relative) + "' is absolute; give a path relative to the content file's folder";
    return r;
  }
  std::error_code ec;
  fs::path folder = contentFile.parent_path();
  if (folder.empty()) folder = ".";
  // weakly_canonical follows symbolic links that exist, so a link pointing out
  // of the folder is caught as well as a literal "../".
  fs::path base = fs::weakly_canonical(fs::absolute(folder, ec), ec);
  fs::path target = ec ? fs::path() : fs::weakly_canonical(base / rel, ec);
  if (ec) {
    r.error = "cannot resolve '" + std::string(relative) + "': " + ec.message();
    return r;
  }
  fs::path inside = target.lexically_relative(base);
  if (inside.empty() || inside == "." || *inside.begin() == "..") {
    r.error = "'" + std::string(relative) + "' leads outside the content file's folder; put the file next to it";
    return r;
  }
  r.path = target;
  return r;
}

} // namespace myo::content
