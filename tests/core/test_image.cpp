#include "core/error.h"
#include "core/image/image.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace myo;

namespace {
Image gradient(int w, int h) {
  Image img(w, h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      auto* p = img.pixel(x, y);
      p[0] = static_cast<std::uint8_t>(x * 255 / (w - 1));
      p[1] = static_cast<std::uint8_t>(y * 255 / (h - 1));
      p[2] = 80;
      p[3] = 255;
    }
  return img;
}
} // namespace

TEST_CASE("identical images compare with error 0") {
  Image a = gradient(64, 48);
  ImageComparison c = compareImages(a, a);
  CHECK(c.error == 0.0);
  CHECK(c.differingPixels == 0);
  CHECK(c.diff.width == 64);
}

TEST_CASE("a size mismatch gives the maximum error") {
  ImageComparison c = compareImages(gradient(64, 48), gradient(48, 64));
  CHECK(c.error == 1.0);
  CHECK(c.diff.empty());
}

TEST_CASE("small noise and one-pixel shifts are forgiven, real changes are not") {
  Image a = gradient(64, 48);
  Image noisy = a;
  for (std::size_t i = 0; i < noisy.rgba.size(); i += 7) noisy.rgba[i] = static_cast<std::uint8_t>(std::min(255, noisy.rgba[i] + 6));
  CHECK(compareImages(noisy, a).error == 0.0);

  // A hard edge moved by one pixel.
  Image edge(32, 32), shifted(32, 32);
  for (int y = 0; y < 32; ++y)
    for (int x = 0; x < 32; ++x) {
      std::uint8_t v1 = x < 16 ? 0 : 255, v2 = x < 17 ? 0 : 255;
      for (int ch = 0; ch < 3; ++ch) edge.pixel(x, y)[ch] = v1, shifted.pixel(x, y)[ch] = v2;
    }
  CHECK(compareImages(shifted, edge).error == 0.0);

  // A 10x10 block painted red: 100 of 3072 pixels.
  Image changed = a;
  for (int y = 10; y < 20; ++y)
    for (int x = 10; x < 20; ++x) changed.pixel(x, y)[0] = 255, changed.pixel(x, y)[1] = 0, changed.pixel(x, y)[2] = 0;
  ImageComparison c = compareImages(changed, a);
  CHECK(c.differingPixels >= 64); // the block's inside at least; its rim may match a neighbour
  CHECK(c.differingPixels <= 100);
  CHECK(c.error == doctest::Approx(c.differingPixels / 3072.0));
  CHECK(c.diff.pixel(15, 15)[0] == 255);
  CHECK(c.diff.pixel(15, 15)[1] == 0);
}

TEST_CASE("PNG round trip keeps every pixel, and bad files are named in the error") {
  auto dir = std::filesystem::temp_directory_path() / "myomap-test-image";
  std::filesystem::create_directories(dir);
  Image a = gradient(40, 30);
  writePng(a, dir / "a.png");
  Image b = readPng(dir / "a.png");
  CHECK(b.width == 40);
  CHECK(b.height == 30);
  CHECK(b.rgba == a.rgba);
  CHECK(distinctColours(a) > 100);
  CHECK(distinctColours(Image(8, 8)) == 1);
  try {
    (void)readPng(dir / "missing.png");
    FAIL("no error for a missing file");
  } catch (const AssetError& e) {
    CHECK(std::string(e.what()).find("missing.png") != std::string::npos);
  }
  std::filesystem::remove_all(dir);
}
