#include "render/scene_renderer.h"

#include "render/gl/check.h"
#include "render/shader_sources.h"

#include "core/overlay/roller.h"

#include <glm/geometric.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <glm/matrix.hpp>

#include <array>
#include <cstddef>

namespace myo::render {
namespace {
const glm::mat4 kMirror = glm::mat4(glm::vec4(1, 0, 0, 0), glm::vec4(0, 1, 0, 0), glm::vec4(0, 0, -1, 0), glm::vec4(0, 0, 0, 1));
} // namespace

SceneRenderer::SceneRenderer()
    : m_meshProgram(gl::linkProgram("mesh", shaderSource("mesh.vert"), shaderSource("mesh.frag"))),
      m_backgroundProgram(
          gl::linkProgram("background", shaderSource("background.vert"), shaderSource("background.frag"))),
      m_maskProgram(gl::linkProgram("mask", shaderSource("mesh.vert"), shaderSource("mask.frag"))),
      m_outlineProgram(gl::linkProgram("outline", shaderSource("background.vert"), shaderSource("outline.frag"))),
      m_emptyVao(gl::createVertexArray()) {
  GLuint p = m_meshProgram.get();
  m_u = {glGetUniformLocation(p, "uViewProjection"), glGetUniformLocation(p, "uModel"), glGetUniformLocation(p, "uEye"),
         glGetUniformLocation(p, "uKeyDir"),         glGetUniformLocation(p, "uFillDir"),
         glGetUniformLocation(p, "uRimDir"),         glGetUniformLocation(p, "uBaseColor"),
         glGetUniformLocation(p, "uRoughness"),      glGetUniformLocation(p, "uStriation"),
         glGetUniformLocation(p, "uHighlight"),
         glGetUniformLocation(p, "uSkinned"),        glGetUniformLocation(p, "uPalette"),
         glGetUniformLocation(p, "uTint"),           glGetUniformLocation(p, "uHeatCount"),
         glGetUniformLocation(p, "uHeat"),           glGetUniformLocation(p, "uHeatColour"),
         glGetUniformLocation(p, "uZoneCount"),      glGetUniformLocation(p, "uZone"),
         glGetUniformLocation(p, "uPeel"),           glGetUniformLocation(p, "uPeeled"),
         glGetUniformLocation(p, "uTendonColor"),    glGetUniformLocation(p, "uTendonRoughness")};
  m_pathProgram = gl::linkProgram("path", shaderSource("path.vert"), shaderSource("path.frag"));
  Material tool;
  tool.roughness = 0.45f;
  m_cylinder = makeGpuMesh(overlay::unitCylinder(48), tool);
  m_sphere = makeGpuMesh(overlay::unitSphere(24, 48), tool);
  MYO_GL_CHECK();
}

SceneRenderer::GpuMesh SceneRenderer::makeGpuMesh(const SceneMesh& src, const Material& material) {
  GpuMesh mesh;
  mesh.vao = gl::createVertexArray();
  mesh.vertices = gl::createBuffer();
  mesh.indices = gl::createBuffer();
  mesh.indexCount = static_cast<GLsizei>(src.indices.size());
  mesh.material = material;
  glBindVertexArray(mesh.vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, mesh.vertices.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(src.vertices.size() * sizeof(Vertex)), src.vertices.data(),
               GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, mesh.indices.get());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(src.indices.size() * sizeof(std::uint32_t)),
               src.indices.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, normal)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, fibre)));
  glEnableVertexAttribArray(3);
  glVertexAttribIPointer(3, 4, GL_UNSIGNED_BYTE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, joints)));
  glEnableVertexAttribArray(4);
  glVertexAttribPointer(4, 4, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, weights)));
  glEnableVertexAttribArray(5);
  glVertexAttribPointer(5, 1, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, tendon)));
  glEnableVertexAttribArray(6);
  glVertexAttribPointer(6, 1, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, fibreLines)));
  glBindVertexArray(0);
  return mesh;
}

void SceneRenderer::upload(const Scene& scene) {
  m_meshes.clear();
  m_meshes.reserve(scene.meshes.size());
  for (const SceneMesh& src : scene.meshes)
    m_meshes.push_back(makeGpuMesh(src, scene.materials.at(static_cast<std::size_t>(src.material))));
  // A muscle's tendon part is drawn in the model's tendon material.
  m_tendon = Material{};
  m_tendon.baseColor = {0.80f, 0.78f, 0.72f, 1.0f};
  m_tendon.roughness = 0.3f;
  for (const Material& m : scene.materials)
    if (m.name == "tendon") m_tendon = m;
  MYO_GL_CHECK();
}

