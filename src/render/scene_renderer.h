#pragma once
// Draws a Scene as the FrameDesc says: the backdrop, opaque structures, then translucent ones
// (the skin) over them. Owns the GPU copies of the meshes.
#include "core/scene/frame.h"
#include "core/scene/scene.h"
#include "render/frame_target.h"
#include "render/gl/objects.h"

#include <vector>

namespace myo::render {

class SceneRenderer {
public:
  /// Compiles the shaders; throws RenderError. Needs a current GL 3.3 context.
  SceneRenderer();

  /// Uploads the scene's meshes, replacing what was there.
  void upload(const Scene& scene);
  /// Draws into the currently bound framebuffer, which must be frame.width x frame.height.
  void draw(const FrameDesc& frame) const;
  /// Draws the outline of frame.outlined over the resolved image of `target`.
  void drawOutline(const FrameDesc& frame, const FrameTarget& target);

private:
  struct GpuMesh {
    gl::VertexArray vao;
    gl::Buffer vertices;
    gl::Buffer indices;
    GLsizei indexCount = 0;
    Material material;
  };
  struct MeshUniforms {
    GLint viewProjection, model, eye, keyDir, fillDir, rimDir, baseColor, roughness, striation, highlight, skinned, palette, tint, heatCount, heat,
        heatColour, zoneCount, zones, peel, peeled, tendonColor, tendonRoughness;
  };

  static GpuMesh makeGpuMesh(const SceneMesh& src, const Material& material);
  void drawMesh(const GpuMesh& mesh, const MeshStyle& style, bool striations) const;
  // The rolling path (rolling_path_pass.cpp): its ribbon over the opaque structures, and the
  // roller after the translucent ones.
  void uploadRibbon(const RollingDraw& rolling) const;
  void drawRibbon(const FrameDesc& frame, const glm::mat4& viewProjection, const glm::vec3& keyDir) const;
  void drawRoller(const FrameDesc& frame) const;

  gl::Program m_meshProgram;
  gl::Program m_backgroundProgram;
  gl::Program m_maskProgram;
  gl::Program m_outlineProgram;
  gl::VertexArray m_emptyVao; // core profile needs a VAO bound even for buffer-less draws
  // The selection mask, resized with the view.
  gl::Framebuffer m_maskFbo;
  gl::Texture m_maskTexture;
  int m_maskWidth = 0, m_maskHeight = 0;
  MeshUniforms m_u{};
  std::vector<GpuMesh> m_meshes;
  Material m_tendon; // the colour of a muscle's tendon part (Vertex::tendon)
  gl::Program m_pathProgram;
  GpuMesh m_cylinder, m_sphere; // the tools, unit size
  // The ribbon's buffers follow the frame's path; mutable because drawing uploads on change.
  mutable gl::VertexArray m_ribbonVao;
  mutable gl::Buffer m_ribbonVertices, m_ribbonIndices;
  mutable GLsizei m_ribbonCount = 0;
  mutable std::uint64_t m_ribbonVersion = ~std::uint64_t{0};
};

} // namespace myo::render
