// MyoMap: the content commands of the command line (--check, --list).
#pragma once

#include <filesystem>
#include <ostream>
#include <string_view>

namespace myo::content {

/// `--check FILE`: prints every diagnostic as "file:line:col: error: message" and
/// returns 1 when there is an error; otherwise prints a one-line summary with the
/// count of each kind of entry and returns 0.
int runCheck(const std::filesystem::path& file, std::ostream& out);

/// `--list WHAT FILE`: prints "id<TAB>display name" for each entry of one kind
/// (conditions, paths, stretches, exercises, routines, structures). An unknown kind
/// prints the valid ones to `err` and returns 2; a broken file prints its errors
/// to `err` and returns 1.
int runList(const std::filesystem::path& file, std::string_view what, std::ostream& out, std::ostream& err);

} // namespace myo::content
