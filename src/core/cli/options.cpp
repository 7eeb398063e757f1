#include "core/cli/options.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdio>
#include <sstream>

#ifndef MYOMAP_VERSION
#define MYOMAP_VERSION "unknown"
#endif

namespace myo {

std::string versionString() { return std::string("myomap ") + MYOMAP_VERSION; }

std::optional<std::pair<int, int>> parseSize(const std::string& text) {
  auto x = text.find('x');
  if (x == std::string::npos) return std::nullopt;
  int w = 0, h = 0;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  auto r1 = std::from_chars(begin, begin + x, w);
  auto r2 = std::from_chars(begin + x + 1, end, h);
  if (r1.ec != std::errc{} || r1.ptr != begin + x || r2.ec != std::errc{} || r2.ptr != end) return std::nullopt;
  if (w < 16 || h < 16 || w > 16384 || h > 16384) return std::nullopt;
  return std::pair{w, h};
}

CliOutcome parseCli(const std::vector<std::string>& args) {
  AppOptions o;
  CLI::App app{"MyoMap: explore the leg's anatomy and learn self-massage on a 3D model.", "myomap"};
  app.set_version_flag("--version", versionString());
  std::string size = "1280x720", view, list;
  std::string model, content, screenshot, reference, check, pick, hover, lengths;

  app.add_option("--model", model, "Model file to show (glTF, OBJ, FBX, ...); default: the bundled leg")
      ->check(CLI::ExistingFile);
  app.add_option("--content", content, "Content file (YAML); default: the bundled runner's knee pack")
      ->check(CLI::ExistingFile);
  app.add_option("--screenshot", screenshot, "Render one frame offscreen to this PNG and exit");
  app.add_option("--size", size, "Image size for --screenshot, WIDTHxHEIGHT")->capture_default_str();
  app.add_option("--view", view, "Camera view: anterior, posterior, lateral, medial or superior")
      ->check(CLI::IsMember({"anterior", "posterior", "lateral", "medial", "superior"}));
  app.add_option("--reference", reference, "With --screenshot: compare against this golden PNG; exit 1 if it differs");
  app.add_option("--threshold", o.threshold, "With --reference: largest accepted fraction of differing pixels")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app.add_option("--check", check, "Check a content file, print its errors or a summary, and exit");
  app.add_option("--list", list, "List the content's entries of a kind (conditions, paths, stretches, routines) and exit");
  app.add_option("--pick", pick, "Print the id of the structure under pixel X,Y of the view (see --size, --view), or none");
  app.add_option("--hover", hover, "With --screenshot: draw as if the cursor rested on pixel X,Y (highlight and tooltip)");
  app.add_option("--select", o.select, "Select the structure with this id (e.g. vastus_lateralis)");
  app.add_flag("--isolate", o.isolate, "Show the selected structure alone");
  app.add_flag("--both-legs", o.bothLegs, "Also show the left leg, mirrored, to compare the two sides");
  app.add_flag("--labels", o.labels, "Show the names of the visible structures, with leader lines");
  app.add_flag("--xray", o.xray, "Make everything but the selection see-through");
  app.add_option("--hide", o.hide, "Hide these structures (ids, comma-separated)")->delimiter(',');
  app.add_option("--layer", o.layer, "Outermost layer shown: skin (all), superficial, deep or bone")
      ->check(CLI::IsMember({"skin", "superficial", "deep", "bone"}));
  app.add_flag("--ui", o.ui, "With --screenshot: draw the menu and status bars into the image too");
  app.add_option("--samples", o.samples, "Antialiasing samples per pixel of the 3D view: 0 (off), 2, 4 or 8")
      ->check(CLI::IsMember({0, 2, 4, 8}))
      ->capture_default_str();
  app.add_option("--condition", o.condition, "Show this condition: pain map, avoid zones, structures to work on");
  app.add_option("--show", o.show, "Overlays to draw, any of pain,zones,paths (default all)")
      ->delimiter(',')
      ->check(CLI::IsMember({"pain", "zones", "paths"}));
  app.add_option("--stretch", o.stretch, "Show this stretch (see --list stretches)");
  app.add_option("--path", o.path, "Show this rolling path with its roller (see --list paths)");
  app.add_option("--time", o.time, "With --stretch or --path: seconds into it (what --screenshot shows)")
      ->check(CLI::Range(0.0f, 100000.0f));
  app.add_option("--lengths", lengths, "Print every muscle's length standing and at the hold of this stretch, and exit");
  app.add_option("--bench-frames", o.benchFrames, "Render this many offscreen frames, print frame times, and exit")
      ->check(CLI::Range(1, 100000));

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  CliOutcome out;
  try {
    app.parse(reversed);
    auto parsed = parseSize(size);
    if (!parsed) throw CLI::ValidationError("--size", "'" + size + "' is not WIDTHxHEIGHT with each 16..16384, e.g. 1280x720");
    o.width = parsed->first;
    o.height = parsed->second;
    if (!view.empty()) o.view = parseViewPreset(view);
    o.model = model;
    o.content = content;
    if (!screenshot.empty()) o.screenshot = screenshot;
    if (!reference.empty()) o.reference = reference;
    if (!check.empty()) o.check = check;
    if (!list.empty()) o.list = list;
    if (!lengths.empty()) o.lengths = lengths;
    auto pixel = [&](const std::string& text, const char* option) {
      int x = -1, y = -1;
      char extra = 0;
      if (std::sscanf(text.c_str(), "%d,%d%c", &x, &y, &extra) != 2 || x < 0 || y < 0 || x >= o.width || y >= o.height)
        throw CLI::ValidationError(option, "'" + text + "' is not X,Y inside the " + size + " view, e.g. 640,360");
      return std::pair{x, y};
    };
    if (!pick.empty()) o.pick = pixel(pick, "--pick");
    if (!hover.empty()) o.hover = pixel(hover, "--hover");
    if (o.hover && !o.screenshot) throw CLI::ValidationError("--hover", "needs --screenshot OUT.png: it draws where the cursor rests");
    if (o.reference && !o.screenshot)
      throw CLI::ValidationError("--reference", "needs --screenshot OUT.png to know where to write the actual image");
  } catch (const CLI::ParseError& e) {
    std::ostringstream msgOut, msgErr;
    int code = app.exit(e, msgOut, msgErr);
    out.message = msgOut.str() + msgErr.str();
    out.toStderr = code != 0;
    out.exitCode = code == 0 ? 0 : 2;
    if (code != 0 && out.message.find("--help") == std::string::npos) out.message += "Run with --help for more information.\n";
    return out;
  }
  out.options = o;
  return out;
}

CliOutcome parseCli(int argc, const char* const* argv) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  return parseCli(args);
}

} // namespace myo
