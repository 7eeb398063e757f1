// Muscle lengths against what anatomy says must happen, on the bundled description.
#include "core/anatomy/anatomy.hpp"
#include "core/motion/kinematics.h"
#include "core/motion/skinning.h"
#include "core/motion/stretch_pose.h"

#include <doctest/doctest.h>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include <cmath>
#include <vector>
#include <glm/matrix.hpp>

#ifndef MYOMAP_SOURCE_DIR
#error "MYOMAP_SOURCE_DIR must point at the repository"
#endif

using namespace myo;
using motion::ClinicalAngles;

namespace {
const anatomy::Description& leg() {
  static const anatomy::Description d = anatomy::loadDescription(MYOMAP_SOURCE_DIR "/assets/anatomy/leg-right.yaml");
  return d;
}
double length(const char* muscle, ClinicalAngles a) {
  const anatomy::Muscle* m = leg().muscle(muscle);
  REQUIRE_MESSAGE(m != nullptr, muscle);
  return motion::muscleLength(leg(), *m, a);
}
double change(const char* muscle, ClinicalAngles a) { return length(muscle, a) / length(muscle, {}) - 1.0; }
} // namespace

// Standing, the knee's reference splines put the tibia within a few micrometres of the body
// origins the description lists, so lengths agree to 1e-5 (relative), not to the last bit.
TEST_CASE("standing lengths equal the description's default lengths") {
  for (const auto& m : leg().muscles) {
    double mean = 0.0;
    for (const auto& line : m.lines) mean += leg().defaultLength(line);
    mean /= static_cast<double>(m.lines.size());
    CHECK_MESSAGE(motion::muscleLength(leg(), m, {}) == doctest::Approx(mean).epsilon(1e-5), m.id);
  }
}

TEST_CASE("knee flexion lengthens rectus femoris and the vasti and shortens the hamstrings") {
  ClinicalAngles bent;
  bent.kneeFlexion = 90.0f;
  for (const char* m : {"rectus_femoris", "vastus_lateralis", "vastus_medialis", "vastus_intermedius"})
    CHECK_MESSAGE(change(m, bent) > 0.05, m);
  for (const char* m : {"semitendinosus", "semimembranosus", "biceps_femoris_long_head", "biceps_femoris_short_head"})
    CHECK_MESSAGE(change(m, bent) < -0.03, m);
}

TEST_CASE("hip flexion with a straight knee lengthens the hamstrings") {
  ClinicalAngles flexed;
  flexed.hipFlexion = 70.0f;
  for (const char* m : {"semitendinosus", "semimembranosus", "biceps_femoris_long_head"})
    CHECK_MESSAGE(change(m, flexed) > 0.05, m);
  CHECK(change("rectus_femoris", flexed) < 0.0); // it crosses the front of the hip
}

TEST_CASE("dorsiflexion lengthens gastrocnemius more with the knee straight, and soleus either way") {
  ClinicalAngles straight, bent;
  straight.ankleDorsiflexion = bent.ankleDorsiflexion = 15.0f;
  bent.kneeFlexion = 45.0f;
  for (const char* m : {"gastrocnemius_medial_head", "gastrocnemius_lateral_head"}) {
    CHECK_MESSAGE(change(m, straight) > 0.02, m);
    CHECK_MESSAGE(change(m, straight) > change(m, bent) + 0.02, m);
  }
  CHECK(change("soleus", straight) > 0.02);
  CHECK(change("soleus", bent) == doctest::Approx(change("soleus", straight)).epsilon(1e-9)); // soleus does not cross the knee
}

namespace {
// gait2392 numbers typed in from ../shared/reference (pelvis frame, metres), so the checks below
// do not read the description they check.
const glm::dvec3 kHipCentre(-0.0707, -0.0661, 0.0835); // joints-and-landmarks.csv, hip_r
glm::dvec3 rotateZ(double deg, const glm::dvec3& p) {
  const double a = glm::radians(deg);
  return {std::cos(a) * p.x - std::sin(a) * p.y, std::sin(a) * p.x + std::cos(a) * p.y, p.z};
}
double pathLength(const std::vector<glm::dvec3>& pts) {
  double sum = 0.0;
  for (std::size_t i = 1; i < pts.size(); ++i) sum += glm::distance(pts[i - 1], pts[i]);
  return sum;
}
} // namespace

