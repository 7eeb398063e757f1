// MyoMap: the ids the bundled leg model provides, so content can be checked
// without loading the model. The app cross-checks them against the model later.
#pragma once

#include "core/content/content.h"

#include <span>
#include <string_view>

namespace myo::content {

/// Structure ids, which are also the model's node names.
std::span<const std::string_view> knownStructureIds();
/// Landmark ids; the model node is "landmark_<id>".
std::span<const std::string_view> knownLandmarkIds();
/// Allowed values of a structure's `group`.
std::span<const std::string_view> knownGroups();

bool isKnownStructure(std::string_view id);
bool isKnownLandmark(std::string_view id);
bool isKnownGroup(std::string_view group);

struct JointRange {
  Joint joint;
  std::string_view key;   ///< the YAML key, e.g. "knee_flexion"
  std::string_view owner; ///< for messages: "the knee's range"
  float min, max;         ///< degrees
};
/// Clinical ranges: hip flexion -30..140, abduction -45..50, rotation -45..45
/// (internal positive), knee flexion 0..150, ankle dorsiflexion -50..30.
std::span<const JointRange> jointRanges();

/// The closest candidate by edit distance, or empty when none is close enough
/// to be a likely typo. Used for "did you mean" hints.
std::string_view closestMatch(std::string_view word, std::span<const std::string_view> candidates);

} // namespace myo::content
