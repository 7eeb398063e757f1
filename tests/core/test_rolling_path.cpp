// Rolling paths: laid on the surface of their target, continuous, and the roller's place a
// pure function of time. On simple shapes whose answers are known; the bundled model's paths
// are checked in test_bundled_paths.cpp.
#include "core/overlay/roller.h"
#include "core/overlay/surface_path.h"
#include "core/picking/bvh.h"

#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <cmath>

using namespace myo;

namespace {
// A vertical tube like a thigh: radius r, from y0 to y0 + length, closed at both ends.
SceneMesh tube(float r, float y0, float length, const char* name) {
  SceneMesh m = overlay::unitCylinder(64);
  m.name = name;
  for (Vertex& v : m.vertices) {
    v.position = {r * v.position.y, y0 + length * (v.position.x + 0.5f), r * v.position.z};
    v.normal = glm::normalize(glm::vec3(v.normal.y, v.normal.x, v.normal.z));
  }
  updateBounds(m);
  return m;
}

Scene thighScene() {
  Scene s;
  s.materials.push_back({});
  s.meshes.push_back(tube(0.05f, 0.4f, 0.4f, "muscle"));
  s.meshes.push_back(tube(0.056f, 0.5f, 0.2f, "band")); // covers the middle of the muscle
  s.landmarks.push_back({"top", {0.06f, 0.75f, 0.0f}});
  s.landmarks.push_back({"bottom", {0.045f, 0.48f, 0.02f}});
  return s;
}

content::RollingPath frontPath() {
  content::RollingPath p;
  p.id = "front";
  p.target = "muscle";
  p.start.landmark = "top";
  p.end.landmark = "bottom";
  content::SurfacePoint via;
  via.landmark = "top";
  via.offset = {0.0f, -0.13f, 0.03f}; // bends the path toward the side
  p.via.push_back(via);
  p.passes = 3;
  p.tempoS = 8.0f;
  p.durationS = 30.0f;
  return p;
}
} // namespace

TEST_CASE("the nearest point on a mesh lies on its surface, with the outward normal") {
  const SceneMesh sphere = overlay::unitSphere(32, 64);
  const overlay::SurfaceHit hit = overlay::closestOnMesh(sphere, {3.0f, 0.2f, 0.1f});
  CHECK(glm::length(hit.point) == doctest::Approx(1.0f).epsilon(0.01));
  CHECK(hit.distance == doctest::Approx(2.0f).epsilon(0.01));
  CHECK(glm::dot(hit.normal, glm::normalize(glm::vec3(3.0f, 0.2f, 0.1f))) > 0.99f);
  // From inside, too.
  const overlay::SurfaceHit inside = overlay::closestOnMesh(sphere, {0.0f, 0.0f, 0.5f});
  CHECK(inside.point.z == doctest::Approx(1.0f).epsilon(0.01));
}

TEST_CASE("a path stays on its target's surface within 1 mm and is continuous") {
  const Scene scene = thighScene();
  const overlay::ProjectedPath laid = overlay::projectPath(scene, frontPath());
  REQUIRE(laid.error.empty());
  REQUIRE(laid.path);
  const overlay::SurfacePath& path = *laid.path;
  CHECK(path.mesh == 0);
  REQUIRE(path.points.size() > 20);
  const overlay::MeshSurface surface(scene.meshes[0]);
  float worst = 0.0f, longestStep = 0.0f;
  for (std::size_t i = 0; i < path.points.size(); ++i) {
    worst = std::max(worst, surface.closest(path.points[i].position).distance);
    if (i == 0) continue;
    const glm::vec3 a = path.points[i - 1].position, b = path.points[i].position;
    // Between samples too: the straight segment must not cut into the muscle.
    worst = std::max(worst, surface.closest((a + b) * 0.5f).distance);
    longestStep = std::max(longestStep, glm::length(b - a));
    CHECK(path.points[i].along > path.points[i - 1].along);
  }
  CHECK(worst < 0.001f);
  CHECK(longestStep < 2.0f * overlay::kPathStep);
  // It starts and ends under the author's points, on the front of the tube.
  CHECK(path.points.front().position.y == doctest::Approx(0.75f).epsilon(0.01));
  CHECK(path.points.back().position.y == doctest::Approx(0.48f).epsilon(0.01));
  CHECK(path.points.front().normal.x > 0.95f);
  // The via point pulled it to the side on the way.
  const overlay::PathPoint middle = path.at(path.length() * 0.5f);
  CHECK(middle.position.z > 0.015f);
}

TEST_CASE("a path names what the model lacks") {
  Scene scene = thighScene();
  content::RollingPath p = frontPath();
  p.target = "nowhere";
  CHECK(overlay::projectPath(scene, p).error.find("no structure 'nowhere'") != std::string::npos);
  p = frontPath();
  p.end.landmark = "gone";
  CHECK(overlay::projectPath(scene, p).error.find("no landmark 'gone'") != std::string::npos);
}

