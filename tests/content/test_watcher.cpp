// MyoMap tests: hot reload keeps the last good content through a broken edit.
#include "fixtures.h"
#include "temp_dir.h"

#include "core/content/watcher.h"

#include <doctest/doctest.h>

#include <chrono>

using namespace myo::content;
using myo::content::test::kMinimal;
using myo::content::test::TempDir;

namespace {
// Moves the file's time forward so that the edit is seen even on file systems
// with coarse timestamps and when the size happens to stay the same.
void touchLater(const std::filesystem::path& p, int seconds) {
  std::filesystem::last_write_time(p, std::filesystem::last_write_time(p) + std::chrono::seconds(seconds));
}

std::string withTitle(const std::string& title) {
  std::string t = kMinimal;
  return t.replace(t.find("Test pack"), 9, title);
}
} // namespace

TEST_SUITE("watcher") {
  TEST_CASE("good, then broken, then good again") {
    TempDir dir;
    auto file = dir.write("pack.yaml", withTitle("First"));
    ContentWatcher w(file);
    REQUIRE(w.current());
    CHECK(w.current()->title == "First");
    CHECK(w.generation() == 1);
    CHECK(w.errors().empty());
    CHECK_FALSE(w.poll()); // nothing changed

    dir.write("pack.yaml", withTitle("Second") + "stretches: [oops\n");
    touchLater(file, 2);
    CHECK(w.poll());
    CHECK(w.lastLoadFailed());
    REQUIRE(w.current());
    CHECK(w.current()->title == "First"); // the last good content stays
    CHECK(w.generation() == 1);
    REQUIRE_FALSE(w.errors().empty());
    CHECK(w.errors()[0].line > 0);
    CHECK_FALSE(w.poll()); // the broken file is not reloaded again and again

    dir.write("pack.yaml", withTitle("Third"));
    touchLater(file, 4);
    CHECK(w.poll());
    CHECK_FALSE(w.lastLoadFailed());
    CHECK(w.errors().empty());
    CHECK(w.current()->title == "Third");
    CHECK(w.generation() == 2);
  }

  TEST_CASE("a file that starts broken has no content until fixed") {
    TempDir dir;
    auto file = dir.write("pack.yaml", "myomap: 1\n");
    ContentWatcher w(file);
    CHECK(w.current() == nullptr);
    CHECK(w.lastLoadFailed());
    CHECK(w.generation() == 0);
    dir.write("pack.yaml", kMinimal);
    touchLater(file, 2);
    CHECK(w.poll());
    REQUIRE(w.current());
    CHECK(w.generation() == 1);
  }

  TEST_CASE("a deleted file keeps the content and reports the error") {
    TempDir dir;
    auto file = dir.write("pack.yaml", kMinimal);
    ContentWatcher w(file);
    std::filesystem::remove(file);
    CHECK(w.poll());
    CHECK(w.current());
    REQUIRE(w.errors().size() == 1);
    CHECK(w.errors()[0].message.find("cannot open") == 0);
  }

  TEST_CASE("editing an included file reloads too") {
    TempDir dir;
    std::string text = kMinimal;
    text.replace(text.find("title: Test pack\n"), 17, "title: Test pack\ninclude: [extra.yaml]\n");
    auto file = dir.write("pack.yaml", text);
    auto extra = dir.write("extra.yaml", "myomap: 1\n");
    ContentWatcher w(file);
    REQUIRE(w.current());
    CHECK(w.current()->exercises.size() == 1);
    dir.write("extra.yaml", "myomap: 1\nexercises:\n  - {id: lift, name: Lift, targets: [rectus_femoris], "
                            "position: Lying., sets: 1, reps: 5, cues: [Slowly.], phase: any, cite: [article_a]}\n");
    touchLater(extra, 2);
    CHECK(w.poll());
    REQUIRE(w.current());
    CHECK(w.current()->exercises.size() == 2);
    CHECK(w.generation() == 2);
  }
}
