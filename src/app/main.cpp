// myomap: a thin main. Parses the command line, picks a mode, maps errors to exit codes:
// 0 done, 1 failure (the message says what and where), 2 a mistake on the command line.
#include "app/app.h"
#include "app/headless.h"
#include "app/model_source.h"
#include "app/pick_mode.h"
#include "app/lengths_mode.h"
#include "core/content/cli.h"
#include "core/content/load.h"
#include "core/cli/options.h"
#include "core/error.h"

#include <cstdio>
#include <exception>
#include <iostream>

namespace {
// The content's own checks, then whether each stretch lengthens what it claims to (warnings).
int runCheckWithAnatomy(const std::filesystem::path& file) {
  int code = myo::content::runCheck(file, std::cout);
  if (code != 0) return code;
  myo::content::LoadResult loaded = myo::content::loadContentFile(file);
  if (!loaded.ok()) return 1;
  for (const std::string& w : myo::app::stretchTargetWarnings(myo::app::loadBundledDescription(), *loaded.content))
    std::printf("%s: warning: %s\n", file.c_str(), w.c_str());
  return 0;
}
} // namespace

int main(int argc, char** argv) {
  myo::CliOutcome cli = myo::parseCli(argc, argv);
  if (!cli.options) {
    std::fputs(cli.message.c_str(), cli.toStderr ? stderr : stdout);
    return cli.exitCode;
  }
  const myo::AppOptions& o = *cli.options;
  try {
    if (o.check) return runCheckWithAnatomy(*o.check);
    if (o.lengths) return myo::app::runLengths(o);
    if (o.list)
      return myo::content::runList(o.content.empty() ? myo::app::bundledContentPath() : o.content, *o.list, std::cout,
                                   std::cerr);
    if (o.pick) return myo::app::runPick(o);
    if (o.benchFrames > 0) return myo::app::runFrameBenchmark(o);
    if (o.screenshot) return myo::app::runScreenshot(o);
    return myo::app::runInteractive(o);
  } catch (const myo::Error& e) {
    std::fprintf(stderr, "myomap: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "myomap: unexpected error: %s\n", e.what());
    return 1;
  }
}
