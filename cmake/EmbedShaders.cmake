# Run as a script at build time: writes OUT, a C++ file with every shader under SHADER_DIR as
# a string, so the app finds its shaders wherever it is installed.
#   cmake -DSHADER_DIR=... -DOUT=... -P EmbedShaders.cmake
file(GLOB shaders RELATIVE ${SHADER_DIR} ${SHADER_DIR}/*.vert ${SHADER_DIR}/*.frag)
list(SORT shaders)
set(body "// Generated from shaders/ by cmake/EmbedShaders.cmake. Do not edit.\n#include \"render/shader_sources.h\"\n\nnamespace myo::render {\nconst std::vector<ShaderSource>& shaderSources() {\n  static const std::vector<ShaderSource> sources = {\n")
foreach(name ${shaders})
  file(READ ${SHADER_DIR}/${name} text)
  string(APPEND body "    {\"${name}\", R\"myo_shader(${text})myo_shader\"},\n")
endforeach()
string(APPEND body "  };\n  return sources;\n}\n} // namespace myo::render\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
