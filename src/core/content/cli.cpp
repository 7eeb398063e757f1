// MyoMap: --check and --list over the content loader.
#include "core/content/cli.h"

#include "core/content/load.h"

namespace myo::content {

namespace {
std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

template <class T> void listIds(const std::vector<T>& v, std::ostream& out) {
  for (const auto& e : v) out << e.id << '\t' << e.name << '\n';
}
} // namespace

int runCheck(const std::filesystem::path& file, std::ostream& out) {
  LoadResult r = loadContentFile(file);
  for (const auto& d : r.diagnostics) out << formatDiagnostic(d) << '\n';
  if (!r.ok()) {
    std::size_t errors = 0;
    for (const auto& d : r.diagnostics) errors += d.severity == Severity::Error;
    out << file.string() << ": " << plural(errors, "error", "errors") << '\n';
    return 1;
  }
  const Content& c = *r.content;
  out << file.string() << ": ok: " << plural(c.structures.size(), "structure", "structures") << ", "
      << plural(c.conditions.size(), "condition", "conditions") << ", "
      << plural(c.painSites.size(), "pain site", "pain sites") << ", "
      << plural(c.avoidZones.size(), "avoid zone", "avoid zones") << ", "
      << plural(c.rollingPaths.size(), "rolling path", "rolling paths") << ", "
      << plural(c.stretches.size(), "stretch", "stretches") << ", "
      << plural(c.exercises.size(), "exercise", "exercises") << ", "
      << plural(c.routines.size(), "routine", "routines") << ", "
      << plural(c.references.size(), "reference", "references") << '\n';
  return 0;
}

int runList(const std::filesystem::path& file, std::string_view what, std::ostream& out, std::ostream& err) {
  constexpr std::string_view kKinds = "conditions, paths, stretches, exercises, routines, structures";
  bool known = what == "conditions" || what == "paths" || what == "stretches" || what == "exercises" ||
               what == "routines" || what == "structures";
  if (!known) {
    err << "--list: unknown kind '" << what << "'; use one of " << kKinds << '\n';
    return 2;
  }
  LoadResult r = loadContentFile(file);
  if (!r.ok()) {
    for (const auto& d : r.diagnostics) err << formatDiagnostic(d) << '\n';
    return 1;
  }
  const Content& c = *r.content;
  if (what == "conditions") listIds(c.conditions, out);
  else if (what == "paths") listIds(c.rollingPaths, out);
  else if (what == "stretches") listIds(c.stretches, out);
  else if (what == "exercises") listIds(c.exercises, out);
  else if (what == "routines") listIds(c.routines, out);
  else listIds(c.structures, out);
  return 0;
}

} // namespace myo::content
