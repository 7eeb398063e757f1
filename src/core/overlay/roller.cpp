#include "core/overlay/roller.h"

#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>

namespace myo::overlay {
namespace {

constexpr float kRibbonLift = 0.0015f; // off the surface, so depth testing keeps it on top
constexpr float kMarkLift = 0.0025f;
constexpr float kMarkRadius = 0.02f;

glm::vec3 across(const glm::vec3& travel, const glm::vec3& normal) {
  glm::vec3 a = glm::cross(travel, normal);
  return glm::dot(a, a) > 1e-12f ? glm::normalize(a) : glm::vec3(0, 0, 1);
}

// A disc lying on the surface: a small grid pressed onto it, corners cut by the shader.
void addMark(const MeshSurface& surface, const PathPoint& at, const glm::vec3& travel, float mark,
             std::vector<PathVertex>& vertices, std::vector<std::uint32_t>& indices) {
  constexpr int kGrid = 6;
  const glm::vec3 side = across(travel, at.normal);
  const glm::vec3 forward = glm::cross(at.normal, side);
  const auto base = static_cast<std::uint32_t>(vertices.size());
  for (int j = 0; j <= kGrid; ++j)
    for (int i = 0; i <= kGrid; ++i) {
      const glm::vec2 uv{2.0f * static_cast<float>(i) / kGrid - 1.0f,
                         2.0f * static_cast<float>(j) / kGrid - 1.0f};
      const SurfaceHit hit = surface.closestNear(at.position + (side * uv.x + forward * uv.y) * kMarkRadius,
                                                 at.position, 2.0f * kMarkRadius);
      vertices.push_back({hit.point + hit.normal * kMarkLift, hit.normal, uv, mark});
    }
  for (int j = 0; j < kGrid; ++j)
    for (int i = 0; i < kGrid; ++i) {
      const std::uint32_t a = base + static_cast<std::uint32_t>(j * (kGrid + 1) + i);
      const std::uint32_t b = a + 1, c = a + kGrid + 1, d = c + 1;
      indices.insert(indices.end(), {a, b, d, a, d, c});
    }
}

} // namespace

float rollingTotalSeconds(const content::RollingPath& path) {
  return std::max(path.durationS, static_cast<float>(std::max(1, path.passes)) * std::max(0.1f, path.tempoS));
}

RollerPlace rollerAt(const SurfacePath& surface, const content::RollingPath& path, float t) {
  RollerPlace place;
  place.total = rollingTotalSeconds(path);
  place.elapsed = std::clamp(t, 0.0f, place.total);
  const int passes = std::max(1, path.passes);
  const float tempo = std::max(0.1f, path.tempoS);
  const float length = surface.length();
  float along = 0.0f;
  bool forward = true;
  if (place.elapsed >= static_cast<float>(passes) * tempo) {
    // Done: the roller rests where the last pass ended.
    place.resting = true;
    place.pass = passes;
    forward = passes % 2 == 1;
    along = forward ? length : 0.0f;
  } else {
    const int k = std::min(passes - 1, static_cast<int>(place.elapsed / tempo));
    const float f = (place.elapsed - static_cast<float>(k) * tempo) / tempo;
    const float eased = f * f * (3.0f - 2.0f * f); // slow at the turns, as a person rolls
    place.pass = k + 1;
    forward = k % 2 == 0;
    along = (forward ? eased : 1.0f - eased) * length;
  }
  place.contact = surface.at(along);
  glm::vec3 facing(0.0f);
  for (const PathPoint& p : surface.points)
    facing += p.normal;
  place.facing = glm::dot(facing, facing) > 0.0f ? glm::normalize(facing) : place.contact.normal;
  // The roller turns with the path's overall line, not with each small bend of it.
  const glm::vec3 line = surface.at(std::min(length, along + 0.04f)).position -
                         surface.at(std::max(0.0f, along - 0.04f)).position;
  place.travel = (glm::dot(line, line) > 0.0f ? glm::normalize(line) : surface.directionAt(along)) *
                 (forward ? 1.0f : -1.0f);
  return place;
}

ToolSize toolSize(content::Tool tool) {
  // A foam roller (a common one is 15 cm across), a lacrosse-sized ball, a massage stick.
  switch (tool) {
  case content::Tool::FoamRoller:
    return {0.05f, 0.24f, false}; // drawn smaller than life, so it hides less
  case content::Tool::Ball:
    return {0.032f, 0.0f, true};
  case content::Tool::Stick:
    return {0.016f, 0.50f, false};
  }
  return {0.05f, 0.3f, false};
}

glm::mat4 rollerTransform(const RollerPlace& place, content::Tool tool) {
  const ToolSize size = toolSize(tool);
  const glm::vec3 n = place.contact.normal;
  const glm::vec3 centre = place.contact.position + n * size.radius;
  if (size.sphere) {
    glm::mat4 m(size.radius);
    m[3] = glm::vec4(centre, 1.0f);
    return m;
  }
  // A roller lies across the limb (the body rests on it, the limb's long axis is up the model);
  // where the surface faces up or down, across the direction of travel instead.
  // The body presses on it from the side the whole path faces, so it does not swing round with
  // each bulge of the muscle.
  const glm::vec3 flat = glm::cross(glm::vec3(0.0f, 1.0f, 0.0f), place.facing);
  const glm::vec3 axis = glm::dot(flat, flat) > 0.25f ? glm::normalize(flat) : across(place.travel, n);
  const glm::vec3 third = glm::cross(axis, n);
  return {glm::vec4(axis * size.length, 0.0f), glm::vec4(n * size.radius, 0.0f),
          glm::vec4(third * size.radius, 0.0f), glm::vec4(centre, 1.0f)};
}

void buildRibbon(const SurfacePath& path, const SceneMesh& target, std::vector<PathVertex>& vertices,
                 std::vector<std::uint32_t>& indices) {
  vertices.clear();
  indices.clear();
  if (path.points.size() < 2) return;
  const MeshSurface surface(target, true);
  for (const PathPoint& p : path.points) {
    const glm::vec3 side = across(path.directionAt(p.along), p.normal);
    for (float s : {-1.0f, 1.0f}) {
      const SurfaceHit hit = surface.closestNear(p.position + side * (s * kRibbonHalfWidth), p.position,
                                                 2.0f * kRibbonHalfWidth);
      vertices.push_back({hit.point + hit.normal * kRibbonLift, hit.normal, {p.along, s}, 0.0f});
    }
  }
  for (std::uint32_t i = 0; i + 1 < path.points.size(); ++i) {
    const std::uint32_t a = 2 * i, b = a + 1, c = a + 2, d = a + 3;
    indices.insert(indices.end(), {a, b, c, b, d, c});
  }
  addMark(surface, path.points.front(), path.directionAt(0.0f), 1.0f, vertices, indices);
  addMark(surface, path.points.back(), path.directionAt(path.length()), 2.0f, vertices, indices);
}

SceneMesh unitCylinder(int segments) {
  SceneMesh m;
  m.name = "roller";
  const auto n = static_cast<std::uint32_t>(segments);
  // The side: its own vertices, so its normals point out radially; the caps have flat normals.
  for (std::uint32_t i = 0; i < n; ++i) {
    const float a = glm::two_pi<float>() * static_cast<float>(i) / static_cast<float>(n);
    const glm::vec3 radial{0.0f, std::cos(a), std::sin(a)};
    for (float x : {-0.5f, 0.5f})
      m.vertices.push_back({glm::vec3(x, 0, 0) + radial, radial, {}, {}, {}});
  }
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t a = 2 * i, b = a + 1, c = 2 * ((i + 1) % n), d = c + 1;
    m.indices.insert(m.indices.end(), {a, c, b, b, c, d});
  }
  for (float x : {-0.5f, 0.5f}) {
    const glm::vec3 normal{x > 0 ? 1.0f : -1.0f, 0, 0};
    const auto centre = static_cast<std::uint32_t>(m.vertices.size());
    m.vertices.push_back({glm::vec3(x, 0, 0), normal, {}, {}, {}});
    for (std::uint32_t i = 0; i < n; ++i) {
      const float a = glm::two_pi<float>() * static_cast<float>(i) / static_cast<float>(n);
      m.vertices.push_back({glm::vec3(x, std::cos(a), std::sin(a)), normal, {}, {}, {}});
    }
    for (std::uint32_t i = 0; i < n; ++i) {
      const std::uint32_t a = centre + 1 + i, b = centre + 1 + (i + 1) % n;
      if (x > 0)
        m.indices.insert(m.indices.end(), {centre, a, b});
      else
        m.indices.insert(m.indices.end(), {centre, b, a});
    }
  }
  updateBounds(m);
  return m;
}

SceneMesh unitSphere(int rings, int segments) {
  SceneMesh m;
  m.name = "ball";
  const auto r = static_cast<std::uint32_t>(rings), s = static_cast<std::uint32_t>(segments);
  for (std::uint32_t j = 0; j <= r; ++j) {
    const float theta = glm::pi<float>() * static_cast<float>(j) / static_cast<float>(r);
    for (std::uint32_t i = 0; i <= s; ++i) {
      const float phi = glm::two_pi<float>() * static_cast<float>(i) / static_cast<float>(s);
      const glm::vec3 p{std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi)};
      m.vertices.push_back({p, p, {}, {}, {}});
    }
  }
  for (std::uint32_t j = 0; j < r; ++j)
    for (std::uint32_t i = 0; i < s; ++i) {
      const std::uint32_t a = j * (s + 1) + i, b = a + 1, c = a + s + 1, d = c + 1;
      m.indices.insert(m.indices.end(), {a, b, c, b, d, c});
    }
  updateBounds(m);
  return m;
}

} // namespace myo::overlay