void SceneRenderer::drawMesh(const GpuMesh& mesh, const MeshStyle& style, bool striations) const {
  glm::vec4 colour = mesh.material.baseColor;
  colour.a *= style.opacity;
  glUniform4fv(m_u.baseColor, 1, glm::value_ptr(colour));
  glUniform1f(m_u.roughness, mesh.material.roughness);
  glUniform1f(m_u.striation, striations ? 0.12f : 0.0f);
  glUniform3fv(m_u.highlight, 1, glm::value_ptr(style.highlight));
  glUniform4fv(m_u.tint, 1, glm::value_ptr(style.tint));
  glUniform1i(m_u.peeled, style.peeled ? 1 : 0);
  glBindVertexArray(mesh.vao.get());
  glDrawElements(GL_TRIANGLES, mesh.indexCount, GL_UNSIGNED_INT, nullptr);
}

void SceneRenderer::draw(const FrameDesc& frame) const {
  glDisable(GL_BLEND);
  glDisable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);
  glUseProgram(m_backgroundProgram.get());
  glBindVertexArray(m_emptyVao.get());
  glDrawArrays(GL_TRIANGLES, 0, 3);

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glClear(GL_DEPTH_BUFFER_BIT);
  glUseProgram(m_meshProgram.get());
  glm::mat4 viewProjection = frame.projection * frame.view;
  glUniformMatrix4fv(m_u.viewProjection, 1, GL_FALSE, glm::value_ptr(viewProjection));
  glUniform3fv(m_u.eye, 1, glm::value_ptr(frame.eye));
  glUniform1i(m_u.skinned, frame.skinned ? 1 : 0);
  glUniform3fv(m_u.tendonColor, 1, glm::value_ptr(m_tendon.baseColor));
  glUniform1f(m_u.tendonRoughness, m_tendon.roughness);
  {
    // Overlays: pain heat and avoid zones, fixed-size arrays, no allocation.
    std::array<glm::vec4, 8> heat{}, heatColour{};
    for (int i = 0; i < frame.heatCount; ++i) {
      const HeatSpot& h = frame.heat[static_cast<std::size_t>(i)];
      heat[static_cast<std::size_t>(i)] = glm::vec4(h.centre, h.radius);
      heatColour[static_cast<std::size_t>(i)] = glm::vec4(h.colour, h.intensity);
    }
    std::array<glm::vec4, 4> zones{};
    for (int i = 0; i < frame.zoneCount; ++i)
      zones[static_cast<std::size_t>(i)] = glm::vec4(frame.zones[static_cast<std::size_t>(i)].centre, frame.zones[static_cast<std::size_t>(i)].radius);
    glUniform1i(m_u.heatCount, frame.heatCount);
    glUniform4fv(m_u.heat, 8, glm::value_ptr(heat[0]));
    glUniform4fv(m_u.heatColour, 8, glm::value_ptr(heatColour[0]));
    glUniform1i(m_u.zoneCount, frame.zoneCount);
    glUniform4fv(m_u.zones, 4, glm::value_ptr(zones[0]));
    glUniform4fv(m_u.peel, 1, glm::value_ptr(frame.peel));
  }
  glUniformMatrix4fv(m_u.palette, static_cast<GLsizei>(kMaxJoints), GL_FALSE, glm::value_ptr(frame.palette[0]));
  // Lights are fixed to the camera so every view is lit the same way.
  glm::mat3 cameraToWorld = glm::transpose(glm::mat3(frame.view));
  glm::vec3 key = glm::normalize(cameraToWorld * glm::vec3(-0.45f, 0.55f, 0.70f));
  glm::vec3 fill = glm::normalize(cameraToWorld * glm::vec3(0.70f, 0.05f, 0.55f));
  glm::vec3 rim = glm::normalize(cameraToWorld * glm::vec3(0.20f, 0.35f, -0.90f));
  glUniform3fv(m_u.keyDir, 1, glm::value_ptr(key));
  glUniform3fv(m_u.fillDir, 1, glm::value_ptr(fill));
  glUniform3fv(m_u.rimDir, 1, glm::value_ptr(rim));

  const MeshStyle defaultStyle;
  auto styleOf = [&](std::size_t i) -> const MeshStyle& {
    return i < frame.meshStyles.size() ? frame.meshStyles[i] : defaultStyle;
  };
  auto isTranslucent = [&](std::size_t i) { return m_meshes[i].material.baseColor.a * styleOf(i).opacity < 0.999f; };

  // No culling for opaque meshes: open meshes from other tools would show holes.
  glDisable(GL_CULL_FACE);
  const int instances = frame.mirrored ? 2 : 1;
  for (int instance = 0; instance < instances; ++instance) {
    if (instance == 0 && !frame.drawRight) continue;
    glUniformMatrix4fv(m_u.model, 1, GL_FALSE, glm::value_ptr(instance ? kMirror : glm::mat4(1.0f)));
    // A mirror turns the winding round; gl_FrontFacing must still mean "outside".
    glFrontFace(instance ? GL_CW : GL_CCW);
    for (std::size_t i = 0; i < m_meshes.size(); ++i)
      if (styleOf(i).visible && !isTranslucent(i)) drawMesh(m_meshes[i], styleOf(i), frame.striations);
  }
  glFrontFace(GL_CCW);
  if (frame.rolling.visible) {
    drawRibbon(frame, viewProjection, key);
    glUseProgram(m_meshProgram.get());
  }

  // Translucent structures: back faces first, then front faces, without writing depth, so a
  // closed envelope like the skin blends in the right order over what is inside it.
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDepthMask(GL_FALSE);
  glEnable(GL_CULL_FACE);
  for (int instance = 0; instance < instances; ++instance) {
    if (instance == 0 && !frame.drawRight) continue;
    glUniformMatrix4fv(m_u.model, 1, GL_FALSE, glm::value_ptr(instance ? kMirror : glm::mat4(1.0f)));
    glFrontFace(instance ? GL_CW : GL_CCW);
    for (GLenum face : {GL_FRONT, GL_BACK}) {
      glCullFace(face);
      for (std::size_t i = 0; i < m_meshes.size(); ++i)
        if (styleOf(i).visible && isTranslucent(i)) drawMesh(m_meshes[i], styleOf(i), false);
    }
  }
  glFrontFace(GL_CCW);
  glDisable(GL_CULL_FACE);
  if (frame.rolling.roller) drawRoller(frame);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glBindVertexArray(0);
  MYO_GL_CHECK();
}

} // namespace myo::render

