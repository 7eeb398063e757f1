// model_import_bench MODEL [RUNS]: median time to import MODEL into core types.
#include "core/error.h"
#include "io/model_loader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: model_import_bench MODEL [RUNS]\n", stderr);
    return 2;
  }
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
  std::vector<double> ms;
  std::size_t triangles = 0;
  try {
    for (int i = 0; i < runs; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      myo::Scene s = myo::io::loadModel(argv[1]);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      triangles = s.triangleCount();
    }
  } catch (const myo::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  std::sort(ms.begin(), ms.end());
  std::printf("import_ms_median %.2f min %.2f runs %d triangles %zu\n", ms[ms.size() / 2], ms.front(), runs, triangles);
  return 0;
}
