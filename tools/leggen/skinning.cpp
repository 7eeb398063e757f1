#include "skinning.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <queue>
#include <stdexcept>

namespace leggen {

Skinner::Skinner(const Frame& fr) : fr_(fr) {
  for (const auto& b : fr.d->bodies) bodies_.push_back(b.id);
  for (const auto& c : fr.d->chordJoints) bodies_.push_back(c.id);
  auto centre = [&](const std::string& joint) { return vec3(fr.d->joint(joint)->centre); };
  const vec3 pat = fr.origin("patella_r");
  // Blend half-widths (m): wide at the hip where thick muscle wraps the joint,
  // narrow in the foot; our choice.
  crossings_ = {{"pelvis", "femur_r", centre("hip_r"), 0.045f},
                {"femur_r", "tibia_r", centre("knee_r") + vec3(0.0f, 0.015f, 0.0f), 0.035f},
                // The quadriceps pull on the patella: blend above it.
                {"femur_r", "patella_r", pat + vec3(0.0f, 0.035f, 0.0f), 0.030f},
                {"tibia_r", "patella_r", pat + vec3(0.0f, -0.020f, 0.0f), 0.012f},
                {"tibia_r", "talus_r", centre("ankle_r"), 0.025f},
                {"talus_r", "calcn_r", centre("subtalar_r"), 0.012f},
                {"calcn_r", "toes_r", centre("mtp_r"), 0.010f}};
}

int Skinner::jointIndex(const std::string& body) const {
  for (std::size_t i = 0; i < bodies_.size(); ++i)
    if (bodies_[i] == body) return static_cast<int>(i);
  throw std::runtime_error("no joint for body " + body);
}

std::vector<const Skinner::Crossing*> Skinner::chain(const std::string& from, const std::string& to) const {
  // Breadth-first search over the crossings: the fewest joints between bodies.
  std::map<std::string, std::pair<std::string, const Crossing*>> prev;
  std::queue<std::string> q;
  q.push(from);
  prev[from] = {"", nullptr};
  while (!q.empty()) {
    const std::string b = q.front();
    q.pop();
    if (b == to) break;
    for (const auto& c : crossings_) {
      const std::string* n = c.a == b ? &c.b : (c.b == b ? &c.a : nullptr);
      if (n && !prev.count(*n)) {
        prev[*n] = {b, &c};
        q.push(*n);
      }
    }
  }
  std::vector<const Crossing*> out;
  if (!prev.count(to)) throw std::runtime_error("no joint chain " + from + " -> " + to);
  for (std::string b = to; b != from; b = prev[b].first) out.insert(out.begin(), prev[b].second);
  return out;
}

void Skinner::rigid(Mesh& m, const std::string& body) const {
  const auto j = static_cast<std::uint16_t>(jointIndex(body));
  m.joints.assign(m.pos.size(), glm::u16vec4(j, 0, 0, 0));
  m.weights.assign(m.pos.size(), glm::vec4(1, 0, 0, 0));
}

void Skinner::chord(Mesh& m, const myo::anatomy::ChordJoint& chord) const {
  const auto& o = chord.from;
  const auto& i = chord.to;
  const vec3 a(fr_.d->toPelvis(o.body, o.at)), b(fr_.d->toPelvis(i.body, i.at));
  const vec3 d = b - a;
  const float l2 = glm::dot(d, d);
  const auto jo = static_cast<std::uint16_t>(jointIndex(o.body)), ji = static_cast<std::uint16_t>(jointIndex(i.body));
  const auto jb = static_cast<std::uint16_t>(jointIndex(chord.id));
  m.joints.assign(m.pos.size(), glm::u16vec4(jo, jb, ji, 0));
  m.weights.resize(m.pos.size());
  for (std::size_t v = 0; v < m.pos.size(); ++v) {
    // Where along the chord, 0 at the origin and 1 at the insertion; each end blends into
    // the chord joint over 15 % of the chord (our choice: the attachments stay on their
    // bones, the middle follows the chord).
    const float t = glm::dot(m.pos[v] - a, d) / l2;
    const float wo = 1.0f - smoothstep01(0.0f, 0.15f, t), wi = smoothstep01(0.85f, 1.0f, t);
    m.weights[v] = glm::vec4(wo, 1.0f - wo - wi, wi, 0.0f);
  }
}

void Skinner::followBeneath(Mesh& skin, const std::vector<const Mesh*>& beneath) const {
  constexpr float kNear = 0.012f, kFar = 0.020f, kCell = 0.010f;
  const std::size_t nj = bodies_.size();
  // A hash grid of the structures' vertices, 1 cm cells.
  auto key = [](glm::ivec3 c) {
    return (static_cast<std::uint64_t>(c.x + 4096) << 42) | (static_cast<std::uint64_t>(c.y + 4096) << 21) | static_cast<std::uint64_t>(c.z + 4096);
  };
  auto cellOf = [&](vec3 p) { return glm::ivec3(glm::floor(p / kCell)); };
  std::unordered_map<std::uint64_t, std::vector<std::pair<const Mesh*, std::uint32_t>>> grid;
  for (const Mesh* m : beneath)
    for (std::uint32_t i = 0; i < m->pos.size(); ++i) grid[key(cellOf(m->pos[i]))].push_back({m, i});
  const std::size_t n = skin.pos.size();
  std::vector<float> w(n * nj, 0.0f);
  auto add = [&](std::size_t v, const glm::u16vec4& j, const glm::vec4& wt, float f) {
    for (int k = 0; k < 4; ++k)
      if (wt[k] > 0.0f) w[v * nj + j[k]] += f * wt[k];
  };
  for (std::size_t v = 0; v < n; ++v) {
    const vec3 p = skin.pos[v];
    const glm::ivec3 c = cellOf(p);
    float best = 1e9f;
    std::pair<const Mesh*, std::uint32_t> nearest{nullptr, 0};
    for (int dz = -2; dz <= 2; ++dz)
      for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
          auto it = grid.find(key(c + glm::ivec3(dx, dy, dz)));
          if (it == grid.end()) continue;
          for (const auto& [m, i] : it->second) {
            const float d = glm::distance(p, m->pos[i]);
            if (d < best) best = d, nearest = {m, i};
          }
        }
    const float own = nearest.first ? smoothstep01(kNear, kFar, best) : 1.0f;
    add(v, skin.joints[v], skin.weights[v], own);
    if (nearest.first) add(v, nearest.first->joints[nearest.second], nearest.first->weights[nearest.second], 1.0f - own);
  }
  // Smooth over the skin's edges, so neighbouring vertices over different structures blend.
  std::vector<std::vector<std::uint32_t>> around(n);
  for (std::size_t t = 0; t + 2 < skin.idx.size(); t += 3)
    for (int k = 0; k < 3; ++k) {
      around[skin.idx[t + k]].push_back(skin.idx[t + (k + 1) % 3]);
      around[skin.idx[t + k]].push_back(skin.idx[t + (k + 2) % 3]);
    }
  std::vector<float> next(w.size());
  for (int pass = 0; pass < 8; ++pass) {
    for (std::size_t v = 0; v < n; ++v) {
      const float share = 0.5f / static_cast<float>(std::max<std::size_t>(1, around[v].size()));
      for (std::size_t j = 0; j < nj; ++j) {
        float sum = 0.5f * w[v * nj + j];
        for (std::uint32_t u : around[v]) sum += share * w[u * nj + j];
        next[v * nj + j] = sum;
      }
    }
    w.swap(next);
  }
  // The four largest, renormalised.
  for (std::size_t v = 0; v < n; ++v) {
    std::vector<std::pair<float, std::uint16_t>> order;
    for (std::size_t j = 0; j < nj; ++j)
      if (w[v * nj + j] > 1e-4f) order.push_back({w[v * nj + j], static_cast<std::uint16_t>(j)});
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    order.resize(std::min<std::size_t>(order.size(), 4));
    float total = 0.0f;
    for (const auto& o : order) total += o.first;
    skin.joints[v] = glm::u16vec4(0);
    skin.weights[v] = glm::vec4(0.0f);
    for (std::size_t k = 0; k < order.size(); ++k) {
      skin.joints[v][static_cast<int>(k)] = order[k].second;
      skin.weights[v][static_cast<int>(k)] = order[k].first / total;
    }
  }
}

