// MyoMap: formatting of content diagnostics and the id lookups on Content.
#include "core/content/diagnostic.h"

#include "core/content/content.h"

#include <algorithm>

namespace myo::content {

std::string formatDiagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  out += d.severity == Severity::Error ? ": error: " : ": warning: ";
  out += d.message;
  return out;
}

bool hasErrors(const std::vector<Diagnostic>& diags) {
  return std::any_of(diags.begin(), diags.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

namespace {
template <class T> const T* findById(const std::vector<T>& v, std::string_view id) {
  auto it = std::find_if(v.begin(), v.end(), [&](const T& e) { return e.id == id; });
  return it == v.end() ? nullptr : &*it;
}
} // namespace

const Structure* Content::structure(std::string_view id) const { return findById(structures, id); }
const Condition* Content::condition(std::string_view id) const { return findById(conditions, id); }
const PainSite* Content::painSite(std::string_view id) const { return findById(painSites, id); }
const AvoidZone* Content::avoidZone(std::string_view id) const { return findById(avoidZones, id); }
const RollingPath* Content::rollingPath(std::string_view id) const { return findById(rollingPaths, id); }
const Stretch* Content::stretch(std::string_view id) const { return findById(stretches, id); }
const Exercise* Content::exercise(std::string_view id) const { return findById(exercises, id); }
const Routine* Content::routine(std::string_view id) const { return findById(routines, id); }
const Reference* Content::reference(std::string_view id) const { return findById(references, id); }

std::string Content::landmarkNode(std::string_view id) const {
  auto it = landmarkNodes.find(std::string(id));
  return it != landmarkNodes.end() ? it->second : "landmark_" + std::string(id);
}

const char* toString(Phase p) {
  switch (p) {
  case Phase::Acute: return "acute";
  case Phase::Recovery: return "recovery";
  case Phase::Any: return "any";
  }
  return "?";
}

const char* toString(Tool t) {
  switch (t) {
  case Tool::FoamRoller: return "foam_roller";
  case Tool::Ball: return "ball";
  case Tool::Stick: return "stick";
  }
  return "?";
}

const char* toString(Joint j) {
  switch (j) {
  case Joint::HipFlexion: return "hip_flexion";
  case Joint::HipAbduction: return "hip_abduction";
  case Joint::HipRotation: return "hip_rotation";
  case Joint::KneeFlexion: return "knee_flexion";
  case Joint::AnkleDorsiflexion: return "ankle_dorsiflexion";
  }
  return "?";
}

} // namespace myo::content
