// MyoMap: helpers shared by the entry parsers, and the whole-file reference check.
#include "core/content/known_ids.h"
#include "core/content/parse_context.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace myo::content::detail {

namespace {
constexpr std::array kClaimKeys = {"text"sv, "cite"sv};
constexpr std::array kPointKeys = {"landmark"sv, "offset"sv, "structure"sv, "at"sv};

// Offsets move a point off its landmark a hand's breadth or so; more suggests a
// unit mistake (centimetres written as metres).
constexpr double kMaxOffset = 0.25;
// The model stands on the floor at y = 0 and the pelvis top is near 1.1 m.
constexpr double kMaxHeight = 1.3, kMaxHalfWidth = 0.6;

std::optional<Vec3> parseVec3(Ctx& ctx, const YAML::Node& n, const std::string& what) {
  if (!n.IsSequence() || n.size() != 3) {
    ctx.sink.error(n.Mark(), what + " must be three numbers in metres, like [0.02, 0.0, -0.01]");
    return std::nullopt;
  }
  std::array<float, 3> v{};
  for (std::size_t i = 0; i < 3; ++i) {
    auto d = parseNumber(n[i]);
    if (!d) {
      ctx.sink.error(n[i].Mark(), what + ": item " + std::to_string(i + 1) + " must be a number in metres");
      return std::nullopt;
    }
    v[i] = static_cast<float>(*d);
  }
  return Vec3{v[0], v[1], v[2]};
}

const char* kindName(RefKind k) {
  switch (k) {
  case RefKind::Structure: return "structure";
  case RefKind::Landmark: return "landmark";
  case RefKind::Reference: return "reference";
  case RefKind::Condition: return "condition";
  case RefKind::PainSite: return "pain site";
  case RefKind::AvoidZone: return "avoid zone";
  case RefKind::RollingPath: return "rolling path";
  case RefKind::Stretch: return "stretch";
  case RefKind::Exercise: return "exercise";
  }
  return "?";
}

const char* kindSection(RefKind k) {
  switch (k) {
  case RefKind::Structure: return "structures";
  case RefKind::Landmark: return "landmarks";
  case RefKind::Reference: return "references";
  case RefKind::Condition: return "conditions";
  case RefKind::PainSite: return "pain_sites";
  case RefKind::AvoidZone: return "avoid_zones";
  case RefKind::RollingPath: return "rolling_paths";
  case RefKind::Stretch: return "stretches";
  case RefKind::Exercise: return "exercises";
  }
  return "?";
}

template <class T> std::vector<std::string_view> idsOf(const std::vector<T>& v) {
  std::vector<std::string_view> out;
  for (const auto& e : v) out.push_back(e.id);
  return out;
}

std::vector<std::string_view> idsFor(const Content& c, RefKind k) {
  switch (k) {
  case RefKind::Structure: return idsOf(c.structures);
  case RefKind::Landmark: return {knownLandmarkIds().begin(), knownLandmarkIds().end()};
  case RefKind::Reference: return idsOf(c.references);
  case RefKind::Condition: return idsOf(c.conditions);
  case RefKind::PainSite: return idsOf(c.painSites);
  case RefKind::AvoidZone: return idsOf(c.avoidZones);
  case RefKind::RollingPath: return idsOf(c.rollingPaths);
  case RefKind::Stretch: return idsOf(c.stretches);
  case RefKind::Exercise: return idsOf(c.exercises);
  }
  return {};
}
} // namespace

std::string entryName(std::string_view kind, const std::string& id, std::size_t index) {
  if (!id.empty()) return std::string(kind) + " '" + id + "'";
  return std::string(kind) + " " + std::to_string(index + 1);
}

std::vector<std::string> parseCites(Ctx& ctx, Fields& f, bool required) {
  if (!f.has("cite")) {
    if (required)
      f.sink().error(f.mark(), f.what() + ": no 'cite'; every claim needs a source: add 'cite: [reference_id]'");
    return {};
  }
  auto ids = parseIds(ctx, f, "cite", RefKind::Reference, false);
  if (ids.empty() && required)
    f.sink().error(f.node("cite").Mark(), f.what() + ": 'cite' is empty; name at least one reference id");
  return ids;
}

std::optional<Claim> parseClaim(Ctx& ctx, const YAML::Node& n, const std::string& what) {
  if (n.IsScalar()) {
    ctx.sink.error(n.Mark(), what + ": a claim needs a source; write it as {text: \"...\", cite: [id]}");
    return std::nullopt;
  }
  Fields f(ctx.sink, n, what, kClaimKeys);
  if (!f.isMap()) return std::nullopt;
  Claim c;
  c.text = f.text("text", true);
  c.cites = parseCites(ctx, f);
  return c;
}

std::vector<Claim> parseClaims(Ctx& ctx, Fields& f, std::string_view key, bool required) {
  std::vector<Claim> out;
  YAML::Node n = f.node(key);
  if (!n.IsDefined()) {
    if (required) f.missing(key, "[{text: ..., cite: [id]}]");
    return out;
  }
  if (!n.IsSequence()) {
    ctx.sink.error(n.Mark(), f.what() + ": '" + std::string(key) + "' must be a list of {text, cite} items");
    return out;
  }
  for (std::size_t i = 0; i < n.size(); ++i)
    if (auto c = parseClaim(ctx, n[i], f.what() + ": " + std::string(key) + " " + std::to_string(i + 1)))
      out.push_back(std::move(*c));
  return out;
}

