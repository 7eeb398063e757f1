// MyoMap tests: the content loader on small files written here.
#include "fixtures.h"

#include "core/content/load.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace myo::content;
using myo::content::test::kMinimal;

namespace {
std::string replaceOnce(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

std::vector<std::string> messages(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(formatDiagnostic(d));
  return out;
}
} // namespace

TEST_SUITE("loader") {
  TEST_CASE("a valid file gives typed content") {
    LoadResult r = loadContentString(kMinimal, "t.yaml");
    INFO(messages(r).size());
    for (const auto& m : messages(r)) INFO(m);
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    const Content& c = *r.content;
    CHECK(c.title == "Test pack");
    CHECK(c.references.size() == 3);
    CHECK(c.reference("study_x")->reportedBy == "article_a");
    CHECK((c.reference("study_x")->level == EvidenceLevel::PeerReviewed));

    const Structure* rf = c.structure("rectus_femoris");
    REQUIRE(rf);
    CHECK(rf->node == "rectus_femoris");
    CHECK((rf->layer == Layer::Superficial));
    CHECK(rf->pos.line == 16);
    CHECK((c.structure("patella")->layer == Layer::Bone));

    const Condition* k = c.condition("knee_pain");
    REQUIRE(k);
    CHECK(k->summary.cites == std::vector<std::string>{"article_a"});
    REQUIRE(k->workOn.size() == 1);
    CHECK(k->workOn[0].structure == "rectus_femoris");
    CHECK(k->painSites == std::vector<std::string>{"front_of_knee"});

    const PainSite* p = c.painSite("front_of_knee");
    REQUIRE(p);
    CHECK(p->at.landmark == "patella_apex");
    CHECK(p->at.offset.x == doctest::Approx(0.01));
    CHECK(p->radius == doctest::Approx(0.03));

    CHECK((c.avoidZone("knee_zone")->phase == Phase::Acute));
    CHECK(c.avoidZone("knee_zone")->center.landmark == "patella_base");

    const RollingPath* path = c.rollingPath("roll_quads");
    REQUIRE(path);
    CHECK(path->start.landmark == "asis");
    REQUIRE(path->via.size() == 1);
    CHECK(path->via[0].structure == "rectus_femoris");
    CHECK(path->via[0].at.y == doctest::Approx(0.7));
    CHECK(path->end.offset.y == doctest::Approx(0.06));
    CHECK(path->passes == 5);

    const Stretch* s = c.stretch("quad_stretch");
    REQUIRE(s);
    REQUIRE(s->keyframes.size() == 2);
    CHECK(s->keyframes[1].t == doctest::Approx(2.5));
    CHECK(s->keyframes[1].angle[static_cast<int>(Joint::KneeFlexion)] == doctest::Approx(130));
    CHECK(s->keyframes[1].angle[static_cast<int>(Joint::HipFlexion)] == doctest::Approx(-10));
    CHECK(s->keyframes[1].angle[static_cast<int>(Joint::HipRotation)] == 0);

    const Routine* rt = c.routine("later");
    REQUIRE(rt);
    REQUIRE(rt->steps.size() == 4);
    CHECK((rt->steps[0].kind == StepKind::Roll));
    CHECK((rt->steps[2].kind == StepKind::Strengthen));
    CHECK((rt->steps[3].kind == StepKind::Rest));
    CHECK(rt->steps[3].note == "Walk around gently.");
    CHECK(c.landmarkNode("asis") == "landmark_asis");
  }

  TEST_CASE("every error is reported at once, each with its position") {
    std::string text = replaceOnce(kMinimal, "knee_flexion: 130", "knee_flexion: 190");
    text = replaceOnce(text, "    passes: 5", "    passes: 5\n    speed: 3");
    text = replaceOnce(text, "pain_sites: [front_of_knee]", "pain_sites: [front_of_kne]");
    LoadResult r = loadContentString(text, "t.yaml");
    CHECK_FALSE(r.ok());
    auto m = messages(r);
    REQUIRE(m.size() == 3);
    CHECK(m[0] == "t.yaml:39:18: error: condition 'knee_pain': pain_sites: unknown pain site 'front_of_kne'; "
                  "did you mean 'front_of_knee'?");
    CHECK(m[1] == "t.yaml:70:5: error: rolling path 'roll_quads': unknown key 'speed'; allowed keys: id, name, "
                  "target, tool, position, start, via, end, passes, tempo_s, duration_s, pressure, cues, phase, "
                  "cite");
    CHECK(m[2] == "t.yaml:84:50: error: stretch 'quad_stretch': keyframe 2: knee_flexion 190 is beyond the "
                  "knee's range 0..150");
  }

  TEST_CASE("a YAML syntax error names its line and column") {
    std::string text = replaceOnce(kMinimal, "title: Test pack", "title: [Test pack");
    LoadResult r = loadContentString(text, "t.yaml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line > 0);
    CHECK(r.diagnostics[0].message.find("YAML syntax") == 0);
  }

  TEST_CASE("a missing file is an error, not an exception") {
    LoadResult r = loadContentFile("no/such/file.yaml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("cannot open") == 0);
    CHECK_FALSE(r.ok());
  }

  TEST_CASE("an empty file says how to start") {
    LoadResult r = loadContentString("", "t.yaml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "the file is empty; start it with 'myomap: 1'");
  }

  TEST_CASE("a claim without a source is refused") {
    std::string text =
        replaceOnce(kMinimal, "{text: Aches on stairs., cite: [article_a]}", "{text: Aches on stairs.}");
    LoadResult r = loadContentString(text, "t.yaml");
    auto m = messages(r);
    REQUIRE(m.size() == 1);
    CHECK(m[0] == "t.yaml:36:9: error: condition 'knee_pain': symptoms 1: no 'cite'; every claim needs a source: "
                  "add 'cite: [reference_id]'");
  }

  TEST_CASE("diagnostics come out in file order") {
    std::string text = replaceOnce(kMinimal, "cite: [anatomy_book]", "cite: [anatomy_bok]");
    text = replaceOnce(text, "tempo_s: 6", "tempo_s: 600");
    LoadResult r = loadContentString(text, "t.yaml");
    REQUIRE(r.diagnostics.size() == 3); // two errors, and a warning that anatomy_book is now uncited
    CHECK(std::is_sorted(r.diagnostics.begin(), r.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; }));
  }

  TEST_CASE("a reference nobody cites is a warning, and the file still loads") {
    std::string text = replaceOnce(kMinimal, "    level: textbook\n  - id: article_a",
                                   "    level: textbook\n  - {id: unused, citation: Nobody cites this., level: "
                                   "textbook}\n  - id: article_a");
    LoadResult r = loadContentString(text, "t.yaml");
    CHECK(r.ok());
    auto m = messages(r);
    REQUIRE(m.size() == 1);
    CHECK(m[0] == "t.yaml:8:5: warning: reference 'unused' is never cited; cite it or remove it");
  }

  TEST_CASE("absurdly deep nesting is an error, not a stack overflow") {
    std::string text = "myomap: 1\ntitle: " + std::string(100000, '[') + "\n";
    LoadResult r = loadContentString(text, "t.yaml");
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "brackets or indentation nest too deeply; close the brackets you opened");
  }
}
