#pragma once
// Where the 3D view is drawn: a multisampled framebuffer, resolved either into the window or
// into a single-sample framebuffer that is read back for screenshots.
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
  /// Resolves into the default framebuffer (the window), which must be the same size.
  void resolveToWindow() const;
  /// Resolves and reads back the pixels, top row first. Allocates: for screenshots only.
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
  gl::Renderbuffer m_resolvedColour;
};

} // namespace myo::render
