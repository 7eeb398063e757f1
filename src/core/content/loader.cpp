// MyoMap: reading a content file: the top level, references, structures and
// conditions. The other kinds are in load_entries.cpp.
#include "core/content/known_ids.h"
#include "core/content/load.h"
#include "core/content/parse_context.h"

#include <algorithm>
#include <fstream>
#include <yaml-cpp/depthguard.h>
#include <optional>
#include <sstream>

namespace myo::content {
namespace detail {
namespace {

constexpr std::array kTopKeys = {"myomap"sv,     "title"sv,         "disclaimer"sv,  "model"sv,
                                 "landmark_nodes"sv, "references"sv, "structures"sv,  "conditions"sv,
                                 "pain_sites"sv, "avoid_zones"sv,   "rolling_paths"sv, "stretches"sv,
                                 "exercises"sv,  "routines"sv, "include"sv};
constexpr int kVersion = 1;

constexpr std::array kReferenceKeys = {"id"sv, "citation"sv, "reported_by"sv, "level"sv};
constexpr std::array<Choice<EvidenceLevel>, 5> kLevels = {
    Choice<EvidenceLevel>{"textbook", EvidenceLevel::Textbook},
    {"peer_reviewed", EvidenceLevel::PeerReviewed},
    {"clinical_guidance", EvidenceLevel::ClinicalGuidance},
    {"practitioner_article", EvidenceLevel::PractitionerArticle},
    {"computational_model", EvidenceLevel::ComputationalModel}};

constexpr std::array kStructureKeys = {"id"sv,     "node"sv,      "name"sv,   "latin"sv,       "synonyms"sv,
                                       "group"sv,  "layer"sv,     "origin"sv, "insertion"sv,   "action"sv,
                                       "innervation"sv, "role"sv, "cite"sv};
constexpr std::array<Choice<Layer>, 4> kLayers = {Choice<Layer>{"skin", Layer::Skin},
                                                  {"superficial", Layer::Superficial},
                                                  {"deep", Layer::Deep},
                                                  {"bone", Layer::Bone}};

constexpr std::array kConditionKeys = {"id"sv,         "name"sv,     "synonyms"sv,    "summary"sv,
                                       "symptoms"sv,   "causes"sv,   "risk_factors"sv, "self_care"sv,
                                       "pain_sites"sv, "work_on"sv,  "avoid_zones"sv, "red_flags"sv,
                                       "evidence"sv,   "disagreements"sv};
constexpr std::array kWorkOnKeys = {"structure"sv, "why"sv, "cite"sv};
constexpr std::array kDisagreementKeys = {"topic"sv, "positions"sv};

} // namespace

void parseReferences(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "references", [&](const YAML::Node& n) {
    Reference r;
    Fields f = openEntry(ctx, n, "reference", kReferenceKeys, c.references, r);
    if (!f.isMap()) return;
    r.citation = f.text("citation", true);
    r.reportedBy = parseIdRef(ctx, f, "reported_by", RefKind::Reference, false);
    if (!r.reportedBy.empty() && r.reportedBy == r.id)
      ctx.sink.error(f.node("reported_by").Mark(), f.what() + ": reported_by names the reference itself; "
                                                             "name the article that reported it");
    r.level = f.choice<EvidenceLevel>("level", true, kLevels).value_or(EvidenceLevel::Textbook);
    c.references.push_back(std::move(r));
  });
}

void parseStructures(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "structures", [&](const YAML::Node& n) {
    Structure s;
    Fields f = openEntry(ctx, n, "structure", kStructureKeys, c.structures, s);
    if (!f.isMap()) return;
    if (!s.id.empty() && !isKnownStructure(s.id))
      ctx.sink.error(f.node("id").Mark(),
                     f.what() + ": not a structure of the model; " +
                         suggest(s.id, knownStructureIds(),
                                 "use one of the model's ids and set 'node:' to your mesh's name"));
    s.node = f.text("node", false);
    if (s.node.empty()) s.node = s.id;
    s.name = f.text("name", true);
    s.latin = f.text("latin", true);
    s.synonyms = f.texts("synonyms", false);
    s.group = f.text("group", true);
    if (!s.group.empty() && !isKnownGroup(s.group))
      ctx.sink.error(f.node("group").Mark(), f.what() + ": group '" + s.group + "' is not one of the groups; " +
                                                 suggest(s.group, knownGroups(), "see docs/content-format.md"));
    auto layer = f.choice<Layer>("layer", true, kLayers);
    s.layer = layer.value_or(Layer::Superficial);
    // Bones, skin and connective tissue have no muscle action, so attachments and
    // nerves are optional there; whatever is written is a claim and needs a source.
    // The group decides when the layer is unreadable, to avoid a cascade of errors.
    bool muscle = s.group != "bone" && s.group != "skin" && s.group != "connective" &&
                  (!layer || (*layer != Layer::Bone && *layer != Layer::Skin));
    s.origin = f.text("origin", muscle);
    s.insertion = f.text("insertion", muscle);
    s.action = f.text("action", muscle);
    s.innervation = f.text("innervation", muscle);
    bool claims = !s.origin.empty() || !s.insertion.empty() || !s.action.empty() || !s.innervation.empty();
    s.cites = parseCites(ctx, f, claims);
    s.role = parseClaims(ctx, f, "role", false);
    c.structures.push_back(std::move(s));
  });
}