TEST_CASE("the knee moves as the reference tables say") {
  // knee-kinematics.csv: the tibia origin in the femur frame and in the pelvis frame, and the
  // rectus femoris's moving insertion in the tibia frame, at four knee angles.
  struct Row {
    double knee, xf, yf, xp, yp, rx, ry;
  };
  const Row rows[] = {{0, -0.004500, -0.395821, -0.075200, -0.461921, 0.061758, 0.020984},
                      {-45, 0.002729, -0.401879, -0.067971, -0.467979, 0.040777, 0.024421},
                      {-90, 0.003259, -0.413992, -0.067441, -0.480092, 0.027508, 0.025114},
                      {-120, -0.003200, -0.422600, -0.073900, -0.488700, 0.015581, 0.023412}};
  for (const Row& r : rows) {
    ClinicalAngles a;
    a.kneeFlexion = static_cast<float>(-r.knee); // negative knee_angle_r is flexion
    const auto poses = motion::solvePose(leg(), motion::toModelCoordinates(a));
    const glm::dmat4 femur = poses.pelvisFromBody.at("femur_r"), tibia = poses.pelvisFromBody.at("tibia_r");
    const glm::dvec3 inFemur(glm::inverse(femur) * tibia[3]);
    CAPTURE(r.knee);
    // The table has six decimals: agreement to a micrometre is the spline matching SimmSpline.
    CHECK(std::abs(inFemur.x - r.xf) < 1e-6);
    CHECK(std::abs(inFemur.y - r.yf) < 1e-6);
    CHECK(std::abs(tibia[3].x - r.xp) < 1e-6);
    CHECK(std::abs(tibia[3].y - r.yp) < 1e-6);
    // Flexion turns the tibia about +z by knee_angle_r: its long axis swings back (-x).
    const glm::dvec3 down(tibia * glm::dvec4(0.0, -1.0, 0.0, 0.0));
    CHECK(down.x == doctest::Approx(-std::sin(glm::radians(-r.knee))).epsilon(1e-9));
    const glm::dvec3 insertion = leg().movingPoints.eval("rect_fem_r", r.knee);
    CHECK(std::abs(insertion.x - r.rx) < 1e-6);
    CHECK(std::abs(insertion.y - r.ry) < 1e-6);
  }
}

TEST_CASE("lengths computed by hand from the reference geometry") {
  SUBCASE("rectus femoris, knee bent 90 degrees") {
    // lower-limb-muscle-paths.csv: origin on the pelvis; a femur point active from -150 to
    // -83.7 degrees; the moving insertion (knee-kinematics.csv at -90) in the tibia frame.
    const glm::dvec3 origin(-0.0295, -0.0311, 0.0968);
    const glm::dvec3 overCondyles = kHipCentre + glm::dvec3(0.0334, -0.403, 0.0019);
    const glm::dvec3 tibiaOrigin = kHipCentre + glm::dvec3(0.003259, -0.413992, 0.0);
    const glm::dvec3 insertion = tibiaOrigin + rotateZ(-90.0, glm::dvec3(0.027508, 0.025114, 0.0014));
    const double byHand = pathLength({origin, overCondyles, insertion});
    ClinicalAngles bent;
    bent.kneeFlexion = 90.0f;
    CHECK(std::abs(length("rectus_femoris", bent) - byHand) < 1e-5);
  }
  SUBCASE("semitendinosus, hip flexed 70 degrees, knee straight") {
    // Its origin on the pelvis and four tibia points; the first is active from -19 to +10
    // degrees of knee angle, so straight. The femur and tibia turn 70 degrees about the hip.
    const glm::dvec3 tibiaInFemur(-0.0045, -0.395821, 0.0);
    std::vector<glm::dvec3> pts{{-0.12635, -0.10988, 0.06039}};
    for (const glm::dvec3 p : {glm::dvec3(-0.04203, -0.02859, -0.02277), glm::dvec3(-0.03322, -0.05282, -0.02288),
                               glm::dvec3(-0.0113, -0.0746, -0.0245), glm::dvec3(0.0027, -0.0956, -0.0193)})
      pts.push_back(kHipCentre + rotateZ(70.0, tibiaInFemur + p));
    ClinicalAngles flexed;
    flexed.hipFlexion = 70.0f;
    CHECK(std::abs(length("semitendinosus", flexed) - pathLength(pts)) < 1e-5);
    // Standing it is longer than straight-line pelvis to shin: the path bends around the knee.
    CHECK(length("semitendinosus", flexed) > length("semitendinosus", {}) * 1.05);
  }
}

