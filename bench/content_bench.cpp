// MyoMap: how long loading and checking a content pack takes (median of N runs).
// Usage: content_bench [FILE] [RUNS]; defaults to the bundled pack and 50 runs.
// The hot-reload watcher pays this on every edit, so it should stay well under
// the one second the issue allows.
#include "core/content/load.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#ifndef MYOMAP_DEFAULT_PACK
#define MYOMAP_DEFAULT_PACK "assets/content/runners-knee.yaml"
#endif

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  const char* file = argc > 1 ? argv[1] : MYOMAP_DEFAULT_PACK;
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;

  // One untimed load first, to check the pack and to warm the file cache.
  auto first = myo::content::loadContentFile(file);
  if (!first.ok()) {
    std::fprintf(stderr, "%s does not load cleanly; run --check on it first\n", file);
    return 1;
  }
  std::uintmax_t bytes = 0;
  for (const auto& f : first.files) bytes += std::filesystem::file_size(f);

  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    auto r = myo::content::loadContentFile(file);
    auto t1 = Clock::now();
    if (!r.ok()) return 1;
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("content_bench: %s (%zu files, %ju bytes), %d runs\n", file, first.files.size(), bytes, runs);
  std::printf("  read + parse + check: median %.2f ms, min %.2f ms, max %.2f ms\n", ms[ms.size() / 2], ms.front(),
              ms.back());
  return 0;
}