void parseConditions(Ctx& ctx, const YAML::Node& list, Content& c) {
  forEachEntry(ctx, list, "conditions", [&](const YAML::Node& n) {
    Condition d;
    Fields f = openEntry(ctx, n, "condition", kConditionKeys, c.conditions, d);
    if (!f.isMap()) return;
    d.name = f.text("name", true);
    d.synonyms = f.texts("synonyms", false);
    if (f.has("summary")) {
      if (auto s = parseClaim(ctx, f.node("summary"), f.what() + ": summary")) d.summary = std::move(*s);
    } else {
      f.missing("summary", "{text: ..., cite: [id]}");
    }
    d.symptoms = parseClaims(ctx, f, "symptoms", true);
    d.causes = parseClaims(ctx, f, "causes", false);
    d.riskFactors = parseClaims(ctx, f, "risk_factors", false);
    d.selfCare = parseClaims(ctx, f, "self_care", false);
    d.redFlags = parseClaims(ctx, f, "red_flags", true);
    d.evidence = parseClaims(ctx, f, "evidence", false);
    d.painSites = parseIds(ctx, f, "pain_sites", RefKind::PainSite, true);
    d.avoidZones = parseIds(ctx, f, "avoid_zones", RefKind::AvoidZone, false);
    if (YAML::Node w = f.node("work_on"); w.IsDefined()) {
      if (!w.IsSequence()) ctx.sink.error(w.Mark(), f.what() + ": 'work_on' must be a ranked list");
      for (std::size_t i = 0; w.IsSequence() && i < w.size(); ++i) {
        Fields wf(ctx.sink, w[i], f.what() + ": work_on " + std::to_string(i + 1), kWorkOnKeys);
        if (!wf.isMap()) continue;
        WorkOn item;
        item.structure = parseIdRef(ctx, wf, "structure", RefKind::Structure, true);
        item.why.text = wf.text("why", true);
        item.why.cites = parseCites(ctx, wf);
        d.workOn.push_back(std::move(item));
      }
    } else {
      f.missing("work_on", "[{structure: id, why: ..., cite: [id]}]");
    }
    if (YAML::Node g = f.node("disagreements"); g.IsDefined()) {
      if (!g.IsSequence()) ctx.sink.error(g.Mark(), f.what() + ": 'disagreements' must be a list");
      for (std::size_t i = 0; g.IsSequence() && i < g.size(); ++i) {
        Fields gf(ctx.sink, g[i], f.what() + ": disagreement " + std::to_string(i + 1), kDisagreementKeys);
        if (!gf.isMap()) continue;
        Disagreement dis;
        dis.topic = gf.text("topic", true);
        dis.positions = parseClaims(ctx, gf, "positions", true);
        if (gf.has("positions") && dis.positions.size() < 2)
          ctx.sink.error(gf.node("positions").Mark(),
                         gf.what() + ": a disagreement needs at least two positions, each with its sources");
        d.disagreements.push_back(std::move(dis));
      }
    }
    c.conditions.push_back(std::move(d));
  });
}

