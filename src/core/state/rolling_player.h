#pragma once
// A rolling path being shown: which one, laid on its target, and the roller's time on it.
// Wall-clock time enters only in the app; everything here is a function of `time`.
#include "core/content/content.h"
#include "core/overlay/surface_path.h"
#include "core/scene/frame.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace myo {

class TriangleBvh;
struct AppState;

struct RollingPlayer {
  int path = -1;     ///< index into content.rollingPaths, -1 for none
  float time = 0.0f; ///< seconds since the first pass began
  bool playing = false;
  float speed = 1.0f;
  bool loop = true;
  std::optional<overlay::SurfacePath> surface; ///< the path laid on its target
  std::vector<int> covering;                   ///< meshes over the target along the path
  std::vector<PathVertex> ribbonVertices;      ///< drawn by the renderer, uploaded on change
  std::vector<std::uint32_t> ribbonIndices;
  std::uint64_t version = 0; ///< bumped whenever the ribbon changes

  // With no path chosen, a condition shows all its paths at once, without a roller: built when
  // the condition or the content changes, not per frame.
  std::vector<PathVertex> overviewVertices;
  std::vector<std::uint32_t> overviewIndices;
  std::uint64_t overviewVersion = 1ull << 32; ///< kept apart from `version`
  int overviewCondition = -1;
  const content::Content* overviewContent = nullptr;
};

/// The rolling paths a condition suggests: those of its routines in order, then any other
/// path whose target is one of its structures to work on. Indices into pack.rollingPaths.
[[nodiscard]] std::vector<int> pathsForCondition(const content::Content& pack, const content::Condition& condition);

/// The path being shown, or nullptr.
[[nodiscard]] const content::RollingPath* currentPath(const AppState& state);
/// Shows path `index` (-1: none) from its first pass: lays it on its target and builds its
/// ribbon. `bvh` (over the scene) finds what covers the target. Returns an error message
/// naming the path when the model lacks its target or a landmark; then no path is shown.
[[nodiscard]] std::string choosePath(AppState& state, int index, const TriangleBvh& bvh);
/// Moves the roller on by `dt` seconds of wall time, looping or stopping at the end.
void advanceRolling(AppState& state, float dt);
/// Rebuilds the condition's path overview if the condition or the content changed.
void refreshPathOverview(AppState& state);
/// Puts the chosen path, its roller and the peel into `frame`, or the condition's paths when
/// none is chosen (called by buildFrame).
void applyRolling(const AppState& state, FrameDesc& frame);

} // namespace myo
