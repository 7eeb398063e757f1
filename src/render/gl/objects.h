#pragma once
// Move-only owners of GL names: the destructor deletes, copying is impossible, a moved-from
// object holds 0. Create them only while a context is current, and destroy them before it goes.
#include "render/gl/gl.h"

#include <string>
#include <utility>

namespace myo::gl {

template <void (*Delete)(GLuint)>
class Handle {
public:
  Handle() = default;
  explicit Handle(GLuint name) : m_name(name) {}
  ~Handle() { reset(); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept : m_name(std::exchange(other.m_name, 0)) {}
  Handle& operator=(Handle&& other) noexcept {
    if (this != &other) {
      reset();
      m_name = std::exchange(other.m_name, 0);
    }
    return *this;
  }
  [[nodiscard]] GLuint get() const { return m_name; }
  [[nodiscard]] explicit operator bool() const { return m_name != 0; }
  void reset() {
    if (m_name) Delete(m_name);
    m_name = 0;
  }

private:
  GLuint m_name = 0;
};

namespace detail {
void deleteBuffer(GLuint n);
void deleteVertexArray(GLuint n);
void deleteTexture(GLuint n);
void deleteRenderbuffer(GLuint n);
void deleteFramebuffer(GLuint n);
void deleteProgram(GLuint n);
void deleteShader(GLuint n);
} // namespace detail

using Buffer = Handle<detail::deleteBuffer>;
using VertexArray = Handle<detail::deleteVertexArray>;
using Texture = Handle<detail::deleteTexture>;
using Renderbuffer = Handle<detail::deleteRenderbuffer>;
using Framebuffer = Handle<detail::deleteFramebuffer>;
using Program = Handle<detail::deleteProgram>;
using Shader = Handle<detail::deleteShader>;

[[nodiscard]] Buffer createBuffer();
[[nodiscard]] VertexArray createVertexArray();
[[nodiscard]] Renderbuffer createRenderbuffer();
[[nodiscard]] Texture createTexture();
[[nodiscard]] Framebuffer createFramebuffer();

/// Compiles and links a program; throws RenderError with the info log and the shader's name.
[[nodiscard]] Program linkProgram(const std::string& name, const std::string& vertexSource,
                                  const std::string& fragmentSource);

} // namespace myo::gl
