#include "render/gl/check.h"

#include "core/error.h"
#include "render/gl/gl.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace myo::gl {
namespace {
bool initialChecks() {
#if defined(MYOMAP_GL_CHECKS) || !defined(NDEBUG)
  return true;
#else
  const char* env = std::getenv("MYOMAP_GL_CHECKS");
  return env && std::strcmp(env, "1") == 0;
#endif
}
bool gChecks = initialChecks();

const char* errorName(GLenum e) {
  switch (e) {
  case GL_INVALID_ENUM: return "GL_INVALID_ENUM";
  case GL_INVALID_VALUE: return "GL_INVALID_VALUE";
  case GL_INVALID_OPERATION: return "GL_INVALID_OPERATION";
  case GL_INVALID_FRAMEBUFFER_OPERATION: return "GL_INVALID_FRAMEBUFFER_OPERATION";
  case GL_OUT_OF_MEMORY: return "GL_OUT_OF_MEMORY";
  default: return "unknown GL error";
  }
}
} // namespace

bool checksEnabled() { return gChecks; }
void setChecksEnabled(bool on) { gChecks = on; }

void check(std::string_view where) {
  if (!gChecks) return;
  std::string errors;
  for (int i = 0; i < 16; ++i) { // a lost context can report errors forever
    GLenum e = glGetError();
    if (e == GL_NO_ERROR) break;
    if (!errors.empty()) errors += ", ";
    errors += errorName(e);
  }
  if (!errors.empty()) throw RenderError("OpenGL error at " + std::string(where) + ": " + errors);
}

} // namespace myo::gl
