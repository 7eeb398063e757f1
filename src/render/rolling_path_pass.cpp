// The rolling path: its ribbon on the target and the roller on it (see scene_renderer.h).
#include "render/gl/check.h"
#include "render/scene_renderer.h"

#include <glm/gtc/type_ptr.hpp>

#include <cstddef>

namespace myo::render {

void SceneRenderer::uploadRibbon(const RollingDraw& rolling) const {
  if (rolling.version == m_ribbonVersion) return;
  m_ribbonVersion = rolling.version;
  m_ribbonCount = 0;
  if (!rolling.vertices || !rolling.indices || rolling.indices->empty()) return;
  if (!m_ribbonVao) {
    m_ribbonVao = gl::createVertexArray();
    m_ribbonVertices = gl::createBuffer();
    m_ribbonIndices = gl::createBuffer();
    glBindVertexArray(m_ribbonVao.get());
    glBindBuffer(GL_ARRAY_BUFFER, m_ribbonVertices.get());
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_ribbonIndices.get());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(PathVertex),
                          reinterpret_cast<void*>(offsetof(PathVertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(PathVertex),
                          reinterpret_cast<void*>(offsetof(PathVertex, normal)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, sizeof(PathVertex),
                          reinterpret_cast<void*>(offsetof(PathVertex, uv)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, sizeof(PathVertex),
                          reinterpret_cast<void*>(offsetof(PathVertex, mark)));
  }
  glBindVertexArray(m_ribbonVao.get());
  glBindBuffer(GL_ARRAY_BUFFER, m_ribbonVertices.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(rolling.vertices->size() * sizeof(PathVertex)),
               rolling.vertices->data(), GL_STATIC_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(rolling.indices->size() * sizeof(std::uint32_t)),
               rolling.indices->data(), GL_STATIC_DRAW);
  glBindVertexArray(0);
  m_ribbonCount = static_cast<GLsizei>(rolling.indices->size());
  MYO_GL_CHECK();
}

void SceneRenderer::drawRibbon(const FrameDesc& frame, const glm::mat4& viewProjection,
                               const glm::vec3& keyDir) const {
  uploadRibbon(frame.rolling);
  if (m_ribbonCount == 0) return;
  const GLuint p = m_pathProgram.get();
  glUseProgram(p);
  glUniformMatrix4fv(glGetUniformLocation(p, "uViewProjection"), 1, GL_FALSE, glm::value_ptr(viewProjection));
  glUniform3fv(glGetUniformLocation(p, "uKeyDir"), 1, glm::value_ptr(keyDir));
  glUniform1f(glGetUniformLocation(p, "uReached"), frame.rolling.travelled);
  glBindVertexArray(m_ribbonVao.get());
  // First the parts behind other structures, faint and dashed; then the visible ribbon over them.
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDepthMask(GL_FALSE);
  glDepthFunc(GL_GREATER);
  glUniform1i(glGetUniformLocation(p, "uGhost"), 1);
  if (frame.rolling.ghost) glDrawElements(GL_TRIANGLES, m_ribbonCount, GL_UNSIGNED_INT, nullptr);
  glDisable(GL_BLEND);
  glDepthMask(GL_TRUE);
  glDepthFunc(GL_LEQUAL);
  glUniform1i(glGetUniformLocation(p, "uGhost"), 0);
  // Pulled toward the eye a little, so the muscle it lies on cannot poke through it.
  glEnable(GL_POLYGON_OFFSET_FILL);
  glPolygonOffset(-2.0f, -8.0f);
  glDrawElements(GL_TRIANGLES, m_ribbonCount, GL_UNSIGNED_INT, nullptr);
  glDisable(GL_POLYGON_OFFSET_FILL);
  glDepthFunc(GL_LESS);
  MYO_GL_CHECK();
}

void SceneRenderer::drawRoller(const FrameDesc& frame) const {
  // The mesh program is current with the frame's lights; the tool is lit like the leg.
  const GpuMesh& tool = frame.rolling.rollerSphere ? m_sphere : m_cylinder;
  glUniformMatrix4fv(m_u.model, 1, GL_FALSE, glm::value_ptr(frame.rolling.rollerTransform));
  glUniform1i(m_u.skinned, 0);
  glUniform1i(m_u.heatCount, 0);
  glUniform1i(m_u.zoneCount, 0);
  glUniform1i(m_u.peeled, 0);
  glUniform4fv(m_u.baseColor, 1, glm::value_ptr(frame.rolling.rollerColour));
  glUniform1f(m_u.roughness, tool.material.roughness);
  glUniform1f(m_u.striation, 0.0f);
  const glm::vec3 none(0.0f);
  glUniform3fv(m_u.highlight, 1, glm::value_ptr(none));
  glUniform4fv(m_u.tint, 1, glm::value_ptr(glm::vec4(0.0f)));
  // Translucent, so the ribbon and the muscle show through it: back faces, then front.
  glEnable(GL_BLEND);
  glDepthMask(GL_FALSE);
  glEnable(GL_CULL_FACE);
  glBindVertexArray(tool.vao.get());
  for (GLenum face : {GL_FRONT, GL_BACK}) {
    glCullFace(face);
    glDrawElements(GL_TRIANGLES, tool.indexCount, GL_UNSIGNED_INT, nullptr);
  }
  glDisable(GL_CULL_FACE);
  MYO_GL_CHECK();
}

} // namespace myo::render
