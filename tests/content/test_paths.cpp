// MyoMap tests: a content file reaches only files inside its own folder.
#include "fixtures.h"
#include "temp_dir.h"

#include "core/content/load.h"

#include <doctest/doctest.h>

using namespace myo::content;
using myo::content::test::kMinimal;
using myo::content::test::TempDir;

TEST_SUITE("paths") {
  TEST_CASE("paths inside the folder resolve") {
    TempDir dir;
    auto file = dir.write("pack/pack.yaml", kMinimal);
    auto folder = std::filesystem::weakly_canonical(dir.path() / "pack");
    for (const char* rel : {"leg.glb", "models/leg.glb", "./leg.glb", "models/../leg.glb"}) {
      CAPTURE(rel);
      auto r = resolveContentPath(file, rel);
      REQUIRE(r.ok());
      CHECK(r.path.lexically_relative(folder).begin()->string() != "..");
    }
    CHECK(resolveContentPath(file, "leg.glb").path == folder / "leg.glb");
  }

  TEST_CASE("paths leaving the folder are refused") {
    TempDir dir;
    auto file = dir.write("pack/pack.yaml", kMinimal);
    for (const char* rel : {"../x", "../../x", "models/../../x", "..", ".", "/abs/leg.glb", ""}) {
      CAPTURE(rel);
      auto r = resolveContentPath(file, rel);
      CHECK_FALSE(r.ok());
      CHECK(r.path.empty());
    }
    CHECK(resolveContentPath(file, "../../x").error ==
          "'../../x' leads outside the content file's folder; put the file next to it");
  }

  TEST_CASE("a symbolic link pointing outside is refused") {
    TempDir dir;
    auto file = dir.write("pack/pack.yaml", kMinimal);
    dir.write("secret/leg.glb", "x");
    std::error_code ec;
    std::filesystem::create_directory_symlink(dir.path() / "secret", dir.path() / "pack" / "models", ec);
    if (ec) return; // no symlinks on this file system; nothing to check
    CHECK_FALSE(resolveContentPath(file, "models/leg.glb").ok());
  }

  TEST_CASE("the loader refuses a model or include outside the folder") {
    TempDir dir;
    dir.write("outside.yaml", "myomap: 1\n");
    std::string text = kMinimal;
    text.replace(text.find("disclaimer:"), 0, "model: ../leg.glb\ninclude: [../outside.yaml]\n");
    auto file = dir.write("pack/pack.yaml", text);
    LoadResult r = loadContentFile(file);
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].message ==
          "model: '../leg.glb' leads outside the content file's folder; put the file next to it");
    CHECK(r.diagnostics[1].message ==
          "include: '../outside.yaml' leads outside the content file's folder; put the file next to it");
  }

  TEST_CASE("included files load, and their errors name the included file") {
    TempDir dir;
    std::string text = kMinimal;
    auto refs = text.find("references:");
    auto structs = text.find("structures:");
    std::string refsPart = text.substr(refs, structs - refs);
    text.erase(refs, structs - refs);
    text.replace(text.find("structures:"), 0, "include: [refs.yaml]\n");
    auto file = dir.write("pack.yaml", text);
    dir.write("refs.yaml", "myomap: 1\n" + refsPart);
    LoadResult good = loadContentFile(file);
    REQUIRE(good.ok());
    CHECK(good.content->references.size() == 3);
    CHECK(good.content->reference("article_a")->pos.file == (dir.path() / "refs.yaml").string());
    REQUIRE(good.files.size() == 2);

    dir.write("refs.yaml", "myomap: 1\n" + refsPart + "  - {id: article_a, citation: Again., level: textbook}\n");
    LoadResult bad = loadContentFile(file);
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].file == (dir.path() / "refs.yaml").string());
    CHECK(bad.diagnostics[0].line == 13);
    CHECK(bad.diagnostics[0].message == "reference 'article_a': id already used on line 6; ids must be unique, "
                                        "rename one");
  }
}
