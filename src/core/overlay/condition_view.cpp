#include "core/overlay/condition_view.h"

#include <glm/geometric.hpp>

#include <algorithm>

namespace myo::overlay {

std::optional<glm::vec3> resolvePoint(const Scene& scene, const content::SurfacePoint& point) {
  if (point.isLandmark()) {
    const Landmark* l = scene.findLandmark(point.landmark);
    if (!l) return std::nullopt;
    return l->position + glm::vec3(point.offset.x, point.offset.y, point.offset.z);
  }
  return glm::vec3(point.at.x, point.at.y, point.at.z);
}

std::vector<Candidate> candidatesForPain(const content::Content& pack, const std::string& painSite) {
  std::vector<Candidate> out;
  for (const content::Condition& c : pack.conditions) {
    if (std::find(c.painSites.begin(), c.painSites.end(), painSite) == c.painSites.end()) continue;
    int rank = 0;
    for (const content::WorkOn& w : c.workOn) out.push_back({w.structure, w.why.text, ++rank, c.id});
  }
  // Best rank first across conditions; a structure named by two conditions keeps its best.
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });
  std::vector<Candidate> unique;
  for (const Candidate& c : out)
    if (std::none_of(unique.begin(), unique.end(), [&](const Candidate& u) { return u.structure == c.structure; }))
      unique.push_back(c);
  return unique;
}

std::vector<std::string> painSitesForStructure(const content::Content& pack, const std::string& structure) {
  std::vector<std::string> out;
  for (const content::Condition& c : pack.conditions) {
    bool listed = std::any_of(c.workOn.begin(), c.workOn.end(), [&](const content::WorkOn& w) { return w.structure == structure; });
    if (!listed) continue;
    for (const std::string& p : c.painSites)
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

const content::PainSite* painSiteAt(const Scene& scene, const content::Content& pack,
                                    const content::Condition& condition, const glm::vec3& point) {
  constexpr float kReach = 0.015f;
  const content::PainSite* best = nullptr;
  float bestScore = 1.0f;
  for (const std::string& id : condition.painSites) {
    const content::PainSite* site = pack.painSite(id);
    const auto at = site ? resolvePoint(scene, site->at) : std::nullopt;
    if (!at) continue;
    const float score = glm::length(point - *at) / (site->radius + kReach);
    if (score < bestScore) bestScore = score, best = site;
  }
  return best;
}

} // namespace myo::overlay
