#pragma once
// Where the 3D view is drawn: a multisampled framebuffer, resolved into a single-sample texture
// that post passes (the selection outline) draw onto, then shown in the window or read back.
// The window and the screenshot take the same path, so golden images test what users see.
#include "core/image/image.h"
#include "render/gl/objects.h"

namespace myo::render {

class FrameTarget {
public:
  /// `samples` is clamped to what the driver offers.
  explicit FrameTarget(int samples = 4);

  /// Reallocates only when the size changes.
  void resize(int width, int height);
  void bindForDrawing() const;
  /// Multisampled -> single-sample; leaves the resolved framebuffer bound for post passes.
  void resolve() const;
  void bindResolved() const;
  /// Copies the resolved image into the default framebuffer (the window), of the same size.
  void presentToWindow() const;
  /// Reads back the resolved pixels, top row first. Allocates: for screenshots only.
  [[nodiscard]] Image readPixels();

  [[nodiscard]] int width() const { return m_width; }
  [[nodiscard]] int height() const { return m_height; }
  [[nodiscard]] int samples() const { return m_samples; }

private:
  int m_samples = 4;
  int m_width = 0, m_height = 0;
  gl::Framebuffer m_msaa;
  gl::Renderbuffer m_msaaColour, m_msaaDepth;
  gl::Framebuffer m_resolved;
  gl::Texture m_resolvedColour;
};

} // namespace myo::render