void Skinner::foot(Mesh& m) const {
  const vec3 mtp(fr_.d->joint("mtp_r")->centre);
  const vec3 axis(fr_.d->joint("mtp_r")->coordinates[0].axis);
  const vec3 fwd = glm::normalize(glm::cross(vec3(0, 1, 0), axis));  // anterior, normal to the MTP axis
  const auto c = static_cast<std::uint16_t>(jointIndex("calcn_r")), t = static_cast<std::uint16_t>(jointIndex("toes_r"));
  m.joints.assign(m.pos.size(), glm::u16vec4(c, t, 0, 0));
  m.weights.resize(m.pos.size());
  for (std::size_t i = 0; i < m.pos.size(); ++i) {
    const float w = smoothstep01(-0.004f, 0.006f, glm::dot(m.pos[i] - mtp, fwd));
    m.weights[i] = glm::vec4(1.0f - w, w, 0, 0);
  }
}

void Skinner::alongPaths(Mesh& m, const std::vector<std::vector<SkinPoint>>& paths, bool wholeLength) const {
  // Per path: cumulative arclength, the bodies in order, and where along the
  // path each joint is crossed (the closest path point to the joint centre).
  struct Prepared {
    std::vector<vec3> pts;
    std::vector<float> len;
    std::vector<std::string> bodies;
    std::vector<float> at, width;
  };
  auto project = [](const std::vector<vec3>& pts, const std::vector<float>& len, vec3 p, float* dist) {
    float best = 1e30f, s = 0.0f;
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
      const vec3 e = pts[i + 1] - pts[i];
      const float l2 = std::max(glm::dot(e, e), 1e-12f);
      const float h = std::clamp(glm::dot(p - pts[i], e) / l2, 0.0f, 1.0f);
      const float d = glm::length(p - pts[i] - e * h);
      if (d < best) { best = d; s = len[i] + h * (len[i + 1] - len[i]); }
    }
    if (dist) *dist = best;
    return s;
  };
  std::vector<Prepared> prep;
  for (const auto& path : paths) {
    Prepared pr;
    float acc = 0.0f;
    for (std::size_t i = 0; i < path.size(); ++i) {
      if (i) acc += glm::length(path[i].p - path[i - 1].p);
      pr.pts.push_back(path[i].p);
      pr.len.push_back(acc);
    }
    pr.bodies.push_back(path.front().body);
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
      if (path[i].body == path[i + 1].body) continue;
      if (wholeLength) {
        const float half = 0.5f * (pr.len[i + 1] - pr.len[i]);
        pr.at.push_back(pr.len[i] + half);
        pr.width.push_back(half);
        pr.bodies.push_back(path[i + 1].body);
        continue;
      }
      for (const Crossing* c : chain(path[i].body, path[i + 1].body)) {
        const std::vector<vec3> seg{path[i].p, path[i + 1].p};
        const std::vector<float> sl{pr.len[i], pr.len[i + 1]};
        float s = project(seg, sl, c->centre, nullptr);
        if (!pr.at.empty()) s = std::max(s, pr.at.back() + 1e-4f);
        pr.at.push_back(s);
        pr.width.push_back(c->halfWidth);
        pr.bodies.push_back(pr.bodies.back() == c->a ? c->b : c->a);
      }
    }
    prep.push_back(std::move(pr));
  }
  m.joints.resize(m.pos.size());
  m.weights.resize(m.pos.size());
  for (std::size_t v = 0; v < m.pos.size(); ++v) {
    const Prepared* best = &prep.front();
    float bestD = 1e30f, s = 0.0f;
    for (const auto& pr : prep) {
      float d = 0.0f;
      const float sv = project(pr.pts, pr.len, m.pos[v], &d);
      if (d < bestD) { bestD = d; best = &pr; s = sv; }
    }
    // f runs 0..k along the bodies; body i gets the weight 1 - |f - i|.
    float f = 0.0f;
    for (std::size_t j = 0; j < best->at.size(); ++j) f += smoothstep01(best->at[j] - best->width[j], best->at[j] + best->width[j], s);
    const int lo = std::min(static_cast<int>(f), static_cast<int>(best->bodies.size()) - 1);
    const float frac = f - static_cast<float>(lo);
    const int hi = std::min(lo + 1, static_cast<int>(best->bodies.size()) - 1);
    const auto jl = static_cast<std::uint16_t>(jointIndex(best->bodies[lo]));
    const auto jh = static_cast<std::uint16_t>(jointIndex(best->bodies[hi]));
    if (jl == jh || frac <= 0.0f) {
      m.joints[v] = glm::u16vec4(jl, 0, 0, 0);
      m.weights[v] = glm::vec4(1, 0, 0, 0);
    } else {
      m.joints[v] = glm::u16vec4(jl, jh, 0, 0);
      m.weights[v] = glm::vec4(1.0f - frac, frac, 0, 0);
    }
  }
}

}  // namespace leggen