TEST_CASE("a pose beyond the reference model's range is posed at its end") {
  ClinicalAngles deep, limit;
  deep.kneeFlexion = 135.0f;
  limit.kneeFlexion = 120.0f;
  CHECK(leg().clampCoordinate("knee_angle_r", -135.0) == -120.0);
  CHECK(leg().clampCoordinate("knee_angle_r", -60.0) == -60.0);
  CHECK(leg().clampCoordinate("no_such_coordinate", 500.0) == 500.0);
  CHECK(length("rectus_femoris", deep) == length("rectus_femoris", limit));
  const auto a = motion::solvePose(leg(), motion::toModelCoordinates(deep));
  const auto b = motion::solvePose(leg(), motion::toModelCoordinates(limit));
  CHECK(a.pelvisFromBody.at("tibia_r") == b.pelvisFromBody.at("tibia_r"));
}

TEST_CASE("a stretch reaches a tendon through the muscle in series that it lengthens most") {
  CHECK(leg().lengthMuscles("soleus").size() == 1);
  const auto achilles = leg().lengthMuscles("achilles_tendon");
  REQUIRE(achilles.size() == 3);
  CHECK(leg().lengthMuscles("iliotibial_band").size() == 1);
  CHECK(leg().lengthMuscles("femur").empty());
  // Bent knee: the gastrocnemius slackens, so the soleus carries the stretch to the tendon.
  ClinicalAngles bentKnee;
  bentKnee.ankleDorsiflexion = 25.0f;
  bentKnee.kneeFlexion = 25.0f;
  CHECK(leg().muscles[motion::mostLengthened(leg(), achilles, bentKnee)].id == "soleus");
  // Knee bent 90 degrees, ankle still: the gastrocnemius slackens and nothing lengthens but
  // the soleus does not shorten either, so the least shortened is still chosen.
  ClinicalAngles kneeOnly;
  kneeOnly.kneeFlexion = 90.0f;
  CHECK(leg().muscles[motion::mostLengthened(leg(), achilles, kneeOnly)].id == "soleus");
  CHECK(motion::mostLengthened(leg(), {}, bentKnee) == leg().muscles.size());
}

TEST_CASE("pose sampling: keyframes exactly, eased between, held outside") {
  content::Stretch s;
  content::Keyframe a, b;
  a.t = 0.0f;
  b.t = 4.0f;
  b.angle[static_cast<std::size_t>(content::Joint::KneeFlexion)] = 120.0f;
  s.keyframes = {a, b};
  CHECK(motion::samplePose(s, -1.0f).kneeFlexion == 0.0f);
  CHECK(motion::samplePose(s, 0.0f).kneeFlexion == 0.0f);
  CHECK(motion::samplePose(s, 2.0f).kneeFlexion == doctest::Approx(60.0f));
  CHECK(motion::samplePose(s, 1.0f).kneeFlexion < 30.0f); // eased: slow at the start
  CHECK(motion::samplePose(s, 4.0f).kneeFlexion == 120.0f);
  CHECK(motion::samplePose(s, 9.0f).kneeFlexion == 120.0f);
  CHECK(motion::holdPose(s).kneeFlexion == 120.0f);
}

TEST_CASE("a repetition goes in, holds, and comes back out the same way") {
  content::Stretch s;
  content::Keyframe a, b;
  b.t = 2.0f;
  b.angle[static_cast<std::size_t>(content::Joint::HipFlexion)] = 80.0f;
  s.keyframes = {a, b};
  s.holdS = 10.0f;
  auto r = motion::repetitionTiming(s);
  CHECK(r.totalS() == 14.0f);
  CHECK(motion::repetitionPose(s, 1.0f).hipFlexion == doctest::Approx(40.0f));
  CHECK(motion::repetitionPose(s, 7.0f).hipFlexion == 80.0f);
  CHECK(motion::repetitionPose(s, 13.0f).hipFlexion == doctest::Approx(40.0f));
  CHECK(motion::repetitionPose(s, 20.0f).hipFlexion == 0.0f);
}

TEST_CASE("the skinning palette is the identity standing and moves the shin with the knee") {
  const std::vector<std::string> joints{"pelvis", "femur_r", "tibia_r", "nonsense"};
  motion::SkinningPalette palette;
  motion::computePalette(leg(), motion::solvePose(leg(), motion::toModelCoordinates({})), joints, palette);
  for (const auto& m : palette)
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) CHECK(m[c][r] == doctest::Approx(c == r ? 1.0f : 0.0f).epsilon(1e-4));
  ClinicalAngles bent;
  bent.kneeFlexion = 90.0f;
  motion::computePalette(leg(), motion::solvePose(leg(), motion::toModelCoordinates(bent)), joints, palette);
  // The ankle, on the tibia, swings back (-x) and up with a 90 degree knee bend.
  glm::vec3 ankle(leg().toModel("talus_r", glm::dvec3(0.0)));
  glm::vec3 moved(palette[2] * glm::vec4(ankle, 1.0f));
  CHECK(moved.x < ankle.x - 0.3f);
  CHECK(moved.y > ankle.y + 0.3f);
  CHECK(palette[0] == glm::mat4(1.0f)); // the pelvis stays put
}

