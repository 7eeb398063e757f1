// MyoMap: field-by-field YAML reading with positioned diagnostics.
#include "core/content/yaml_fields.h"

#include "core/content/known_ids.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace myo::content::detail {

SourcePos posOf(const YAML::Mark& m) {
  // yaml-cpp counts from 0 and uses -1 for "no position".
  if (m.is_null() || m.line < 0) return {};
  return {{}, m.line + 1, m.column + 1};
}

void Sink::add(const YAML::Mark& at, std::string message, Severity s) {
  SourcePos p = posOf(at);
  m_out.push_back(Diagnostic{m_file, p.line, p.column, std::move(message), s});
}

std::string suggest(std::string_view word, std::span<const std::string_view> candidates,
                    std::string_view otherwise) {
  std::string_view best = closestMatch(word, candidates);
  if (!best.empty()) return "did you mean '" + std::string(best) + "'?";
  return std::string(otherwise);
}

std::optional<double> parseNumber(const YAML::Node& n) {
  if (!n.IsScalar()) return std::nullopt;
  const std::string& s = n.Scalar();
  double v = 0;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  if (first != last && *first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, last, v);
  if (ec != std::errc() || ptr != last || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool isSnakeCase(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return s.back() != '_';
}

namespace {
std::string join(std::span<const std::string_view> words) {
  std::string out;
  for (auto w : words) out += (out.empty() ? "" : ", ") + std::string(w);
  return out;
}
} // namespace

std::string formatNumber(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

Fields::Fields(Sink& sink, const YAML::Node& map, std::string what, std::span<const std::string_view> allowed,
               std::string_view kind)
    : m_sink(sink), m_what(std::move(what)), m_mark(map.Mark()) {
  if (!map.IsMap()) {
    m_sink.error(m_mark, m_what + ": expected a map of 'key: value' lines here");
    return;
  }
  m_isMap = true;
  if (!kind.empty()) {
    for (const auto& kv : map)
      if (kv.first.IsScalar() && kv.first.Scalar() == "id" && kv.second.IsScalar() &&
          isSnakeCase(kv.second.Scalar())) {
        m_what = std::string(kind) + " '" + kv.second.Scalar() + "'";
        break;
      }
  }
  for (const auto& kv : map) {
    const YAML::Node& key = kv.first;
    if (!key.IsScalar()) {
      m_sink.error(key.Mark(), m_what + ": a key must be a plain word");
      continue;
    }
    const std::string& name = key.Scalar();
    bool known = false;
    for (auto a : allowed) known = known || a == name;
    if (!known) {
      m_sink.error(key.Mark(), m_what + ": unknown key '" + name + "'; " +
                                   suggest(name, allowed, "allowed keys: " + join(allowed)));
      continue;
    }
    bool dup = false;
    for (const auto& e : m_entries) {
      if (e.first == name) {
        m_sink.error(key.Mark(), m_what + ": key '" + name + "' appears twice (first on line " +
                                     std::to_string(posOf(e.second.Mark()).line) + "); keep one");
        dup = true;
      }
    }
    if (!dup) m_entries.emplace_back(name, kv.second);
  }
}

bool Fields::has(std::string_view key) const {
  for (const auto& e : m_entries)
    if (e.first == key) return true;
  return false;
}

YAML::Node Fields::node(std::string_view key) const {
  for (const auto& e : m_entries)
    if (e.first == key) return e.second;
  return YAML::Node(YAML::NodeType::Undefined);
}

void Fields::missing(std::string_view key, std::string_view example) const {
  m_sink.error(m_mark, m_what + ": missing '" + std::string(key) + "'; add '" + std::string(key) + ": " +
                           std::string(example) + "'");
}

std::string Fields::text(std::string_view key, bool required) {
  YAML::Node n = node(key);
  if (!n.IsDefined()) {
    if (required) missing(key, "...");
    return {};
  }
  if (!n.IsScalar() || n.Scalar().empty()) {
    m_sink.error(n.Mark(), m_what + ": '" + std::string(key) + "' must be a piece of text");
    return {};
  }
  return n.Scalar();
}

std::vector<std::string> Fields::texts(std::string_view key, bool required) {
  std::vector<std::string> out;
  YAML::Node n = node(key);
  if (!n.IsDefined()) {
    if (required) missing(key, "[...]");
    return out;
  }
  if (n.IsScalar() && !n.Scalar().empty()) {
    out.push_back(n.Scalar());
    return out;
  }
  if (!n.IsSequence()) {
    m_sink.error(n.Mark(), m_what + ": '" + std::string(key) + "' must be a list of text, like [a, b]");
    return out;
  }
  for (std::size_t i = 0; i < n.size(); ++i) {
    const YAML::Node item = n[i];
    if (!item.IsScalar() || item.Scalar().empty()) {
      m_sink.error(item.Mark(), m_what + ": " + std::string(key) + " item " + std::to_string(i + 1) +
                                    " must be a piece of text");
      continue;
    }
    out.push_back(item.Scalar());
  }
  if (required && out.empty() && n.size() == 0)
    m_sink.error(n.Mark(), m_what + ": '" + std::string(key) + "' must not be empty");
  return out;
}

std::optional<double> Fields::number(std::string_view key, bool required, double min, double max,
                                     std::string_view unit) {
  YAML::Node n = node(key);
  std::string range = formatNumber(min) + ".." + formatNumber(max);
  if (!n.IsDefined()) {
    if (required) missing(key, "<" + range + (unit.empty() ? "" : " " + std::string(unit)) + ">");
    return std::nullopt;
  }
  auto v = parseNumber(n);
  if (!v) {
    m_sink.error(n.Mark(), m_what + ": '" + std::string(key) + "' must be a number" +
                               (unit.empty() ? "" : " in " + std::string(unit)));
    return std::nullopt;
  }
  if (*v < min || *v > max) {
    m_sink.error(n.Mark(), m_what + ": " + std::string(key) + " " + n.Scalar() + " is outside " + range +
                               (unit.empty() ? "" : " " + std::string(unit)));
    return std::nullopt;
  }
  return v;
}

std::optional<int> Fields::integer(std::string_view key, bool required, int min, int max) {
  YAML::Node n = node(key);
  if (!n.IsDefined()) {
    if (required) missing(key, "<" + std::to_string(min) + ".." + std::to_string(max) + ">");
    return std::nullopt;
  }
  auto v = parseNumber(n);
  if (!v || *v != std::floor(*v)) {
    m_sink.error(n.Mark(), m_what + ": '" + std::string(key) + "' must be a whole number");
    return std::nullopt;
  }
  if (*v < min || *v > max) {
    m_sink.error(n.Mark(), m_what + ": " + std::string(key) + " " + n.Scalar() + " is outside " +
                               std::to_string(min) + ".." + std::to_string(max));
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

std::string Fields::id() {
  std::string s = text("id", true);
  if (!s.empty() && !isSnakeCase(s)) {
    m_sink.error(node("id").Mark(), m_what + ": id '" + s +
                                        "' must be snake_case (lower-case letters, digits and '_')");
    return {};
  }
  return s;
}

std::string Fields::choiceList(std::span<const std::string_view> names) {
  std::string out;
  for (auto n : names) out += (out.empty() ? "" : "|") + std::string(n);
  return out;
}

void Fields::badChoice(std::string_view key, std::string_view word, std::span<const std::string_view> names) {
  m_sink.error(node(key).Mark(), m_what + ": " + std::string(key) + " '" + std::string(word) +
                                     "' is not one of " + join(names) +
                                     [&] {
                                       auto best = closestMatch(word, names);
                                       return best.empty() ? std::string()
                                                           : "; did you mean '" + std::string(best) + "'?";
                                     }());
}

} // namespace myo::content::detail
