// MyoMap: messages about a content file, each pinned to a place in it.
#pragma once

#include <string>
#include <vector>

namespace myo::content {

enum class Severity { Error, Warning };

/// One problem found in a content file. line and column are 1-based; 0 means
/// "the file as a whole" (it could not be opened, for example).
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  Severity severity = Severity::Error;
};

/// "file:line:col: error: message", the shape compilers use, so editors can jump to it.
std::string formatDiagnostic(const Diagnostic& d);

/// True when any entry is an error (warnings do not count).
bool hasErrors(const std::vector<Diagnostic>& diags);

} // namespace myo::content