TEST_CASE("the roller goes start to end, then back, easing at the turns, then rests") {
  const Scene scene = thighScene();
  const content::RollingPath spec = frontPath();
  const overlay::SurfacePath path = *overlay::projectPath(scene, spec).path;
  const float L = path.length();
  CHECK(overlay::rollingTotalSeconds(spec) == doctest::Approx(30.0f)); // duration > 3 x 8 s
  auto along = [&](float t) { return overlay::rollerAt(path, spec, t).contact.along; };
  CHECK(along(0.0f) == doctest::Approx(0.0f));
  CHECK(along(4.0f) == doctest::Approx(L * 0.5f).epsilon(0.01));
  CHECK(along(2.0f) < L * 0.25f); // slow start
  CHECK(along(8.0f) == doctest::Approx(L).epsilon(0.001));
  const overlay::RollerPlace back = overlay::rollerAt(path, spec, 10.0f);
  CHECK(back.pass == 2);
  CHECK(back.travel.y > 0.5f); // pass 2 rolls back up
  CHECK(overlay::rollerAt(path, spec, 1.0f).travel.y < -0.5f);
  const overlay::RollerPlace rest = overlay::rollerAt(path, spec, 27.0f);
  CHECK(rest.resting);
  CHECK(rest.pass == 3);
  CHECK(rest.contact.along == doctest::Approx(L)); // three passes end at the end
  CHECK(overlay::rollerAt(path, spec, 99.0f).elapsed == doctest::Approx(30.0f));
  // The same time gives the same place.
  CHECK(glm::length(overlay::rollerAt(path, spec, 5.5f).contact.position -
                    overlay::rollerAt(path, spec, 5.5f).contact.position) == 0.0f);
}

TEST_CASE("the foam roller rests on the surface with its axis level, across the limb") {
  const Scene scene = thighScene();
  const content::RollingPath spec = frontPath();
  const overlay::SurfacePath path = *overlay::projectPath(scene, spec).path;
  const overlay::RollerPlace place = overlay::rollerAt(path, spec, 3.0f);
  const glm::mat4 m = overlay::rollerTransform(place, content::Tool::FoamRoller);
  const overlay::ToolSize size = overlay::toolSize(content::Tool::FoamRoller);
  const glm::vec3 centre(m[3]);
  CHECK(glm::length(centre - place.contact.position) == doctest::Approx(size.radius).epsilon(0.001));
  const glm::vec3 axis = glm::normalize(glm::vec3(m[0]));
  CHECK(std::abs(axis.y) < 0.01f);                       // level: across the limb, as the body lies on it
  CHECK(std::abs(glm::dot(axis, place.facing)) < 0.01f); // across the way the path faces
  CHECK(glm::length(glm::vec3(m[0])) == doctest::Approx(size.length));
  // A ball is a sphere of its radius touching the surface.
  const glm::mat4 b = overlay::rollerTransform(place, content::Tool::Ball);
  CHECK(glm::length(glm::vec3(b[3]) - place.contact.position) ==
        doctest::Approx(overlay::toolSize(content::Tool::Ball).radius));
}

TEST_CASE("the ribbon lies just over the surface, with start and end marks") {
  const Scene scene = thighScene();
  const overlay::SurfacePath path = *overlay::projectPath(scene, frontPath()).path;
  std::vector<PathVertex> vertices;
  std::vector<std::uint32_t> indices;
  overlay::buildRibbon(path, scene.meshes[0], vertices, indices);
  REQUIRE(vertices.size() == 2 * path.points.size() + 2 * 49);
  CHECK(indices.size() == 6 * (path.points.size() - 1) + 2 * 6 * 36);
  const overlay::MeshSurface surface(scene.meshes[0]);
  int starts = 0, ends = 0;
  for (const PathVertex& v : vertices) {
    const float gap = surface.closest(v.position).distance;
    CHECK(gap > 0.001f);
    CHECK(gap < 0.004f);
    starts += v.mark == 1.0f;
    ends += v.mark == 2.0f;
  }
  CHECK(starts == 49);
  CHECK(ends == 49);
  for (std::uint32_t i : indices)
    CHECK(i < vertices.size());
}

TEST_CASE("what covers the target along the path is found, and nothing under it") {
  Scene scene = thighScene();
  scene.meshes.push_back(tube(0.02f, 0.4f, 0.4f, "bone")); // inside the muscle
  TriangleBvh bvh;
  bvh.build(scene);
  const overlay::SurfacePath path = *overlay::projectPath(scene, frontPath()).path;
  const std::vector<int> over = overlay::coveringMeshes(bvh, path, scene.meshes.size());
  REQUIRE(over.size() == 1);
  CHECK(over[0] == 1);
}

TEST_CASE("the tool shapes are closed and face outward") {
  for (const SceneMesh& m : {overlay::unitCylinder(24), overlay::unitSphere(12, 24)}) {
    // Outward: the signed volume by the divergence theorem is positive.
    double volume = 0.0;
    for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
      const glm::vec3 a = m.vertices[m.indices[i]].position, b = m.vertices[m.indices[i + 1]].position,
                      c = m.vertices[m.indices[i + 2]].position;
      volume += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    CHECK(volume > 0.0);
  }
  // Unit cylinder of length 1: pi r^2 h, less the faceting.
  double v = 0.0;
  const SceneMesh c = overlay::unitCylinder(64);
  for (std::size_t i = 0; i + 2 < c.indices.size(); i += 3)
    v += glm::dot(c.vertices[c.indices[i]].position,
                  glm::cross(c.vertices[c.indices[i + 1]].position, c.vertices[c.indices[i + 2]].position)) /
         6.0;
  CHECK(v == doctest::Approx(3.14159).epsilon(0.01));
}
