#include "core/explore/search.h"

#include <algorithm>
#include <cctype>

namespace myo {
namespace {

std::string normalise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      out.push_back(static_cast<char>(std::tolower(u)));
    else if (!out.empty() && out.back() != ' ')
      out.push_back(' '); // '_', '-', '.', "'" all separate words
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// How well one query word matches one name word, 0 for not at all.
int wordScore(std::string_view q, std::string_view w) {
  if (q == w) return 100;
  if (w.starts_with(q)) return 80;
  if (w.find(q) != std::string_view::npos && q.size() >= 3) return 50;
  int allowed = q.size() <= 3 ? 0 : q.size() <= 6 ? 1 : 2;
  if (allowed == 0) return 0;
  // Compare with the word and with its prefix of the query's length, so a typo while typing counts.
  int d = editDistance(q, w);
  if (w.size() > q.size()) d = std::min(d, editDistance(q, w.substr(0, q.size())));
  return d <= allowed ? 40 - 10 * d : 0;
}

int nameScore(const std::string& query, const std::vector<std::string_view>& queryWords, const std::string& name) {
  if (name == query) return 1000;
  if (name.starts_with(query)) return 900 - static_cast<int>(std::min<std::size_t>(name.size() - query.size(), 99));
  std::vector<std::string_view> nameWords = words(name);
  int total = 0;
  for (std::string_view q : queryWords) {
    int best = 0;
    for (std::string_view w : nameWords) best = std::max(best, wordScore(q, w));
    if (best == 0) return 0; // every query word must find a match
    total += best;
  }
  // Scaled below the whole-name matches, and shorter names first among equals.
  int perWord = total / static_cast<int>(queryWords.size());
  return perWord * 8 - static_cast<int>(std::min<std::size_t>(nameWords.size(), 9));
}

} // namespace

int editDistance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

std::vector<SearchResult> searchStructures(std::span<const SearchEntry> entries, std::string_view query,
                                           std::size_t maxResults) {
  std::vector<SearchResult> results;
  std::string q = normalise(query);
  if (q.empty()) return results;
  std::vector<std::string_view> queryWords = words(q);
  for (std::size_t e = 0; e < entries.size(); ++e) {
    SearchResult best{e, 0, 0};
    for (std::size_t n = 0; n < entries[e].names.size(); ++n) {
      int s = nameScore(q, queryWords, normalise(entries[e].names[n]));
      if (s > best.score) best = {e, s, n};
    }
    int idScore = nameScore(q, queryWords, normalise(entries[e].id));
    if (idScore > best.score) best = {e, idScore, 0};
    if (best.score > 0) results.push_back(best);
  }
  std::stable_sort(results.begin(), results.end(), [](const SearchResult& a, const SearchResult& b) { return a.score > b.score; });
  if (results.size() > maxResults) results.resize(maxResults);
  return results;
}

} // namespace myo
