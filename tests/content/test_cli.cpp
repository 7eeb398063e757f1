// MyoMap tests: --check and --list.
#include "fixtures.h"
#include "temp_dir.h"

#include "core/content/cli.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace myo::content;
using myo::content::test::kMinimal;
using myo::content::test::TempDir;

TEST_SUITE("cli") {
  TEST_CASE("--check on a good file prints one summary line and exits 0") {
    TempDir dir;
    auto file = dir.write("pack.yaml", kMinimal);
    std::ostringstream out;
    CHECK(runCheck(file, out) == 0);
    CHECK(out.str() == file.string() +
                           ": ok: 2 structures, 1 condition, 1 pain site, 1 avoid zone, 1 rolling path, "
                           "1 stretch, 1 exercise, 1 routine, 3 references\n");
  }

  TEST_CASE("--check on a broken file prints file:line:col errors and exits 1") {
    TempDir dir;
    std::string text = kMinimal;
    text.replace(text.find("hold_s: 30"), 10, "hold_s: 3000");
    auto file = dir.write("pack.yaml", text);
    std::ostringstream out;
    CHECK(runCheck(file, out) == 1);
    CHECK(out.str() == file.string() + ":84:13: error: stretch 'quad_stretch': hold_s 3000 is outside 0..300 s\n" +
                           file.string() + ": 1 error\n");
  }

  TEST_CASE("--check on a missing file exits 1") {
    std::ostringstream out;
    CHECK(runCheck("no/such/pack.yaml", out) == 1);
    CHECK(out.str().find("no/such/pack.yaml: error: cannot open the file") == 0);
  }

  TEST_CASE("--list prints id and display name") {
    TempDir dir;
    auto file = dir.write("pack.yaml", kMinimal);
    auto list = [&](std::string_view what) {
      std::ostringstream out, err;
      CHECK(runList(file, what, out, err) == 0);
      CHECK(err.str().empty());
      return out.str();
    };
    CHECK(list("conditions") == "knee_pain\tKnee pain\n");
    CHECK(list("paths") == "roll_quads\tRoll the front of the thigh\n");
    CHECK(list("stretches") == "quad_stretch\tQuad stretch\n");
    CHECK(list("routines") == "later\tAfter it settles\n");
    CHECK(list("exercises") == "step_down\tSlow step-down\n");
    CHECK(list("structures") == "rectus_femoris\tRectus femoris\npatella\tKneecap\n");
  }

  TEST_CASE("--list with an unknown kind exits 2 and names the valid ones") {
    std::ostringstream out, err;
    CHECK(runList("whatever.yaml", "muscles", out, err) == 2);
    CHECK(out.str().empty());
    CHECK(err.str() == "--list: unknown kind 'muscles'; use one of conditions, paths, stretches, exercises, "
                       "routines, structures\n");
  }

  TEST_CASE("--list on a broken file prints the errors and exits 1") {
    TempDir dir;
    auto file = dir.write("pack.yaml", "myomap: 1\ntitle: x\n");
    std::ostringstream out, err;
    CHECK(runList(file, "routines", out, err) == 1);
    CHECK(out.str().empty());
    CHECK(err.str() == file.string() + ":1:1: error: content file: missing 'disclaimer'; add 'disclaimer: ...'\n");
  }
}
