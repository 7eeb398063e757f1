// The description file: it loads, has every required landmark and muscle,
// and its path points match the gait2392 reference data where it is present.
#include <doctest/doctest.h>

#include "core/anatomy/anatomy.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using myo::anatomy::Description;

namespace {
const Description& desc() {
  static const Description d = myo::anatomy::loadDescription(std::string(MYOMAP_SOURCE_DIR) + "/assets/anatomy/leg-right.yaml");
  return d;
}
}  // namespace

TEST_CASE("description: required landmarks and muscles") {
  const auto& d = desc();
  for (const char* id : {"asis", "psis", "iliac_crest", "pubic_tubercle", "ischial_tuberosity", "greater_trochanter", "lesser_trochanter",
                         "lateral_epicondyle", "medial_epicondyle", "adductor_tubercle", "patella_base", "patella_apex", "tibial_tuberosity",
                         "gerdys_tubercle", "fibular_head", "medial_tibial_condyle", "lateral_tibial_condyle", "medial_malleolus",
                         "lateral_malleolus", "calcaneal_tuberosity", "first_metatarsal_head", "fifth_metatarsal_head"})
    CHECK_MESSAGE(d.landmark(id) != nullptr, id);
  CHECK(d.muscles.size() == 34);
  for (const auto& m : d.muscles) {
    CHECK_MESSAGE(!m.lines.empty(), m.id);
    CHECK_MESSAGE(m.targetVolumeCm3 > 0.0, m.id);
  }
  CHECK(d.floorOffset == doctest::Approx(0.95));
}

TEST_CASE("description: volume targets follow the Handsfield regression at the subject's height and mass") {
  const auto& d = desc();
  const double hm = d.heightM * d.massKg;
  // Slope and intercept from Handsfield 2014 (muscle-volume-regression.csv).
  CHECK(d.muscle("vastus_lateralis")->targetVolumeCm3 == doctest::Approx(5.89 * hm + 102).epsilon(0.002));
  CHECK(d.muscle("gluteus_maximus")->targetVolumeCm3 == doctest::Approx(6.01 * hm + 105).epsilon(0.002));
  const double vm = d.muscle("vastus_medialis")->targetVolumeCm3 + d.muscle("vastus_medialis_oblique")->targetVolumeCm3;
  CHECK(vm == doctest::Approx(3.03 * hm + 57.6).epsilon(0.002));
}

TEST_CASE("description: path points equal the gait2392 reference") {
  // The second file holds the actuators outside the first list (the shin muscles among them):
  // only the rows of muscles the description carries are compared.
  const std::filesystem::path dir = std::filesystem::path(MYOMAP_SOURCE_DIR) / ".." / "shared" / "reference";
  if (!std::filesystem::exists(dir / "lower-limb-muscle-paths.csv")) {
    MESSAGE("reference data not found; skipped");
    return;
  }
  int compared = 0, rows = 0;
  for (const char* file : {"lower-limb-muscle-paths.csv", "lower-limb-muscle-paths-other.csv"}) {
    const bool every = std::string(file) == "lower-limb-muscle-paths.csv";
    std::ifstream in(dir / file);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      std::vector<std::string> f;
      std::stringstream ss(line);
      std::string cell;
      while (std::getline(ss, cell, ',')) f.push_back(cell);
      const std::string name = f[0];
      const int index = std::stoi(f[1]);
      bool carried = false;
      for (const auto& m : desc().muscles)
        for (const auto& l : m.lines)
          if (l.opensim == name) {
            carried = true;
            REQUIRE(index <= static_cast<int>(l.points.size()));
            const auto& p = l.points[index - 1];
            CHECK(p.body == f[2]);
            CHECK(p.at.x == doctest::Approx(std::stod(f[3])).epsilon(1e-6));
            CHECK(p.at.y == doctest::Approx(std::stod(f[4])).epsilon(1e-6));
            CHECK(p.at.z == doctest::Approx(std::stod(f[5])).epsilon(1e-6));
            ++compared;
          }
      rows += every || carried ? 1 : 0;
    }
  }
  MESSAGE(compared << " path points compared");
  CHECK(compared == rows);
}

TEST_CASE("description: moving points and knee spline") {
  const auto& d = desc();
  const auto p = d.movingPoints.eval("rect_fem_r", 0.0);
  CHECK(p.x == doctest::Approx(0.061758).epsilon(1e-4));
  const auto* knee = d.joint("knee_r");
  REQUIRE(knee);
  // Evaluated tibia origin at 0 deg in the reference README: y = -0.3958.
  CHECK(knee->translationY.eval(0.0) == doctest::Approx(-0.3958).epsilon(2e-3));
  const auto* st = d.muscle("semitendinosus");
  // The conditional via point is active at 0 deg and not at -60 deg.
  CHECK(d.activePoints(st->lines[0], {}).size() == 5);
  CHECK(d.activePoints(st->lines[0], {{"knee_angle_r", -60.0}}).size() == 4);
  CHECK(d.defaultLength(st->lines[0]) > 0.3);
}
