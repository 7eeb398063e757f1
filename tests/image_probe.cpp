// image_probe FILE WIDTHxHEIGHT: exits 0 if FILE is a PNG of that size with more than a few
// colours (a blank or flat render fails), else prints why and exits 1.
#include "core/cli/options.h"
#include "core/error.h"
#include "core/image/image.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: image_probe FILE WIDTHxHEIGHT\n", stderr);
    return 2;
  }
  auto size = myo::parseSize(argv[2]);
  if (!size) return 2;
  try {
    myo::Image img = myo::readPng(argv[1]);
    if (img.width != size->first || img.height != size->second) {
      std::fprintf(stderr, "%s is %dx%d, expected %s\n", argv[1], img.width, img.height, argv[2]);
      return 1;
    }
    int colours = myo::distinctColours(img, 4096);
    std::printf("%s: %dx%d, %d%s colours\n", argv[1], img.width, img.height, colours, colours >= 4096 ? "+" : "");
    if (colours < 200) {
      std::fprintf(stderr, "%s looks blank: only %d colours\n", argv[1], colours);
      return 1;
    }
  } catch (const myo::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
