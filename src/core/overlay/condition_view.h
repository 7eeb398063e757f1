#pragma once
// What a condition puts on the model: where it hurts (pain sites as a heat on the surface),
// where not to roll (avoid zones), and which structures to work on; and the links both ways
// between pain sites and structures. Pure data, no GL.
#include "core/content/content.h"
#include "core/scene/scene.h"

#include <glm/vec3.hpp>

#include <optional>
#include <string>
#include <vector>

namespace myo::overlay {

/// The model-space position of a content surface point: a landmark (plus its offset) or an
/// explicit point. nullopt when the model lacks the landmark.
[[nodiscard]] std::optional<glm::vec3> resolvePoint(const Scene& scene, const content::SurfacePoint& point);

/// A structure to work on for a pain site, with the condition's reason and its rank there.
struct Candidate {
  std::string structure;
  std::string why;
  int rank = 0; ///< 1 = first in the condition's list
  std::string condition;
};

/// The structures to work on for a pain site: those of every condition that lists the site, in
/// the conditions' order of rank.
[[nodiscard]] std::vector<Candidate> candidatesForPain(const content::Content& pack, const std::string& painSite);

/// The pain sites linked to a structure: those of every condition that lists it to work on.
[[nodiscard]] std::vector<std::string> painSitesForStructure(const content::Content& pack, const std::string& structure);

/// The pain site of `condition` that a point on the model lies in (the nearest, counted in
/// radii), or nullptr. The point is usually under the skin, where a click lands, so a site
/// reaches 1.5 cm beyond its radius.
[[nodiscard]] const content::PainSite* painSiteAt(const Scene& scene, const content::Content& pack,
                                                  const content::Condition& condition, const glm::vec3& point);

} // namespace myo::overlay
