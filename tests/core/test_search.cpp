#include "core/explore/search.h"

#include <doctest/doctest.h>

using namespace myo;

namespace {
const std::vector<SearchEntry> kEntries = {
    {"rectus_femoris", {"Rectus femoris", "Musculus rectus femoris", "quadriceps"}},
    {"vastus_lateralis", {"Vastus lateralis", "Musculus vastus lateralis", "outer quad"}},
    {"vastus_medialis", {"Vastus medialis", "Musculus vastus medialis", "inner quad"}},
    {"vastus_medialis_oblique", {"Vastus medialis oblique", "VMO", "teardrop muscle"}},
    {"iliotibial_band", {"Iliotibial band", "Tractus iliotibialis", "IT band", "ITB"}},
    {"tensor_fasciae_latae", {"Tensor fasciae latae", "Musculus tensor fasciae latae", "TFL"}},
    {"patella", {"Patella", "kneecap"}},
};
std::string top(std::string_view query) {
  auto r = searchStructures(kEntries, query);
  return r.empty() ? "" : kEntries[r.front().entry].id;
}
} // namespace

TEST_CASE("names, Latin names and synonyms all find their structure") {
  CHECK(top("Vastus lateralis") == "vastus_lateralis");
  CHECK(top("tractus iliotibialis") == "iliotibial_band");
  CHECK(top("kneecap") == "patella");
  CHECK(top("IT band") == "iliotibial_band");
  CHECK(top("vmo") == "vastus_medialis_oblique");
  CHECK(top("tfl") == "tensor_fasciae_latae");
}

TEST_CASE("typos and unfinished words are forgiven") {
  CHECK(top("vastus lateralus") == "vastus_lateralis");
  CHECK(top("iliotibal") == "iliotibial_band");
  CHECK(top("kneecpa") == "patella");
  CHECK(top("rectus fem") == "rectus_femoris");
  CHECK(top("quadricep") == "rectus_femoris");
}

TEST_CASE("ranking: exact before prefix before word match; every word must match") {
  auto r = searchStructures(kEntries, "vastus medialis");
  REQUIRE(r.size() >= 2);
  CHECK(kEntries[r[0].entry].id == "vastus_medialis");
  CHECK(kEntries[r[1].entry].id == "vastus_medialis_oblique");
  CHECK(searchStructures(kEntries, "vastus femur").empty());
  CHECK(searchStructures(kEntries, "").empty());
  CHECK(searchStructures(kEntries, "  _ ").empty());
  CHECK(searchStructures(kEntries, "xyz").empty());
  CHECK(searchStructures(kEntries, "vastus", 2).size() == 2);
}

TEST_CASE("edit distance counts swaps as one edit") {
  CHECK(editDistance("", "") == 0);
  CHECK(editDistance("abc", "abc") == 0);
  CHECK(editDistance("abc", "acb") == 1);
  CHECK(editDistance("kitten", "sitting") == 3);
  CHECK(editDistance("", "abc") == 3);
}
