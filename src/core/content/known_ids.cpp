// MyoMap: tables of the model's ids and joint ranges.
#include "core/content/known_ids.h"

#include <algorithm>
#include <array>
#include <vector>

namespace myo::content {
namespace {

using namespace std::string_view_literals;

constexpr std::array kStructures = {
    // bones
    "hip_bone"sv, "sacrum"sv, "femur"sv, "patella"sv, "tibia"sv, "fibula"sv, "talus"sv, "calcaneus"sv,
    "foot_bones"sv,
    // quadriceps
    "rectus_femoris"sv, "vastus_lateralis"sv, "vastus_medialis"sv, "vastus_medialis_oblique"sv,
    "vastus_intermedius"sv,
    // hamstrings
    "biceps_femoris_long_head"sv, "biceps_femoris_short_head"sv, "semitendinosus"sv, "semimembranosus"sv,
    // calves
    "gastrocnemius_medial_head"sv, "gastrocnemius_lateral_head"sv, "soleus"sv,
    // deep back of the leg, under the soleus
    "tibialis_posterior"sv, "flexor_digitorum_longus"sv, "flexor_hallucis_longus"sv,
    // shin: the front and outer side of the leg
    "tibialis_anterior"sv, "extensor_digitorum_longus"sv, "extensor_hallucis_longus"sv, "fibularis_longus"sv,
    "fibularis_brevis"sv,
    // adductors
    "adductor_longus"sv, "adductor_brevis"sv, "adductor_magnus"sv, "gracilis"sv, "pectineus"sv,
    // hip
    "tensor_fasciae_latae"sv, "gluteus_maximus"sv, "gluteus_medius"sv, "gluteus_minimus"sv, "iliopsoas"sv,
    "sartorius"sv,
    // the small hip rotators behind the hip joint
    "piriformis"sv, "gemelli"sv, "quadratus_femoris"sv,
    // connective tissue
    "iliotibial_band"sv, "quadriceps_tendon"sv, "patellar_tendon"sv, "achilles_tendon"sv,
    "lateral_retinaculum"sv, "medial_retinaculum"sv, "infrapatellar_fat_pad"sv,
    // inside and beside the knee joint
    "medial_collateral_ligament"sv, "lateral_collateral_ligament"sv, "anterior_cruciate_ligament"sv,
    "posterior_cruciate_ligament"sv, "medial_meniscus"sv, "lateral_meniscus"sv, "knee_capsule"sv,
    // articular cartilage
    "femoral_cartilage"sv, "tibial_cartilage"sv, "patellar_cartilage"sv,
    // the ankle's retinacula
    "superior_extensor_retinaculum"sv, "inferior_extensor_retinaculum"sv, "flexor_retinaculum"sv,
    "superior_fibular_retinaculum"sv,
    // skin
    "skin"sv};

constexpr std::array kLandmarks = {
    "asis"sv, "psis"sv, "iliac_crest"sv, "pubic_tubercle"sv, "ischial_tuberosity"sv, "greater_trochanter"sv,
    "lesser_trochanter"sv, "lateral_epicondyle"sv, "medial_epicondyle"sv, "adductor_tubercle"sv,
    "patella_base"sv, "patella_apex"sv, "tibial_tuberosity"sv, "gerdys_tubercle"sv, "fibular_head"sv,
    "medial_tibial_condyle"sv, "lateral_tibial_condyle"sv, "medial_malleolus"sv, "lateral_malleolus"sv,
    "calcaneal_tuberosity"sv, "first_metatarsal_head"sv, "fifth_metatarsal_head"sv};

constexpr std::array kGroups = {"bone"sv,       "quadriceps"sv, "hamstrings"sv, "calves"sv, "shin"sv, "adductors"sv,
                                "hip"sv,        "connective"sv, "skin"sv};

constexpr std::array kRanges = {
    JointRange{Joint::HipFlexion, "hip_flexion", "the hip's", -30, 140},
    JointRange{Joint::HipAbduction, "hip_abduction", "the hip's", -45, 50},
    JointRange{Joint::HipRotation, "hip_rotation", "the hip's", -45, 45},
    JointRange{Joint::KneeFlexion, "knee_flexion", "the knee's", 0, 150},
    JointRange{Joint::AnkleDorsiflexion, "ankle_dorsiflexion", "the ankle's", -50, 30},
};

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

} // namespace

std::span<const std::string_view> knownStructureIds() { return kStructures; }
std::span<const std::string_view> knownLandmarkIds() { return kLandmarks; }
std::span<const std::string_view> knownGroups() { return kGroups; }
std::span<const JointRange> jointRanges() { return kRanges; }

bool isKnownStructure(std::string_view id) {
  return std::find(kStructures.begin(), kStructures.end(), id) != kStructures.end();
}
bool isKnownLandmark(std::string_view id) {
  return std::find(kLandmarks.begin(), kLandmarks.end(), id) != kLandmarks.end();
}

bool isKnownGroup(std::string_view group) {
  return std::find(kGroups.begin(), kGroups.end(), group) != kGroups.end();
}

std::string_view closestMatch(std::string_view word, std::span<const std::string_view> candidates) {
  std::string_view best;
  std::size_t bestDist = static_cast<std::size_t>(-1);
  for (auto c : candidates) {
    std::size_t d = editDistance(word, c);
    if (d < bestDist) bestDist = d, best = c;
  }
  // A third of the word's length catches typos without suggesting unrelated ids.
  std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  return bestDist <= limit ? best : std::string_view{};
}

} // namespace myo::content
