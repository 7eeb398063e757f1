#pragma once
#include <string>
#include <vector>

namespace myo::render {

struct ShaderSource {
  const char* name; ///< file name under shaders/, e.g. "mesh.frag"
  const char* text;
};

/// Every file of shaders/, embedded at build time.
const std::vector<ShaderSource>& shaderSources();

/// Text of shaders/<name>; throws RenderError if there is no such shader.
std::string shaderSource(const std::string& name);

} // namespace myo::render