namespace {

// Included files hold lists only; the header (title, model, ...) is the main file's.
constexpr std::array kIncludedKeys = {"myomap"sv,     "references"sv,    "structures"sv, "conditions"sv,
                                      "pain_sites"sv, "avoid_zones"sv,   "rolling_paths"sv, "stretches"sv,
                                      "exercises"sv,  "routines"sv};

struct Doc {
  std::string file;
  Fields top;
};

std::optional<YAML::Node> parseYaml(Ctx& ctx, const std::string& text) {
  try {
    YAML::Node root = YAML::Load(text);
    if (!root.IsDefined() || root.IsNull()) {
      ctx.sink.error(YAML::Mark(), "the file is empty; start it with 'myomap: 1'");
      return std::nullopt;
    }
    return root;
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp stops at a fixed depth instead of overflowing the stack.
    ctx.sink.error(e.mark, "brackets or indentation nest too deeply; close the brackets you opened");
  } catch (const YAML::ParserException& e) {
    ctx.sink.error(e.mark, "YAML syntax: " + e.msg + "; check the indentation and quoting here");
  }
  return std::nullopt;
}

void checkVersion(Ctx& ctx, const Fields& top) {
  if (!top.has("myomap")) {
    ctx.sink.error(top.mark(), "content file: missing 'myomap: 1' (the format version) at the top");
  } else if (auto v = parseNumber(top.node("myomap")); !v || *v != kVersion) {
    YAML::Node n = top.node("myomap");
    ctx.sink.error(n.Mark(), "content file: format version '" + (n.IsScalar() ? n.Scalar() : "?") +
                                 "' is not supported; this build reads 'myomap: 1'");
  }
}

bool readText(const std::filesystem::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

void parseLandmarkNodes(Ctx& ctx, const YAML::Node& ln, Content& c) {
  if (!ln.IsMap()) {
    ctx.sink.error(ln.Mark(), "landmark_nodes must map landmark ids to node names");
    return;
  }
  for (const auto& kv : ln) {
    if (!kv.first.IsScalar() || !kv.second.IsScalar() || kv.second.Scalar().empty()) {
      ctx.sink.error(kv.first.Mark(), "landmark_nodes: write each entry as 'landmark_id: NodeName'");
      continue;
    }
    ctx.ref(RefKind::Landmark, kv.first.Scalar(), kv.first.Mark(), "landmark_nodes");
    c.landmarkNodes[kv.first.Scalar()] = kv.second.Scalar();
  }
}

// Reads the files named by `include:`, each confined to the main file's folder.
void openIncludes(Ctx& ctx, const Fields& top, const std::filesystem::path& file, std::vector<Doc>& docs,
                  std::vector<std::filesystem::path>& files) {
  YAML::Node inc = top.node("include");
  if (!inc.IsDefined()) return;
  if (!inc.IsSequence()) {
    ctx.sink.error(inc.Mark(), "include: write a list of file names, like [anatomy.yaml]");
    return;
  }
  for (std::size_t i = 0; i < inc.size(); ++i) {
    YAML::Node item = inc[i];
    ctx.sink.setFile(file.string());
    if (!item.IsScalar() || item.Scalar().empty()) {
      ctx.sink.error(item.Mark(), "include: item " + std::to_string(i + 1) + " must be a file name");
      continue;
    }
    auto r = resolveContentPath(file, item.Scalar());
    if (!r.ok()) {
      ctx.sink.error(item.Mark(), "include: " + r.error);
      continue;
    }
    // Messages name the included file as the author wrote it, next to the main file.
    std::filesystem::path shown = file.parent_path() / item.Scalar();
    bool again = false;
    for (const auto& d : docs) again = again || d.file == shown.string();
    if (again) {
      ctx.sink.error(item.Mark(), "include: '" + item.Scalar() + "' is included twice; keep one");
      continue;
    }
    files.push_back(shown);
    std::string text;
    if (!readText(r.path, text)) {
      ctx.sink.error(item.Mark(), "include: cannot open '" + item.Scalar() + "'; check the name");
      continue;
    }
    ctx.sink.setFile(shown.string());
    auto root = parseYaml(ctx, text);
    if (!root) continue;
    docs.push_back(Doc{shown.string(), Fields(ctx.sink, *root, "included file", kIncludedKeys)});
    if (docs.back().top.isMap()) checkVersion(ctx, docs.back().top);
  }
}

void parseAll(Ctx& ctx, std::vector<Doc>& docs, Content& c) {
  // Kind by kind across all files, so that routines (last) can look at every
  // path, stretch and exercise whichever file defines it.
  auto list = [&](std::string_view key, void (*parse)(Ctx&, const YAML::Node&, Content&)) {
    for (auto& d : docs) {
      if (!d.top.isMap()) continue;
      ctx.sink.setFile(d.file);
      if (YAML::Node n = d.top.node(key); n.IsDefined()) parse(ctx, n, c);
    }
  };
  list("references", parseReferences);
  list("structures", parseStructures);
  list("conditions", parseConditions);
  list("pain_sites", parsePainSites);
  list("avoid_zones", parseAvoidZones);
  list("rolling_paths", parseRollingPaths);
  list("stretches", parseStretches);
  list("exercises", parseExercises);
  list("routines", parseRoutines);
  checkUniqueIds(ctx, c.references, "reference");
  checkUniqueIds(ctx, c.structures, "structure");
  checkUniqueIds(ctx, c.conditions, "condition");
  checkUniqueIds(ctx, c.painSites, "pain site");
  checkUniqueIds(ctx, c.avoidZones, "avoid zone");
  checkUniqueIds(ctx, c.rollingPaths, "rolling path");
  checkUniqueIds(ctx, c.stretches, "stretch");
  checkUniqueIds(ctx, c.exercises, "exercise");
  checkUniqueIds(ctx, c.routines, "routine");
  checkReferences(ctx, c);
}

void parseMain(Ctx& ctx, const YAML::Node& root, const std::filesystem::path& file, Content& c,
               std::vector<std::filesystem::path>& files) {
  std::vector<Doc> docs;
  docs.push_back(Doc{file.string(), Fields(ctx.sink, root, "content file", kTopKeys)});
  const Fields& top = docs.front().top;
  if (!top.isMap()) return;
  checkVersion(ctx, top);
  Fields& header = docs.front().top;
  c.title = header.text("title", true);
  c.disclaimer = header.text("disclaimer", true);
  c.model = header.text("model", false);
  if (!c.model.empty()) {
    auto r = resolveContentPath(file, c.model);
    if (!r.ok()) ctx.sink.error(top.node("model").Mark(), "model: " + r.error);
  }
  if (YAML::Node ln = top.node("landmark_nodes"); ln.IsDefined()) parseLandmarkNodes(ctx, ln, c);
  openIncludes(ctx, top, file, docs, files);
  parseAll(ctx, docs, c);
}

} // namespace
} // namespace detail

