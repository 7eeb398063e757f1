#include "render/frame_target.h"

#include "core/error.h"
#include "render/gl/check.h"

#include <algorithm>
#include <cstring>

namespace myo::render {

FrameTarget::FrameTarget(int samples) {
  GLint maxSamples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  m_samples = std::clamp(samples, 0, static_cast<int>(maxSamples));
}

void FrameTarget::resize(int width, int height) {
  if (width == m_width && height == m_height && m_msaa) return;
  m_width = width;
  m_height = height;
  m_msaa = gl::createFramebuffer();
  m_msaaColour = gl::createRenderbuffer();
  m_msaaDepth = gl::createRenderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, m_msaaColour.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_RGBA8, width, height);
  glBindRenderbuffer(GL_RENDERBUFFER, m_msaaDepth.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_DEPTH_COMPONENT24, width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, m_msaa.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_msaaColour.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, m_msaaDepth.get());
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw RenderError("the multisampled framebuffer is incomplete (" + std::to_string(width) + "x" +
                      std::to_string(height) + ", " + std::to_string(m_samples) + " samples)");

  m_resolved = gl::createFramebuffer();
  m_resolvedColour = gl::createTexture();
  glBindTexture(GL_TEXTURE_2D, m_resolvedColour.get());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, 0);
  glBindFramebuffer(GL_FRAMEBUFFER, m_resolved.get());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_resolvedColour.get(), 0);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw RenderError("the resolve framebuffer is incomplete");
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  MYO_GL_CHECK();
}

void FrameTarget::bindForDrawing() const {
  glBindFramebuffer(GL_FRAMEBUFFER, m_msaa.get());
  glViewport(0, 0, m_width, m_height);
}

void FrameTarget::resolve() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, m_msaa.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolved.get());
  glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, m_resolved.get());
  glViewport(0, 0, m_width, m_height);
  MYO_GL_CHECK();
}

void FrameTarget::bindResolved() const {
  glBindFramebuffer(GL_FRAMEBUFFER, m_resolved.get());
  glViewport(0, 0, m_width, m_height);
}

void FrameTarget::presentToWindow() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolved.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  MYO_GL_CHECK();
}

Image FrameTarget::readPixels() {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolved.get());
  Image image(m_width, m_height);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  MYO_GL_CHECK();
  // GL's rows start at the bottom; images start at the top.
  const std::size_t row = static_cast<std::size_t>(m_width) * 4;
  std::vector<std::uint8_t> tmp(row);
  for (int y = 0; y < m_height / 2; ++y) {
    std::uint8_t* a = image.rgba.data() + row * y;
    std::uint8_t* b = image.rgba.data() + row * (m_height - 1 - y);
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255; // the view is opaque
  return image;
}

} // namespace myo::render
