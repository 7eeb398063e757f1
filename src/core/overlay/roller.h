#pragma once
// The roller on a rolling path: where it is at a time (passes back and forth at the content's
// tempo), how it sits on the surface, and the ribbon that shows the path. Pure functions of
// the path and the time, so a screenshot at --time T is the same on every machine.
#include "core/content/content.h"
#include "core/overlay/surface_path.h"
#include "core/scene/frame.h"

#include <glm/mat4x4.hpp>

#include <vector>

namespace myo::overlay {

/// Where the roller is and what it is doing.
struct RollerPlace {
  PathPoint contact;            ///< where it touches the surface
  glm::vec3 travel{0, -1, 0};   ///< unit direction it moves in now (along the surface)
  glm::vec3 facing{1, 0, 0};    ///< the way the whole path faces: its mean surface normal
  int pass = 1;                 ///< 1-based; passes alternate: start to end, then back
  bool resting = false;         ///< the passes are done; the rest of the time is for pausing
  float elapsed = 0.0f, total = 0.0f; ///< seconds
};

/// Seconds the path plays: its duration, or all its passes if they take longer.
[[nodiscard]] float rollingTotalSeconds(const content::RollingPath& path);
/// The roller at `t` seconds (clamped to the path's time). Each pass eases in and out.
[[nodiscard]] RollerPlace rollerAt(const SurfacePath& surface, const content::RollingPath& path, float t);

/// The tool's size, metres: a foam roller is a cylinder (radius, length along its axis); a
/// ball a sphere (radius); a stick a thin cylinder held across the path.
struct ToolSize {
  float radius = 0.0f, length = 0.0f;
  bool sphere = false;
};
[[nodiscard]] ToolSize toolSize(content::Tool tool);
/// Takes the unit tool shape (cylinder along X from -0.5 to 0.5, radius 1; or unit sphere) to
/// the roller's place: resting on the surface, its axis across the limb (level), or across the
/// path where the surface faces up or down.
[[nodiscard]] glm::mat4 rollerTransform(const RollerPlace& place, content::Tool tool);

/// The ribbon along the path (direction arrows are drawn from its coordinates) and discs at
/// the start and end, all lifted a little off the surface. Edges are pressed onto `target`.
void buildRibbon(const SurfacePath& path, const SceneMesh& target, std::vector<PathVertex>& vertices,
                 std::vector<std::uint32_t>& indices);
inline constexpr float kRibbonHalfWidth = 0.011f;

/// A closed unit cylinder (axis X, length 1, radius 1) and a unit sphere, for the tools.
[[nodiscard]] SceneMesh unitCylinder(int segments);
[[nodiscard]] SceneMesh unitSphere(int rings, int segments);

} // namespace myo::overlay
