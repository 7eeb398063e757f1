#include "render/shader_sources.h"

#include "core/error.h"

namespace myo::render {

std::string shaderSource(const std::string& name) {
  for (const auto& s : shaderSources())
    if (name == s.name) return s.text;
  throw RenderError("no shader named " + name + " under shaders/");
}

} // namespace myo::render
