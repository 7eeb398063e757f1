#include "render/gl/objects.h"

#include "core/error.h"
#include "render/gl/check.h"

#include <vector>

namespace myo::gl {
namespace detail {
void deleteBuffer(GLuint n) { glDeleteBuffers(1, &n); }
void deleteVertexArray(GLuint n) { glDeleteVertexArrays(1, &n); }
void deleteTexture(GLuint n) { glDeleteTextures(1, &n); }
void deleteRenderbuffer(GLuint n) { glDeleteRenderbuffers(1, &n); }
void deleteFramebuffer(GLuint n) { glDeleteFramebuffers(1, &n); }
void deleteProgram(GLuint n) { glDeleteProgram(n); }
void deleteShader(GLuint n) { glDeleteShader(n); }
} // namespace detail

Buffer createBuffer() {
  GLuint n = 0;
  glGenBuffers(1, &n);
  return Buffer(n);
}
VertexArray createVertexArray() {
  GLuint n = 0;
  glGenVertexArrays(1, &n);
  return VertexArray(n);
}
Renderbuffer createRenderbuffer() {
  GLuint n = 0;
  glGenRenderbuffers(1, &n);
  return Renderbuffer(n);
}
Texture createTexture() {
  GLuint n = 0;
  glGenTextures(1, &n);
  return Texture(n);
}
Framebuffer createFramebuffer() {
  GLuint n = 0;
  glGenFramebuffers(1, &n);
  return Framebuffer(n);
}

namespace {
Shader compile(const std::string& name, GLenum stage, const std::string& source) {
  Shader shader(glCreateShader(stage));
  const char* text = source.c_str();
  glShaderSource(shader.get(), 1, &text, nullptr);
  glCompileShader(shader.get());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
  if (!ok) {
    GLint length = 0;
    glGetShaderiv(shader.get(), GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(length) + 1, '\0');
    glGetShaderInfoLog(shader.get(), length, nullptr, log.data());
    throw RenderError("shader " + name + (stage == GL_VERTEX_SHADER ? ".vert" : ".frag") +
                      " does not compile:\n" + log.data());
  }
  return shader;
}
} // namespace

Program linkProgram(const std::string& name, const std::string& vertexSource, const std::string& fragmentSource) {
  Shader vs = compile(name, GL_VERTEX_SHADER, vertexSource);
  Shader fs = compile(name, GL_FRAGMENT_SHADER, fragmentSource);
  Program program(glCreateProgram());
  glAttachShader(program.get(), vs.get());
  glAttachShader(program.get(), fs.get());
  glLinkProgram(program.get());
  GLint ok = GL_FALSE;
  glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
  if (!ok) {
    GLint length = 0;
    glGetProgramiv(program.get(), GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(length) + 1, '\0');
    glGetProgramInfoLog(program.get(), length, nullptr, log.data());
    throw RenderError("shader program " + name + " does not link:\n" + log.data());
  }
  glDetachShader(program.get(), vs.get());
  glDetachShader(program.get(), fs.get());
  check("linkProgram " + name);
  return program;
}

} // namespace myo::gl
