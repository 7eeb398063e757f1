#pragma once
// Finding a structure by what the user types: English name, Latin name or a synonym, with
// typos forgiven ("vastus lateralus", "quadricep", "IT band").
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace myo {

struct SearchEntry {
  std::string id;
  std::vector<std::string> names; ///< display name first, then Latin name and synonyms
};

struct SearchResult {
  std::size_t entry = 0; ///< index into the entries
  int score = 0;         ///< higher is better
  std::size_t name = 0;  ///< which of the entry's names matched best
};

/// Ranks entries for `query`: exact name, then prefix, then word prefix, then substring, then
/// near misses (edit distance 1 for short words, 2 for long ones). Every word of the query must
/// match a word of the name. Ties keep the entries' order. An empty query matches nothing.
[[nodiscard]] std::vector<SearchResult> searchStructures(std::span<const SearchEntry> entries, std::string_view query,
                                                         std::size_t maxResults = 20);

/// Optimal string alignment distance (Levenshtein with adjacent swaps), case-sensitive.
[[nodiscard]] int editDistance(std::string_view a, std::string_view b);

} // namespace myo
