// MyoMap: how long loading and checking a content file takes (median of N runs).
// Usage: content_bench [FILE] [RUNS]; defaults to the bundled pack and 50 runs.
#include "core/content/load.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#ifndef MYOMAP_DEFAULT_PACK
#define MYOMAP_DEFAULT_PACK "assets/content/runners-knee.yaml"
#endif

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  const char* file = argc > 1 ? argv[1] : MYOMAP_DEFAULT_PACK;
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;

  // Reading from disk and parsing+checking are timed apart: the watcher pays
  // both, but the disk part depends on the machine's cache, not on our code.
  std::vector<double> full, parse;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const std::string body = text.str();
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    auto r = myo::content::loadContentFile(file);
    auto t1 = Clock::now();
    auto r2 = myo::content::loadContentString(body, file);
    auto t2 = Clock::now();
    if (!r.ok() || !r2.ok()) {
      std::fprintf(stderr, "%s does not load cleanly; run --check on it first\n", file);
      return 1;
    }
    full.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    parse.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  std::printf("content_bench: %s, %zu bytes, %d runs\n", file, body.size(), runs);
  std::printf("  load+check from file:   median %.2f ms (min %.2f, max %.2f)\n", median(full),
              *std::min_element(full.begin(), full.end()), *std::max_element(full.begin(), full.end()));
  std::printf("  parse+check from memory: median %.2f ms\n", median(parse));
  return 0;
}
