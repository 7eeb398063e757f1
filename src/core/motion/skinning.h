#pragma once
// The skinning palette: one matrix per skeleton joint that takes a vertex from the standing
// (bind) pose to the current pose, in the model frame (floor at y = 0).
#include "core/anatomy/anatomy.hpp"
#include "core/motion/kinematics.h"

#include <glm/mat4x4.hpp>

#include <array>
#include <string>
#include <vector>

namespace myo::motion {

inline constexpr std::size_t kPaletteSize = 8;
using SkinningPalette = std::array<glm::mat4, kPaletteSize>;

/// palette[i] moves joint `joints[i]` (a body id) from standing to `poses`. Unknown names get
/// the identity. The bind pose is standing, where each body frame is its origin's translation.
void computePalette(const anatomy::Description& desc, const BodyPoses& poses, const std::vector<std::string>& joints,
                    SkinningPalette& palette);

} // namespace myo::motion
