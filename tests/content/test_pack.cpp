// MyoMap tests: the bundled runner's knee pack loads cleanly and covers what
// the issue asks for (all structures, both conditions, the paths, stretches,
// exercises and routines, a shown disagreement, an avoid zone while inflamed).
#include "core/content/cli.h"
#include "core/content/known_ids.h"
#include "core/content/load.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

using namespace myo::content;

namespace {
const std::filesystem::path kPack = std::filesystem::path(MYOMAP_CONTENT_DIR) / "runners-knee.yaml";

const Content& pack() {
  static const LoadResult r = loadContentFile(kPack);
  for (const auto& d : r.diagnostics) INFO(formatDiagnostic(d));
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.ok());
  return *r.content;
}

template <class T, class F> bool any(const std::vector<T>& v, F f) { return std::any_of(v.begin(), v.end(), f); }
} // namespace

TEST_SUITE("pack") {
  TEST_CASE("the pack passes --check with a one-line summary") {
    std::ostringstream out;
    CHECK(runCheck(kPack, out) == 0);
    std::string text = out.str();
    CHECK(std::count(text.begin(), text.end(), '\n') == 1);
    CHECK(text.find(": ok: 65 structures, 2 conditions, ") != std::string::npos);
  }

  TEST_CASE("every structure of the model is described") {
    const Content& c = pack();
    for (auto id : knownStructureIds()) {
      CAPTURE(id);
      const Structure* s = c.structure(id);
      REQUIRE(s);
      CHECK_FALSE(s->name.empty());
      CHECK_FALSE(s->latin.empty());
      bool muscle = s->group != "bone" && s->group != "skin" && s->group != "connective";
      if (muscle) {
        CHECK_FALSE(s->origin.empty());
        CHECK_FALSE(s->insertion.empty());
        CHECK_FALSE(s->action.empty());
        CHECK_FALSE(s->innervation.empty());
        CHECK(std::find(s->cites.begin(), s->cites.end(), "grays_anatomy") != s->cites.end());
      }
    }
  }

  TEST_CASE("both conditions, with pain sites, red flags and the knee avoid zone") {
    const Content& c = pack();
    const Condition* rk = c.condition("runners_knee");
    const Condition* itb = c.condition("it_band_syndrome");
    REQUIRE(rk);
    REQUIRE(itb);
    CHECK(rk->painSites.size() >= 2);
    CHECK(std::find(itb->painSites.begin(), itb->painSites.end(), "outer_knee") != itb->painSites.end());
    CHECK(rk->redFlags.size() >= 3);
    CHECK_FALSE(itb->redFlags.empty());
    REQUIRE(rk->avoidZones.size() == 1);
    const AvoidZone* z = c.avoidZone(rk->avoidZones[0]);
    REQUIRE(z);
    CHECK((z->phase == Phase::Acute));
    CHECK(z->center.landmark.rfind("patella", 0) == 0);
    // The abductor/adductor disagreement is shown with both sides' sources.
    CHECK(any(rk->disagreements, [](const Disagreement& d) {
      return d.topic.find("hip") != std::string::npos && d.positions.size() == 2 &&
             d.positions[0].cites != d.positions[1].cites;
    }));
  }

  TEST_CASE("rolling paths, stretches and exercises cover the issue's list") {
    const Content& c = pack();
    std::set<std::string> rolled, stretched;
    for (const auto& p : c.rollingPaths) rolled.insert(p.target);
    for (const auto& s : c.stretches) stretched.insert(s.targets.begin(), s.targets.end());
    for (auto id : {"rectus_femoris", "vastus_lateralis", "vastus_medialis", "tensor_fasciae_latae",
                    "adductor_longus", "biceps_femoris_long_head", "gastrocnemius_medial_head",
                    "gluteus_maximus"})
      CHECK_MESSAGE(rolled.count(id), id);
    CHECK(c.rollingPath("roll_vl_under_it_band"));
    for (auto id : {"rectus_femoris", "iliopsoas", "semitendinosus", "gastrocnemius_medial_head", "soleus",
                    "tensor_fasciae_latae", "iliotibial_band", "adductor_longus", "gluteus_maximus"})
      CHECK_MESSAGE(stretched.count(id), id);
    // Calves both ways: straight knee (gastrocnemius) and bent knee (soleus).
    const Stretch* bent = c.stretch("calf_bent_knee");
    REQUIRE(bent);
    CHECK(bent->keyframes.back().angle[static_cast<int>(Joint::KneeFlexion)] > 0);
    CHECK(c.exercise("slow_step_down"));
    CHECK(c.exercise("side_lying_hip_abduction"));
  }

  TEST_CASE("routines for the acute phase and for after it") {
    const Content& c = pack();
    CHECK(any(c.routines, [](const Routine& r) { return r.condition == "runners_knee" && r.phase == Phase::Acute; }));
    CHECK(any(c.routines, [](const Routine& r) { return r.condition == "runners_knee" && r.phase == Phase::Recovery; }));
    const Routine* acute = c.routine("runners_knee_acute");
    REQUIRE(acute);
    // While inflamed the knee is left alone: no path may start or end on the kneecap itself.
    for (const auto& step : acute->steps) {
      if (step.kind != StepKind::Roll) continue;
      const RollingPath* p = c.rollingPath(step.ref);
      REQUIRE(p);
      for (const SurfacePoint* pt : {&p->start, &p->end}) {
        bool onKneecap = pt->landmark.rfind("patella", 0) == 0 && pt->offset.y < 0.09f;
        CHECK_MESSAGE(!onKneecap, step.ref);
      }
    }
  }

  TEST_CASE("every reference is cited somewhere") {
    const Content& c = pack();
    std::set<std::string> cited;
    auto add = [&](const std::vector<std::string>& v) { cited.insert(v.begin(), v.end()); };
    auto addClaims = [&](const std::vector<Claim>& v) {
      for (const auto& x : v) add(x.cites);
    };
    for (const auto& s : c.structures) add(s.cites), addClaims(s.role);
    for (const auto& d : c.conditions) {
      add(d.summary.cites);
      for (const auto* v : {&d.symptoms, &d.causes, &d.riskFactors, &d.selfCare, &d.redFlags, &d.evidence})
        addClaims(*v);
      for (const auto& g : d.disagreements) addClaims(g.positions);
      for (const auto& w : d.workOn) add(w.why.cites);
    }
    for (const auto& x : c.painSites) add(x.cites);
    for (const auto& x : c.avoidZones) add(x.cites);
    for (const auto& x : c.rollingPaths) add(x.cites);
    for (const auto& x : c.stretches) add(x.cites);
    for (const auto& x : c.exercises) add(x.cites);
    for (const auto& x : c.routines) add(x.cites);
    for (const auto& r : c.references) CHECK_MESSAGE(cited.count(r.id), r.id);
  }
}
