// MyoMap tests: every file in broken/ gives exactly the errors it lists.
#include "core/content/cli.h"
#include "core/content/load.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace myo::content;
namespace fs = std::filesystem;

namespace {
std::vector<std::string> expectedErrors(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> out;
  const std::string tag = "# expect: ";
  for (std::string line; std::getline(in, line);)
    if (line.rfind(tag, 0) == 0) out.push_back(line.substr(tag.size()));
  return out;
}

std::vector<fs::path> brokenFiles() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(MYOMAP_BROKEN_DIR))
    if (e.path().extension() == ".yaml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}
} // namespace

TEST_SUITE("broken_files") {
  TEST_CASE("each broken file gives exactly its listed errors") {
    auto files = brokenFiles();
    REQUIRE(files.size() >= 20);
    for (const auto& file : files) {
      CAPTURE(file.filename().string());
      auto expected = expectedErrors(file);
      REQUIRE_MESSAGE(!expected.empty(), "a broken file must list the errors it gives");
      LoadResult r = loadContentFile(file);
      CHECK_FALSE(r.ok());
      // Errors only: these small files often leave a reference uncited, which
      // is a warning and tested in test_loader.cpp.
      std::string actual, wanted;
      for (const auto& d : r.diagnostics) {
        CHECK(d.file == file.string());
        if (d.severity == Severity::Error) actual += formatDiagnostic(d).substr(d.file.size() + 1) + "\n";
      }
      for (const auto& e : expected) wanted += e + "\n";
      CHECK(actual == wanted);
    }
  }

  TEST_CASE("--check prints them and exits 1") {
    fs::path file = fs::path(MYOMAP_BROKEN_DIR) / "many_errors.yaml";
    std::ostringstream out;
    CHECK(runCheck(file, out) == 1);
    std::string text = out.str();
    for (const auto& e : expectedErrors(file)) CHECK(text.find(file.string() + ":" + e + "\n") != std::string::npos);
    CHECK(text.find(file.string() + ": 4 errors\n") != std::string::npos);
  }
}
