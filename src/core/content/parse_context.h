// MyoMap (internal): state shared by the parsers of each kind of entry, and the
// helpers they have in common (citations, claims, surface points, references).
#pragma once

#include "core/content/content.h"
#include "core/content/yaml_fields.h"

#include <functional>
#include <string>
#include <vector>

namespace myo::content::detail {

enum class RefKind { Structure, Landmark, Reference, Condition, PainSite, AvoidZone, RollingPath, Stretch, Exercise };

/// A reference to an id, checked once every entry has been read (ids may be
/// used before the entry that defines them).
struct PendingRef {
  RefKind kind;
  std::string id;
  YAML::Mark mark;
  std::string where; ///< message prefix, e.g. "condition 'runners_knee': pain_sites"
  std::string file;  ///< the file it is written in
};

struct Ctx {
  Sink sink;
  std::vector<PendingRef> refs;
  void ref(RefKind k, std::string id, const YAML::Mark& m, std::string where) {
    refs.push_back({k, std::move(id), m, std::move(where), sink.file()});
  }
};

using namespace std::string_view_literals;

/// `cite: [id, ...]` (or one id). Every claim needs one, so it is required by default.
std::vector<std::string> parseCites(Ctx& ctx, Fields& f, bool required = true);
/// `{text: ..., cite: [...]}`.
std::optional<Claim> parseClaim(Ctx& ctx, const YAML::Node& n, const std::string& what);
std::vector<Claim> parseClaims(Ctx& ctx, Fields& f, std::string_view key, bool required);
/// A landmark id, `{landmark: id, offset: [x,y,z]}` or `{structure: id, at: [x,y,z]}`.
std::optional<SurfacePoint> parsePoint(Ctx& ctx, const YAML::Node& n, const std::string& what);
/// A list of ids (or one id) of the given kind, each remembered for checking.
std::vector<std::string> parseIds(Ctx& ctx, Fields& f, std::string_view key, RefKind kind, bool required);
/// One id of the given kind.
std::string parseIdRef(Ctx& ctx, Fields& f, std::string_view key, RefKind kind, bool required);
std::optional<Phase> parsePhase(Fields& f, bool required);

/// Calls `each(entryNode, index)` for every entry of a top-level list.
void forEachEntry(Ctx& ctx, const YAML::Node& list, std::string_view key,
                  const std::function<void(const YAML::Node&)>& each);

/// "stretch 'standing_quad'", or "stretch 3" before the id is known.
std::string entryName(std::string_view kind, const std::string& id, std::size_t index);

/// Opens one entry of a list and reads its `id` first, so that every later
/// message names the entry by its id. `done` is the list read so far.
template <class T>
Fields openEntry(Ctx& ctx, const YAML::Node& n, std::string_view kind, std::span<const std::string_view> keys,
                 const std::vector<T>& done, T& entry) {
  Fields f(ctx.sink, n, entryName(kind, "", done.size()), keys, kind);
  if (!f.isMap()) return f;
  entry.pos = ctx.sink.pos(f.mark());
  entry.id = f.id();
  f.setWhat(entryName(kind, entry.id, done.size()));
  return f;
}

/// Reports ids used twice within one kind.
template <class T> void checkUniqueIds(Ctx& ctx, const std::vector<T>& v, std::string_view kind) {
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (!v[i].id.empty() && v[i].id == v[j].id) {
        YAML::Mark m;
        m.line = v[i].pos.line - 1;
        m.column = v[i].pos.column - 1;
        std::string first = "line " + std::to_string(v[j].pos.line);
        if (v[j].pos.file != v[i].pos.file) first += " of " + v[j].pos.file;
        std::string current = ctx.sink.file();
        ctx.sink.setFile(v[i].pos.file);
        ctx.sink.error(m, std::string(kind) + " '" + v[i].id + "': id already used on " + first +
                              "; ids must be unique, rename one");
        ctx.sink.setFile(current);
        break;
      }
}

// Parsers of each kind (load_entries.cpp and loader.cpp).
void parseReferences(Ctx& ctx, const YAML::Node& list, Content& c);
void parseStructures(Ctx& ctx, const YAML::Node& list, Content& c);
void parseConditions(Ctx& ctx, const YAML::Node& list, Content& c);
void parsePainSites(Ctx& ctx, const YAML::Node& list, Content& c);
void parseAvoidZones(Ctx& ctx, const YAML::Node& list, Content& c);
void parseRollingPaths(Ctx& ctx, const YAML::Node& list, Content& c);
void parseStretches(Ctx& ctx, const YAML::Node& list, Content& c);
void parseExercises(Ctx& ctx, const YAML::Node& list, Content& c);
void parseRoutines(Ctx& ctx, const YAML::Node& list, Content& c);

/// Checks that need the whole file: dangling references, phases of routine steps.
void checkReferences(Ctx& ctx, const Content& c);

} // namespace myo::content::detail
