#include "core/cli/options.h"

#include <doctest/doctest.h>

using namespace myo;

TEST_CASE("defaults: the bundled model, a 1280x720 anterior view") {
  CliOutcome r = parseCli(std::vector<std::string>{});
  REQUIRE(r.options);
  CHECK(r.options->model.empty());
  CHECK(r.options->width == 1280);
  CHECK(r.options->height == 720);
  CHECK_FALSE(r.options->screenshot);
  CHECK_FALSE(r.options->view);
}

TEST_CASE("screenshot options are read") {
  CliOutcome r = parseCli({"--screenshot", "out.png", "--size", "640x480", "--view", "lateral"});
  REQUIRE(r.options);
  CHECK(*r.options->screenshot == "out.png");
  CHECK(r.options->width == 640);
  CHECK(r.options->height == 480);
  CHECK(r.options->view == ViewPreset::Lateral);
}

TEST_CASE("mistakes exit with 2 and say what is wrong") {
  auto expectError = [](std::vector<std::string> args, const std::string& words) {
    CliOutcome r = parseCli(args);
    CHECK_FALSE(r.options);
    CHECK(r.exitCode == 2);
    CHECK(r.toStderr);
    CHECK_MESSAGE(r.message.find(words) != std::string::npos, r.message);
  };
  expectError({"--frobnicate"}, "--frobnicate");
  expectError({"--view", "sideways"}, "sideways");
  expectError({"--size", "12x"}, "WIDTHxHEIGHT");
  expectError({"--size", "8x8"}, "16..16384");
  expectError({"--model", "/no/such/file.glb"}, "/no/such/file.glb");
  expectError({"--reference", "a.png"}, "--screenshot");
}

TEST_CASE("help and version exit 0 on stdout") {
  CliOutcome h = parseCli({"--help"});
  CHECK(h.exitCode == 0);
  CHECK_FALSE(h.toStderr);
  CHECK(h.message.find("--screenshot") != std::string::npos);
  CliOutcome v = parseCli({"--version"});
  CHECK(v.exitCode == 0);
  CHECK(v.message.find("myomap ") != std::string::npos);
}

TEST_CASE("sizes parse strictly") {
  CHECK(parseSize("1280x720") == std::pair{1280, 720});
  CHECK_FALSE(parseSize("1280*720"));
  CHECK_FALSE(parseSize("x720"));
  CHECK_FALSE(parseSize("1280x720x3"));
  CHECK_FALSE(parseSize("99999x10"));
}
