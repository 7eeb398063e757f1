#pragma once
#include <string_view>

namespace myo::gl {

/// Whether glCheck() looks at glGetError. On in Debug and with MYOMAP_GL_CHECKS (build option
/// or environment variable set to 1), which the tests set; off in Release for speed.
[[nodiscard]] bool checksEnabled();
void setChecksEnabled(bool on);

/// Drains glGetError and throws RenderError naming every error and `where`, if checks are on.
void check(std::string_view where);

} // namespace myo::gl

#define MYO_GL_CHECK() ::myo::gl::check(__FILE__ ":" MYO_GL_STRINGIFY(__LINE__))
#define MYO_GL_STRINGIFY(x) MYO_GL_STRINGIFY2(x)
#define MYO_GL_STRINGIFY2(x) #x
