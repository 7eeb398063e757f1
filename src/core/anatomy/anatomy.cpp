#include "core/anatomy/anatomy.hpp"

#include <array>

#include <yaml-cpp/yaml.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <stdexcept>

namespace myo::anatomy {
namespace {

glm::dvec3 vec3(const YAML::Node& n) {
  if (!n || !n.IsSequence() || n.size() != 3) throw std::runtime_error("expected [x, y, z]");
  return {n[0].as<double>(), n[1].as<double>(), n[2].as<double>()};
}

glm::dvec2 vec2(const YAML::Node& n) {
  if (!n || !n.IsSequence() || n.size() != 2) throw std::runtime_error("expected [a, b]");
  return {n[0].as<double>(), n[1].as<double>()};
}

std::vector<double> doubles(const YAML::Node& n) {
  std::vector<double> v;
  for (const auto& e : n) v.push_back(e.as<double>());
  return v;
}

std::string str(const YAML::Node& n, const char* key) {
  const auto v = n[key];
  if (!v) throw std::runtime_error(std::string("missing key '") + key + "'");
  return v.as<std::string>();
}

Spline spline(const YAML::Node& n) {
  Spline s;
  if (!n) return s;
  s.knots = doubles(n["knots"]);
  s.values = doubles(n["values"]);
  if (s.knots.size() != s.values.size() || s.knots.size() < 2) throw std::runtime_error("bad spline");
  return s;
}

PathPoint pathPoint(const YAML::Node& n) {
  PathPoint p;
  p.body = str(n, "body");
  p.at = vec3(n["at"]);
  if (n["active"]) p.active = ActiveRange{str(n["active"], "coordinate"), vec2(n["active"]["range_deg"])};
  if (n["moving"]) p.moving = n["moving"].as<std::string>();
  return p;
}

template <class T>
const T* findById(const std::vector<T>& v, const std::string& id) {
  const auto it = std::find_if(v.begin(), v.end(), [&](const T& e) { return e.id == id; });
  return it == v.end() ? nullptr : &*it;
}

}  // namespace

double Spline::eval(double x) const {
  // A cubic spline through the knots, solved for its second derivatives m (tridiagonal). Its end
  // conditions are those of OpenSim's SimmSpline (Forsythe, Malcolm & Moler 1977): at each end
  // the third derivative equals that of the cubic through the four end knots. A natural spline
  // (m = 0 at the ends) put the gait2392 tibia 0.18 mm off the reference table at 90 degrees.
  // Outside the knots it continues linearly.
  const std::size_t n = knots.size();
  if (n == 0) return 0.0;
  if (n == 1) return values[0];
  // Called every frame while a stretch plays: short tables (the knee's have 12 knots) are solved
  // on the stack, so the frame loop does not allocate.
  constexpr std::size_t kStack = 32;
  std::array<double, 4 * kStack> stack{};
  std::vector<double> heap(n > kStack ? 4 * n : 0, 0.0);
  double* m = n > kStack ? heap.data() : stack.data();
  double* diag = m + n;  // the system's diagonal, then its eliminated form
  double* upper = diag + n;
  double* rhs = upper + n;
  auto secant = [&](std::size_t i) { return (values[i + 1] - values[i]) / (knots[i + 1] - knots[i]); };
  // Third divided difference over knots i..i+3: a sixth of that cubic's third derivative.
  auto third = [&](std::size_t i) {
    const double d01 = (secant(i + 1) - secant(i)) / (knots[i + 2] - knots[i]);
    const double d12 = (secant(i + 2) - secant(i + 1)) / (knots[i + 3] - knots[i + 1]);
    return (d12 - d01) / (knots[i + 3] - knots[i]);
  };
  const bool fmm = n >= 4;
  // Row 0: natural (m0 = 0), or m0 - m1 = -6 h0 f[x0..x3].
  diag[0] = 1.0;
  upper[0] = fmm ? -1.0 : 0.0;
  rhs[0] = fmm ? -6.0 * (knots[1] - knots[0]) * third(0) : 0.0;
  for (std::size_t i = 1; i + 1 < n; ++i) {
    const double h0 = knots[i] - knots[i - 1], h1 = knots[i + 1] - knots[i];
    // Forward elimination as the rows come: the row's lower entry is h0.
    const double w = h0 / diag[i - 1];
    diag[i] = 2.0 * (h0 + h1) - w * upper[i - 1];
    upper[i] = h1;
    rhs[i] = 6.0 * (secant(i) - secant(i - 1)) - w * rhs[i - 1];
  }
  // Last row: natural, or m[n-1] - m[n-2] = 6 h f[x(n-4)..x(n-1)]; its lower entry is -1 or 0.
  {
    const double lower = fmm ? -1.0 : 0.0;
    const double w = lower / diag[n - 2];
    diag[n - 1] = 1.0 - w * upper[n - 2];
    rhs[n - 1] = (fmm ? 6.0 * (knots[n - 1] - knots[n - 2]) * third(n - 4) : 0.0) - w * rhs[n - 2];
  }
  m[n - 1] = rhs[n - 1] / diag[n - 1];
  for (std::size_t i = n - 1; i-- > 0;) m[i] = (rhs[i] - upper[i] * m[i + 1]) / diag[i];
  auto seg = [&](std::size_t i, double t) {
    const double h = knots[i + 1] - knots[i];
    const double A = (knots[i + 1] - t) / h, B = (t - knots[i]) / h;
    return A * values[i] + B * values[i + 1] + ((A * A * A - A) * m[i] + (B * B * B - B) * m[i + 1]) * h * h / 6.0;
  };
  if (x <= knots.front()) {
    const double h = knots[1] - knots[0];
    const double slope = (values[1] - values[0]) / h - h * (2.0 * m[0] + m[1]) / 6.0;
    return values[0] + slope * (x - knots[0]);
  }
  if (x >= knots.back()) {
    const double h = knots[n - 1] - knots[n - 2];
    const double slope = (values[n - 1] - values[n - 2]) / h + h * (m[n - 2] + 2.0 * m[n - 1]) / 6.0;
    return values[n - 1] + slope * (x - knots[n - 1]);
  }
  std::size_t i = 0;
  while (i + 2 < n && x > knots[i + 1]) ++i;
  return seg(i, x);
}

glm::dvec3 MovingPoints::eval(const std::string& name, double angleDeg) const {
  const auto& pts = points.at(name);
  if (anglesDeg.empty() || pts.size() != anglesDeg.size()) throw std::runtime_error("bad moving point table " + name);
  if (angleDeg <= anglesDeg.front()) return pts.front();
  if (angleDeg >= anglesDeg.back()) return pts.back();
  std::size_t i = 0;
  while (angleDeg > anglesDeg[i + 1]) ++i;
  const double t = (angleDeg - anglesDeg[i]) / (anglesDeg[i + 1] - anglesDeg[i]);
  return pts[i] + t * (pts[i + 1] - pts[i]);
}

const Body* Description::body(const std::string& id) const { return findById(bodies, id); }
const Joint* Description::joint(const std::string& id) const { return findById(joints, id); }
const Landmark* Description::landmark(const std::string& id) const { return findById(landmarks, id); }
const Muscle* Description::muscle(const std::string& id) const { return findById(muscles, id); }

const ChordJoint* Description::chordJoint(const std::string& id) const {
  for (const ChordJoint& c : chordJoints)
    if (c.id == id) return &c;
  return nullptr;
}

const ChordJoint* Description::chordJointOf(const std::string& structure) const {
  for (const ChordJoint& c : chordJoints)
    if (c.structure == structure) return &c;
  return nullptr;
}

std::vector<std::size_t> Description::lengthMuscles(const std::string& id) const {
  std::vector<std::size_t> out;
  auto indexOf = [&](const std::string& m) {
    for (std::size_t i = 0; i < muscles.size(); ++i)
      if (muscles[i].id == m) out.push_back(i);
  };
  if (muscle(id)) {
    indexOf(id);
  } else if (auto it = inSeries.find(id); it != inSeries.end()) {
    for (const auto& m : it->second) indexOf(m);
  }
  return out;
}

const Coordinate* Description::coordinate(const std::string& name) const {
  for (const Joint& j : joints)
    for (const Coordinate& c : j.coordinates)
      if (c.name == name) return &c;
  return nullptr;
}

double Description::clampCoordinate(const std::string& name, double deg) const {
  const Coordinate* c = coordinate(name);
  if (!c || c->rangeDeg.x >= c->rangeDeg.y) return deg;
  return std::clamp(deg, c->rangeDeg.x, c->rangeDeg.y);
}

double Description::soft(const std::string& structure, const std::string& key) const {
  return softTissue.at(structure).at(key);
}

glm::dvec3 Description::toPelvis(const std::string& bodyId, const glm::dvec3& at) const {
  const Body* b = body(bodyId);
  if (!b) throw std::runtime_error("unknown body " + bodyId);
  return b->origin + at;
}

glm::dvec3 Description::toModel(const std::string& bodyId, const glm::dvec3& at) const {
  return toPelvis(bodyId, at) + glm::dvec3(0.0, floorOffset, 0.0);
}

std::vector<PathPoint> Description::activePoints(const LineOfAction& line,
                                                 const std::map<std::string, double>& coordsDeg) const {
  std::vector<PathPoint> out;
  auto coord = [&](const std::string& name) {
    const auto it = coordsDeg.find(name);
    return it == coordsDeg.end() ? 0.0 : it->second;
  };
  for (const auto& p : line.points) {
    if (p.active) {
      const double v = coord(p.active->coordinate);
      if (v < p.active->rangeDeg.x || v > p.active->rangeDeg.y) continue;
    }
    PathPoint q = p;
    if (!p.moving.empty()) q.at = movingPoints.eval(p.moving, coord(movingPoints.coordinate));
    out.push_back(q);
  }
  return out;
}

double Description::defaultLength(const LineOfAction& line) const {
  const auto pts = activePoints(line, {});
  double len = 0.0;
  for (std::size_t i = 1; i < pts.size(); ++i)
    len += glm::length(toPelvis(pts[i].body, pts[i].at) - toPelvis(pts[i - 1].body, pts[i - 1].at));
  return len;
}

Description loadDescription(const std::filesystem::path& file) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(file.string());
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(file.string() + ": " + e.what());
  }
  Description d;
  std::string where;
  try {
    where = "model";
    d.modelId = str(root["model"], "id");
    d.floorOffset = root["model"]["floor_offset_m"].as<double>();
    where = "subject";
    d.heightM = root["subject"]["height_m"].as<double>();
    d.massKg = root["subject"]["mass_kg"].as<double>();
    for (const auto& n : root["bodies"]) {
      where = "bodies";
      d.bodies.push_back({str(n, "id"), str(n, "parent"), vec3(n["origin"])});
    }
    for (const auto& n : root["joints"]) {
      Joint j;
      j.id = str(n, "id");
      where = "joint " + j.id;
      j.parent = str(n, "parent");
      j.child = str(n, "child");
      j.centre = vec3(n["centre"]);
      for (const auto& c : n["coordinates"]) j.coordinates.push_back({str(c, "name"), vec3(c["axis"]), vec2(c["range_deg"])});
      j.translationX = spline(n["translation_x"]);
      j.translationY = spline(n["translation_y"]);
      if (n["follows"]) j.follows = n["follows"].as<std::string>();
      d.joints.push_back(std::move(j));
    }
    for (const auto& n : root["landmarks"]) {
      where = "landmarks";
      d.landmarks.push_back({str(n, "id"), str(n, "body"), vec3(n["at"]), n["ref"] ? n["ref"].as<std::string>() : ""});
    }
    for (const auto& n : root["muscles"]) {
      Muscle m;
      m.id = str(n, "id");
      where = "muscle " + m.id;
      m.name = str(n, "name");
      m.group = str(n, "group");
      const auto v = n["volume"];
      for (const auto& h : v["handsfield"]) m.handsfield.push_back(h.as<std::string>());
      if (v["share"]) m.share = v["share"].as<double>();
      m.targetVolumeCm3 = v["target_cm3"].as<double>();
      for (const auto& l : n["lines"]) {
        LineOfAction line;
        line.opensim = l["opensim"].as<std::string>();
        for (const auto& p : l["points"]) line.points.push_back(pathPoint(p));
        if (line.points.size() < 2) throw std::runtime_error("a line needs an origin and an insertion");
        m.lines.push_back(std::move(line));
      }
      if (n["belly_joint"]) {
        if (m.lines.empty()) throw std::runtime_error("a belly joint needs a line of action");
        d.chordJoints.push_back({n["belly_joint"].as<std::string>(), m.id, m.lines.front().points.front(), m.lines.front().points.back()});
      }
      d.muscles.push_back(std::move(m));
    }
    where = "moving_points";
    const auto mp = root["moving_points"];
    d.movingPoints.coordinate = str(mp, "coordinate");
    d.movingPoints.anglesDeg = doubles(mp["angles_deg"]);
    for (const auto& kv : mp) {
      const auto key = kv.first.as<std::string>();
      if (key == "coordinate" || key == "angles_deg") continue;
      auto& pts = d.movingPoints.points[key];
      for (const auto& p : kv.second) pts.push_back(vec3(p));
    }
    for (const auto& n : root["chord_joints"]) {
      where = "chord_joints";
      d.chordJoints.push_back({str(n, "id"), str(n, "structure"), pathPoint(n["from"]), pathPoint(n["to"])});
      if (n["max_thickening"]) d.chordJoints.back().maxThickening = n["max_thickening"].as<double>();
      if (d.chordJoints.back().maxThickening < 1.0) throw std::runtime_error("max_thickening must be at least 1");
    }
    where = "in_series";
    for (const auto& kv : root["in_series"]) {
      auto& list = d.inSeries[kv.first.as<std::string>()];
      for (const auto& m : kv.second) list.push_back(m.as<std::string>());
      for (const auto& m : list)
        if (!d.muscle(m)) throw std::runtime_error("'" + m + "' is not a muscle");
    }
    where = "soft_tissue";
    for (const auto& s : root["soft_tissue"])
      for (const auto& kv : s.second) d.softTissue[s.first.as<std::string>()][kv.first.as<std::string>()] = kv.second.as<double>();
    where = "skin";
    for (const auto& l : root["skin"]["levels"])
      d.skinLevels.push_back({str(l, "measure"), l["circumference_m"].as<double>(), l["height_m"].as<double>()});
    d.skinMinCover = root["skin"]["min_cover_m"].as<double>();
    where = "appearance";
    for (const auto& kv : root["appearance"]) {
      const auto key = kv.first.as<std::string>();
      d.appearance[key] = kv.second.IsSequence() ? doubles(kv.second) : std::vector<double>{kv.second.as<double>()};
    }
  } catch (const std::exception& e) {
    throw std::runtime_error(file.string() + " (" + where + "): " + e.what());
  }
  return d;
}

}  // namespace myo::anatomy
