// MyoMap (internal): reading YAML maps field by field while collecting
// positioned diagnostics, and noticing unknown and duplicate keys.
#pragma once

#include "core/content/content.h"
#include "core/content/diagnostic.h"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace myo::content::detail {

SourcePos posOf(const YAML::Mark& m);

/// Collects diagnostics, for one file at a time.
class Sink {
public:
  Sink(std::string file, std::vector<Diagnostic>& out) : m_file(std::move(file)), m_out(out) {}
  void error(const YAML::Mark& at, std::string message) { add(at, std::move(message), Severity::Error); }
  void warning(const YAML::Mark& at, std::string message) { add(at, std::move(message), Severity::Warning); }
  [[nodiscard]] const std::string& file() const { return m_file; }
  /// Later messages go to another file of the pack (an included one).
  void setFile(std::string file) { m_file = std::move(file); }
  /// The position of `at` in the current file.
  [[nodiscard]] SourcePos pos(const YAML::Mark& at) const {
    SourcePos p = posOf(at);
    p.file = m_file;
    return p;
  }

private:
  void add(const YAML::Mark& at, std::string message, Severity s);
  std::string m_file;
  std::vector<Diagnostic>& m_out;
};

/// A "did you mean 'x'?" suffix, or `otherwise` when nothing is close.
std::string suggest(std::string_view word, std::span<const std::string_view> candidates,
                    std::string_view otherwise);

template <class E> struct Choice {
  std::string_view name;
  E value;
};

/// One YAML map, checked against the keys it may hold. Constructing it reports
/// unknown and duplicate keys; each accessor reports a missing or malformed value.
class Fields {
public:
  /// With a `kind` ("stretch"), messages name the entry by its id when it has one,
  /// so even an unknown key above the id line says which entry it is in.
  Fields(Sink& sink, const YAML::Node& map, std::string what, std::span<const std::string_view> allowed,
         std::string_view kind = {});

  [[nodiscard]] bool isMap() const { return m_isMap; }
  [[nodiscard]] const std::string& what() const { return m_what; }
  [[nodiscard]] const YAML::Mark& mark() const { return m_mark; }
  /// Renames the entry in later messages, once its id is known.
  void setWhat(std::string what) { m_what = std::move(what); }

  [[nodiscard]] bool has(std::string_view key) const;
  /// The value node, or an undefined node when absent.
  [[nodiscard]] YAML::Node node(std::string_view key) const;
  /// Reports a missing key, with a hint of what to add.
  void missing(std::string_view key, std::string_view example) const;

  std::string text(std::string_view key, bool required);
  /// A list of strings; a single string is accepted as a list of one.
  std::vector<std::string> texts(std::string_view key, bool required);
  std::optional<double> number(std::string_view key, bool required, double min, double max,
                               std::string_view unit);
  std::optional<int> integer(std::string_view key, bool required, int min, int max);
  /// The entry's `id`: required and snake_case.
  std::string id();

  template <class E>
  std::optional<E> choice(std::string_view key, bool required, std::span<const Choice<E>> options) {
    std::vector<std::string_view> names;
    for (const auto& o : options) names.push_back(o.name);
    if (!has(key)) {
      if (required) missing(key, choiceList(names));
      return std::nullopt;
    }
    std::string word = text(key, required);
    if (word.empty()) return std::nullopt;
    for (const auto& o : options)
      if (o.name == word) return o.value;
    badChoice(key, word, names);
    return std::nullopt;
  }

  Sink& sink() { return m_sink; }

private:
  static std::string choiceList(std::span<const std::string_view> names);
  void badChoice(std::string_view key, std::string_view word, std::span<const std::string_view> names);
  Sink& m_sink;
  std::string m_what;
  YAML::Mark m_mark;
  bool m_isMap = false;
  std::vector<std::pair<std::string, YAML::Node>> m_entries;
};

/// Reads a scalar as a number; nullopt when it is not one (NaN and infinities are refused).
std::optional<double> parseNumber(const YAML::Node& n);
bool isSnakeCase(std::string_view s);
/// A number as people write it: 0.15, 30, -10 (no trailing zeros).
std::string formatNumber(double v);

} // namespace myo::content::detail
