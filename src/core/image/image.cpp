#include "core/image/image.h"

#include "core/error.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

namespace myo {

Image readPng(const std::filesystem::path& file) {
  int w = 0, h = 0, channels = 0;
  unsigned char* data = stbi_load(file.c_str(), &w, &h, &channels, 4);
  if (!data) throw AssetError(file.string() + ": cannot read image: " + stbi_failure_reason());
  Image img(w, h);
  std::copy(data, data + img.rgba.size(), img.rgba.begin());
  stbi_image_free(data);
  return img;
}

void writePng(const Image& image, const std::filesystem::path& file) {
  if (image.empty()) throw AssetError(file.string() + ": refusing to write an empty image");
  // stb tries five row filters and deflates hard by default; one filter and a light level write
  // a 1280x720 view in 50 ms instead of 86 ms, for a file 0.5% larger (measured on the leg).
  stbi_write_png_compression_level = 1;
  stbi_write_force_png_filter = 1;
  if (!stbi_write_png(file.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4))
    throw AssetError(file.string() + ": cannot write PNG (is the folder there and writable?)");
}

int distinctColours(const Image& image, int cap) {
  std::unordered_set<std::uint32_t> seen;
  for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
    std::uint32_t c = image.rgba[i] | (image.rgba[i + 1] << 8) | (image.rgba[i + 2] << 16);
    seen.insert(c);
    if (static_cast<int>(seen.size()) >= cap) break;
  }
  return static_cast<int>(seen.size());
}

namespace {
int channelDistance(const std::uint8_t* a, const std::uint8_t* b) {
  return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

// Smallest distance from pixel (x, y) of `a` to any pixel of `b` within one pixel of (x, y).
int neighbourhoodDistance(const Image& a, const Image& b, int x, int y) {
  const std::uint8_t* p = a.pixel(x, y);
  int best = 255;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) {
      int nx = x + dx, ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= b.width || ny >= b.height) continue;
      best = std::min(best, channelDistance(p, b.pixel(nx, ny)));
      if (best == 0) return 0;
    }
  return best;
}
} // namespace

ImageComparison compareImages(const Image& actual, const Image& expected, int tolerance) {
  ImageComparison result;
  if (actual.width != expected.width || actual.height != expected.height || actual.empty()) return result;
  result.diff = Image(expected.width, expected.height);
  for (int y = 0; y < expected.height; ++y)
    for (int x = 0; x < expected.width; ++x) {
      // Both directions: a feature missing from either image counts.
      bool differs = neighbourhoodDistance(actual, expected, x, y) > tolerance ||
                     neighbourhoodDistance(expected, actual, x, y) > tolerance;
      std::uint8_t* d = result.diff.pixel(x, y);
      const std::uint8_t* e = expected.pixel(x, y);
      if (differs) {
        ++result.differingPixels;
        d[0] = 255, d[1] = 0, d[2] = 0;
      } else {
        std::uint8_t grey = static_cast<std::uint8_t>((e[0] + e[1] + e[2]) / 12 + 160);
        d[0] = d[1] = d[2] = grey;
      }
      d[3] = 255;
    }
  result.error = static_cast<double>(result.differingPixels) / (static_cast<double>(expected.width) * expected.height);
  return result;
}

} // namespace myo