TEST_CASE("a belly joint carries the chord from origin to insertion and keeps the belly's volume") {
  const anatomy::Muscle* pect = leg().muscle("pectineus");
  REQUIRE(pect);
  const anatomy::ChordJoint* chord = leg().chordJointOf("pectineus");
  REQUIRE(chord);
  CHECK(chord->id == "pectineus_belly");
  const auto& o = pect->lines.front().points.front();
  const auto& i = pect->lines.front().points.back();
  CHECK(chord->from.body == o.body);
  CHECK(chord->to.at == i.at);
  const auto standing = motion::solvePose(leg(), motion::toModelCoordinates({}));
  const glm::dmat4 still = motion::chordTransform(leg(), *chord, standing);
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r) CHECK(still[c][r] == doctest::Approx(c == r ? 1.0 : 0.0).epsilon(1e-9));
  for (float flexion : {30.0f, 70.0f, 110.0f}) {
    ClinicalAngles bent;
    bent.hipFlexion = flexion;
    const auto poses = motion::solvePose(leg(), motion::toModelCoordinates(bent));
    const glm::dmat4 m = motion::chordTransform(leg(), *chord, poses);
    // Both ends of the standing chord land on the posed origin and insertion.
    const glm::dvec3 origin(m * glm::dvec4(leg().toPelvis(o.body, o.at), 1.0));
    const glm::dvec3 insertion(m * glm::dvec4(leg().toPelvis(i.body, i.at), 1.0));
    CHECK(glm::length(origin - poses.toPelvis(o.body, o.at)) < 1e-9);
    CHECK(glm::length(insertion - poses.toPelvis(i.body, i.at)) < 1e-9);
    // The pectineus shortens as the hip flexes; the joint thickens it as much (volume x1).
    const double shortening = glm::length(insertion - origin) / leg().defaultLength(pect->lines.front());
    CHECK(shortening < 1.0);
    CHECK(glm::determinant(glm::dmat3(m)) == doctest::Approx(1.0).epsilon(1e-6));
  }
  // In the palette, the belly joint is found by its name.
  const std::vector<std::string> joints{"pelvis", "femur_r", "pectineus_belly"};
  ClinicalAngles bent;
  bent.hipFlexion = 90.0f;
  motion::SkinningPalette palette;
  const auto poses = motion::solvePose(leg(), motion::toModelCoordinates(bent));
  motion::computePalette(leg(), poses, joints, palette);
  const glm::dvec3 insertion = leg().toModel(i.body, i.at);
  const glm::dvec3 lifted = poses.toPelvis(i.body, i.at) + glm::dvec3(0.0, leg().floorOffset, 0.0);
  CHECK(glm::length(glm::dvec3(palette[2] * glm::vec4(glm::vec3(insertion), 1.0f)) - lifted) < 1e-5);
}

TEST_CASE("the patella follows the knee: it slides down and back as the knee bends") {
  ClinicalAngles bent;
  bent.kneeFlexion = 90.0f;
  auto standing = motion::solvePose(leg(), motion::toModelCoordinates({}));
  auto flexed = motion::solvePose(leg(), motion::toModelCoordinates(bent));
  // In the tibia's frame the patella moves: it is not glued to the shin.
  glm::dmat4 tibiaToPatellaStanding = glm::inverse(standing.pelvisFromBody.at("tibia_r")) * standing.pelvisFromBody.at("patella_r");
  glm::dmat4 tibiaToPatellaFlexed = glm::inverse(flexed.pelvisFromBody.at("tibia_r")) * flexed.pelvisFromBody.at("patella_r");
  glm::dvec3 moved = glm::dvec3(tibiaToPatellaFlexed[3]) - glm::dvec3(tibiaToPatellaStanding[3]);
  CHECK(glm::length(moved) > 0.01);
  // And it stays in front of the knee: anterior of the femur's axis after flexion.
  glm::dvec3 patella = flexed.toPelvis("patella_r", glm::dvec3(0.0));
  glm::dvec3 knee = flexed.toPelvis("tibia_r", glm::dvec3(0.0));
  CHECK(patella.x > knee.x);
}
