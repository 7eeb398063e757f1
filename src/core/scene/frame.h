#pragma once
// What the renderer draws in one frame, as plain data. The app fills it from its state; the
// renderer only reads it, so what is drawn can be tested without GL.
#include "core/scene/scene.h"

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <array>
#include <cstdint>
#include <vector>

namespace myo {

/// How one scene mesh is drawn this frame (index = mesh index in the Scene).
struct MeshStyle {
  bool visible = true;
  float opacity = 1.0f;        ///< multiplied into the material's alpha
  glm::vec3 highlight{0.0f};   ///< added light, for selection and hover
  glm::vec4 tint{0.0f};        ///< rgb replaces the material's colour by the fraction in a
  bool peeled = false;         ///< cut away around FrameDesc::peel, to show what lies under it
};

/// A vertex of a rolling path's ribbon or of its start and end marks.
struct PathVertex {
  glm::vec3 position{0.0f};
  glm::vec3 normal{0.0f};
  glm::vec2 uv{0.0f}; ///< ribbon: metres along the path, -1..1 across; marks: -1..1 both ways
  float mark = 0.0f;  ///< 0 ribbon, 1 start, 2 end
};

/// The chosen rolling path: its ribbon (geometry owned by the app state; re-uploaded when
/// `version` changes) and the roller on it.
struct RollingDraw {
  bool visible = false;
  const std::vector<PathVertex>* vertices = nullptr;
  const std::vector<std::uint32_t>* indices = nullptr;
  std::uint64_t version = 0;
  float travelled = -1.0f; ///< metres along the path the roller has reached this pass (-1: all)
  bool ghost = true;       ///< also draw the parts behind other structures, faint and dashed
  bool roller = false;
  bool rollerSphere = false;
  glm::mat4 rollerTransform{1.0f};
  glm::vec4 rollerColour{0.15f, 0.45f, 0.85f, 0.6f}; ///< linear rgb, alpha
};

/// A glow on every surface within `radius` of `centre`: where it hurts.
struct HeatSpot {
  glm::vec3 centre{0.0f};
  float radius = 0.0f;
  glm::vec3 colour{1.0f, 0.3f, 0.1f};
  float intensity = 0.0f; ///< 0..1
};

/// A hatched area: do not roll here.
struct HatchZone {
  glm::vec3 centre{0.0f};
  float radius = 0.0f;
};

struct FrameDesc {
  glm::mat4 view{1.0f};
  glm::mat4 projection{1.0f};
  glm::vec3 eye{0.0f};
  int width = 0;  ///< framebuffer pixels
  int height = 0;
  bool striations = true;
  bool mirrored = false; ///< also draw the left leg, mirrored across the midline (z = 0)
  bool drawRight = true; ///< draw the right leg (off while a stretch shows the left side alone)
  bool skinned = false;  ///< apply `palette` to the vertices' joints and weights
  JointPalette palette{};
  std::array<HeatSpot, 8> heat{}; ///< the first `heatCount` are drawn
  int heatCount = 0;
  std::array<HatchZone, 4> zones{};
  int zoneCount = 0;
  RollingDraw rolling;
  glm::vec4 peel{0.0f}; ///< centre and radius of the cut through peeled meshes (radius 0: none)
  std::vector<MeshStyle> meshStyles; ///< one per scene mesh; missing entries draw with defaults
  std::vector<int> outlined;         ///< meshes drawn with a glowing outline (the selection)
  glm::vec3 outlineColour{1.0f, 0.82f, 0.30f};
  float outlinePixels = 3.0f;
};

} // namespace myo
