#pragma once
// RGBA8 images and the metric the golden-image tests use. No GL here: the render layer reads
// pixels into an Image, tests and the CLI compare them.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace myo {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba; ///< row-major, top row first, 4 bytes a pixel

  Image() = default;
  Image(int w, int h) : width(w), height(h), rgba(static_cast<std::size_t>(w) * h * 4, 0) {}
  [[nodiscard]] bool empty() const { return width <= 0 || height <= 0; }
  [[nodiscard]] std::uint8_t* pixel(int x, int y) { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
  [[nodiscard]] const std::uint8_t* pixel(int x, int y) const {
    return &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
  }
};

/// Throws AssetError naming the file and the reason.
[[nodiscard]] Image readPng(const std::filesystem::path& file);
/// Throws AssetError naming the file and the reason.
void writePng(const Image& image, const std::filesystem::path& file);

/// Number of distinct colours, capped at `cap`: a cheap "is this image blank?" test.
[[nodiscard]] int distinctColours(const Image& image, int cap = 1024);

struct ImageComparison {
  /// Fraction of pixels, 0..1, that differ by more than the tolerance from every pixel in the
  /// 3x3 neighbourhood of the same place in the other image. 0 for identical images, 1 when sizes differ.
  double error = 1.0;
  int differingPixels = 0;
  Image diff; ///< differing pixels in red over a faded copy of the expected image; empty on size mismatch
};

/// Compares `actual` against `expected`. A 3x3 neighbourhood search forgives the one-pixel edge
/// shifts that different rasterisers produce; `tolerance` (0..255, per channel) forgives dithering
/// and rounding. Alpha is ignored.
[[nodiscard]] ImageComparison compareImages(const Image& actual, const Image& expected, int tolerance = 16);

} // namespace myo