LoadResult loadContentString(std::string_view text, const std::filesystem::path& file) {
  LoadResult result;
  result.files.push_back(file);
  detail::Ctx ctx{detail::Sink(file.string(), result.diagnostics), {}};
  Content c;
  try {
    if (auto root = detail::parseYaml(ctx, std::string(text))) detail::parseMain(ctx, *root, file, c, result.files);
  } catch (const std::exception& e) {
    // yaml-cpp can throw on odd input (deep nesting, bad aliases); report, never crash.
    result.diagnostics.push_back({file.string(), 0, 0, std::string("cannot read the file: ") + e.what()});
  }
  // Whole-file checks find some problems late; report them in reading order,
  // the main file first and then each included file.
  auto fileIndex = [&](const std::string& f) {
    for (std::size_t i = 0; i < result.files.size(); ++i)
      if (result.files[i].string() == f) return i;
    return result.files.size();
  };
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [&](const auto& a, const auto& b) {
    std::size_t fa = fileIndex(a.file), fb = fileIndex(b.file);
    if (fa != fb) return fa < fb;
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  if (!hasErrors(result.diagnostics)) result.content = std::move(c);
  return result;
}

LoadResult loadContentFile(const std::filesystem::path& file) {
  std::string text;
  if (!detail::readText(file, text)) {
    LoadResult r;
    r.files.push_back(file);
    r.diagnostics.push_back({file.string(), 0, 0, "cannot open the file; check the path and permissions"});
    return r;
  }
  return loadContentString(text, file);
}

} // namespace myo::content
