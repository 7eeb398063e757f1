#pragma once
// Turns any model file Assimp reads (glTF 2.0 first; OBJ, FBX, STL, ...) into core types,
// keeping each node's name, which is the structure id the content file refers to.
#include "core/scene/scene.h"

#include <filesystem>

namespace myo::io {

/// Loads `file` with node transforms applied to the vertices (model space).
/// Empty nodes become landmarks; a "landmark_" prefix is dropped from their names.
/// Throws AssetError naming the file and the reason.
[[nodiscard]] Scene loadModel(const std::filesystem::path& file);

} // namespace myo::io
