// Pain to structures and structures to pain, on the bundled runner's knee pack.
#include "core/content/load.h"
#include "core/overlay/condition_view.h"
#include "core/state/rolling_player.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace myo;

namespace {
const content::Content& pack() {
  static const content::Content c = [] {
    auto r = content::loadContentFile(MYOMAP_SOURCE_DIR "/assets/content/runners-knee.yaml");
    REQUIRE(r.ok());
    return *r.content;
  }();
  return c;
}
bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
} // namespace

TEST_CASE("pain around the kneecap points first to vastus lateralis, as runner's knee ranks it") {
  auto c = overlay::candidatesForPain(pack(), "around_kneecap");
  REQUIRE(c.size() >= 5);
  CHECK(c[0].structure == "vastus_lateralis");
  CHECK(c[0].rank == 1);
  CHECK(c[0].condition == "runners_knee");
  CHECK_FALSE(c[0].why.empty());
  for (std::size_t i = 1; i < c.size(); ++i) CHECK(c[i - 1].rank <= c[i].rank);
}

TEST_CASE("outer knee pain points to TFL first (IT band syndrome)") {
  auto c = overlay::candidatesForPain(pack(), "outer_knee");
  REQUIRE_FALSE(c.empty());
  CHECK(c[0].structure == "tensor_fasciae_latae");
  CHECK(c[0].condition == "it_band_syndrome");
}

TEST_CASE("a muscle leads back to the pain it is linked to") {
  auto tfl = overlay::painSitesForStructure(pack(), "tensor_fasciae_latae");
  CHECK(contains(tfl, "around_kneecap")); // runner's knee
  CHECK(contains(tfl, "outer_knee"));     // IT band syndrome
  CHECK(overlay::painSitesForStructure(pack(), "sacrum").empty());
}

TEST_CASE("surface points resolve from landmarks with offsets, or explicit points") {
  Scene s;
  s.landmarks.push_back({"patella_base", {0.1f, 0.5f, 0.08f}});
  content::SurfacePoint p;
  p.landmark = "patella_base";
  p.offset = {0.01f, -0.02f, 0.0f};
  auto r = overlay::resolvePoint(s, p);
  REQUIRE(r);
  CHECK(r->x == doctest::Approx(0.11f));
  CHECK(r->y == doctest::Approx(0.48f));
  p.landmark = "nowhere";
  CHECK_FALSE(overlay::resolvePoint(s, p));
  content::SurfacePoint q;
  q.structure = "femur";
  q.at = {1.0f, 2.0f, 3.0f};
  CHECK(overlay::resolvePoint(s, q)->z == 3.0f);
}

TEST_CASE("a condition's rolling paths: its routines' first, then those on its structures") {
  const content::Content& c = pack();
  auto ids = [&](const std::string& condition) {
    std::vector<std::string> out;
    for (int i : pathsForCondition(c, *c.condition(condition))) out.push_back(c.rollingPaths[static_cast<std::size_t>(i)].id);
    return out;
  };
  const auto knee = ids("runners_knee");
  REQUIRE_FALSE(knee.empty());
  CHECK(contains(knee, "roll_vastus_lateralis"));
  for (const std::string& id : knee) CHECK(std::count(knee.begin(), knee.end(), id) == 1);
  const auto itb = ids("it_band_syndrome");
  CHECK(contains(itb, "roll_tfl"));
}

TEST_CASE("a point on the model finds the pain site it lies in, the nearest in radii") {
  Scene s;
  s.landmarks.push_back({"patella_base", {0.0f, 0.5f, 0.0f}});
  s.landmarks.push_back({"patella_apex", {0.0f, 0.45f, 0.0f}});
  content::Content c;
  content::PainSite around;
  around.id = "around";
  around.at.landmark = "patella_base";
  around.radius = 0.04f;
  content::PainSite below = around;
  below.id = "below";
  below.at.landmark = "patella_apex";
  below.radius = 0.02f;
  c.painSites = {around, below};
  content::Condition knee;
  knee.painSites = {"around", "below"};
  const content::PainSite* hit = overlay::painSiteAt(s, c, knee, {0.0f, 0.52f, 0.02f});
  REQUIRE(hit);
  CHECK(hit->id == "around");
  hit = overlay::painSiteAt(s, c, knee, {0.0f, 0.445f, 0.0f}); // in both; nearer "below" in radii
  REQUIRE(hit);
  CHECK(hit->id == "below");
  CHECK(overlay::painSiteAt(s, c, knee, {0.0f, 0.8f, 0.0f}) == nullptr);
  knee.painSites = {"around"};
  hit = overlay::painSiteAt(s, c, knee, {0.0f, 0.45f, 0.0f});
  REQUIRE(hit);
  CHECK(hit->id == "around");
}