std::optional<SurfacePoint> parsePoint(Ctx& ctx, const YAML::Node& n, const std::string& what) {
  SurfacePoint p;
  if (n.IsScalar()) {
    p.landmark = n.Scalar();
    ctx.ref(RefKind::Landmark, p.landmark, n.Mark(), what);
    return p;
  }
  Fields f(ctx.sink, n, what, kPointKeys);
  if (!f.isMap()) return std::nullopt;
  bool byLandmark = f.has("landmark"), byStructure = f.has("structure");
  if (byLandmark == byStructure) {
    ctx.sink.error(f.mark(), what + ": give either 'landmark' (with an optional 'offset') or 'structure' with 'at'");
    return std::nullopt;
  }
  if (byLandmark) {
    if (f.has("at")) ctx.sink.error(f.node("at").Mark(), what + ": 'at' goes with 'structure'; use 'offset' with a landmark");
    p.landmark = parseIdRef(ctx, f, "landmark", RefKind::Landmark, true);
    if (f.has("offset")) {
      auto v = parseVec3(ctx, f.node("offset"), what + ": offset");
      if (v && std::sqrt(v->x * v->x + v->y * v->y + v->z * v->z) > kMaxOffset)
        ctx.sink.error(f.node("offset").Mark(), what + ": offset is longer than 0.25 m; offsets are in metres");
      else if (v)
        p.offset = *v;
    }
    return p.landmark.empty() ? std::nullopt : std::optional(p);
  }
  if (f.has("offset")) ctx.sink.error(f.node("offset").Mark(), what + ": 'offset' goes with 'landmark'; use 'at' with a structure");
  p.structure = parseIdRef(ctx, f, "structure", RefKind::Structure, true);
  if (!f.has("at")) {
    f.missing("at", "[x, y, z]");
    return std::nullopt;
  }
  auto v = parseVec3(ctx, f.node("at"), what + ": at");
  if (!v) return std::nullopt;
  if (v->y < 0 || v->y > kMaxHeight || std::abs(v->x) > kMaxHalfWidth || std::abs(v->z) > kMaxHalfWidth) {
    ctx.sink.error(f.node("at").Mark(), what + ": point is outside the model (x and z within +-0.6 m, y 0..1.3 m)");
    return std::nullopt;
  }
  p.at = *v;
  return p.structure.empty() ? std::nullopt : std::optional(p);
}

std::vector<std::string> parseIds(Ctx& ctx, Fields& f, std::string_view key, RefKind kind, bool required) {
  std::vector<std::string> out;
  YAML::Node n = f.node(key);
  if (!n.IsDefined()) {
    if (required) f.missing(key, "[id, ...]");
    return out;
  }
  std::string where = f.what() + ": " + std::string(key);
  auto take = [&](const YAML::Node& item) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      ctx.sink.error(item.Mark(), where + ": expected an id");
      return;
    }
    out.push_back(item.Scalar());
    ctx.ref(kind, item.Scalar(), item.Mark(), where);
  };
  if (n.IsSequence()) {
    for (std::size_t i = 0; i < n.size(); ++i) take(n[i]);
    if (required && n.size() == 0) ctx.sink.error(n.Mark(), where + ": list is empty; name at least one");
  } else {
    take(n);
  }
  return out;
}

std::string parseIdRef(Ctx& ctx, Fields& f, std::string_view key, RefKind kind, bool required) {
  std::string id = f.text(key, required);
  if (!id.empty()) ctx.ref(kind, id, f.node(key).Mark(), f.what() + ": " + std::string(key));
  return id;
}

std::optional<Phase> parsePhase(Fields& f, bool required) {
  static constexpr std::array<Choice<Phase>, 3> kPhases = {
      Choice<Phase>{"acute", Phase::Acute}, {"recovery", Phase::Recovery}, {"any", Phase::Any}};
  return f.choice<Phase>("phase", required, kPhases);
}

void forEachEntry(Ctx& ctx, const YAML::Node& list, std::string_view key,
                  const std::function<void(const YAML::Node&)>& each) {
  if (!list.IsSequence()) {
    ctx.sink.error(list.Mark(), "'" + std::string(key) + "' must be a list of entries, each starting with '- id: ...'");
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) each(list[i]);
}

void checkReferences(Ctx& ctx, const Content& c) {
  for (const auto& r : ctx.refs) {
    auto ids = idsFor(c, r.kind);
    if (std::find(ids.begin(), ids.end(), r.id) != ids.end()) continue;
    std::string fix;
    if (r.kind == RefKind::Structure && isKnownStructure(r.id))
      fix = "describe it under 'structures' first";
    else if (r.kind == RefKind::Landmark)
      fix = suggest(r.id, ids, "see docs/content-format.md for the landmark ids");
    else
      fix = suggest(r.id, ids, std::string("define it under '") + kindSection(r.kind) + "'");
    ctx.sink.setFile(r.file);
    ctx.sink.error(r.mark, r.where + ": unknown " + kindName(r.kind) + " '" + r.id + "'; " + fix);
  }
  // A reference nobody cites is usually a typo elsewhere or left over from an
  // edit; worth a warning, not worth refusing the pack.
  for (const auto& ref : c.references) {
    bool cited = std::any_of(ctx.refs.begin(), ctx.refs.end(),
                             [&](const PendingRef& r) { return r.kind == RefKind::Reference && r.id == ref.id; });
    if (cited || ref.id.empty()) continue;
    YAML::Mark m;
    m.line = ref.pos.line - 1;
    m.column = ref.pos.column - 1;
    ctx.sink.setFile(ref.pos.file);
    ctx.sink.warning(m, "reference '" + ref.id + "' is never cited; cite it or remove it");
  }
}

} // namespace myo::content::detail