namespace myo::render {

void SceneRenderer::drawOutline(const FrameDesc& frame, const FrameTarget& target) {
  if (frame.outlined.empty()) return;
  if (m_maskWidth != target.width() || m_maskHeight != target.height() || !m_maskFbo) {
    m_maskWidth = target.width();
    m_maskHeight = target.height();
    m_maskTexture = gl::createTexture();
    glBindTexture(GL_TEXTURE_2D, m_maskTexture.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, m_maskWidth, m_maskHeight, 0, GL_RED, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    m_maskFbo = gl::createFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_maskFbo.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_maskTexture.get(), 0);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, m_maskFbo.get());
  glViewport(0, 0, m_maskWidth, m_maskHeight);
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glUseProgram(m_maskProgram.get());
  glUniform1i(glGetUniformLocation(m_maskProgram.get(), "uSkinned"), frame.skinned ? 1 : 0);
  glUniformMatrix4fv(glGetUniformLocation(m_maskProgram.get(), "uPalette"), static_cast<GLsizei>(kMaxJoints), GL_FALSE, glm::value_ptr(frame.palette[0]));
  glm::mat4 viewProjection = frame.projection * frame.view;
  glUniformMatrix4fv(glGetUniformLocation(m_maskProgram.get(), "uViewProjection"), 1, GL_FALSE,
                     glm::value_ptr(viewProjection));
  GLint model = glGetUniformLocation(m_maskProgram.get(), "uModel");
  for (int instance = 0; instance < (frame.mirrored ? 2 : 1); ++instance) {
    if (instance == 0 && !frame.drawRight) continue;
    glUniformMatrix4fv(model, 1, GL_FALSE, glm::value_ptr(instance ? kMirror : glm::mat4(1.0f)));
    for (int i : frame.outlined) {
      if (i < 0 || static_cast<std::size_t>(i) >= m_meshes.size()) continue;
      glBindVertexArray(m_meshes[static_cast<std::size_t>(i)].vao.get());
      glDrawElements(GL_TRIANGLES, m_meshes[static_cast<std::size_t>(i)].indexCount, GL_UNSIGNED_INT, nullptr);
    }
  }

  target.bindResolved();
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  GLuint p = m_outlineProgram.get();
  glUseProgram(p);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, m_maskTexture.get());
  glUniform1i(glGetUniformLocation(p, "uMask"), 0);
  glUniform2f(glGetUniformLocation(p, "uTexel"), 1.0f / static_cast<float>(m_maskWidth),
              1.0f / static_cast<float>(m_maskHeight));
  glUniform1f(glGetUniformLocation(p, "uRadius"), frame.outlinePixels);
  glUniform3fv(glGetUniformLocation(p, "uColour"), 1, glm::value_ptr(frame.outlineColour));
  glBindVertexArray(m_emptyVao.get());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glDisable(GL_BLEND);
  glBindVertexArray(0);
  MYO_GL_CHECK();
}

} // namespace myo::render
