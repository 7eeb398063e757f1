#include "core/motion/skinning.h"

#include <glm/geometric.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cmath>

namespace myo::motion {

namespace {

glm::dquat rotationOf(const glm::dmat4& m) { return glm::quat_cast(glm::dmat3(m)); }

// The shortest rotation taking unit vector a onto unit vector b.
glm::dquat between(const glm::dvec3& a, const glm::dvec3& b) {
  const double c = glm::dot(a, b);
  if (c < -0.999999) {
    glm::dvec3 axis = glm::cross(glm::dvec3(1, 0, 0), a);
    if (glm::dot(axis, axis) < 1e-12) axis = glm::cross(glm::dvec3(0, 1, 0), a);
    return glm::angleAxis(glm::pi<double>(), glm::normalize(axis));
  }
  const glm::dvec3 axis = glm::cross(a, b);
  return glm::normalize(glm::dquat(1.0 + c, axis.x, axis.y, axis.z));
}

} // namespace

glm::dmat4 chordTransform(const anatomy::Description& desc, const anatomy::ChordJoint& chord, const BodyPoses& poses) {
  const anatomy::PathPoint& o = chord.from;
  const anatomy::PathPoint& i = chord.to;
  auto po = poses.pelvisFromBody.find(o.body), pi = poses.pelvisFromBody.find(i.body);
  if (po == poses.pelvisFromBody.end() || pi == poses.pelvisFromBody.end()) return glm::dmat4(1.0);
  const glm::dvec3 a = desc.toPelvis(o.body, o.at), b = desc.toPelvis(i.body, i.at);
  const glm::dvec3 a2 = glm::dvec3(po->second * glm::dvec4(o.at, 1.0)), b2 = glm::dvec3(pi->second * glm::dvec4(i.at, 1.0));
  const double len = glm::length(b - a), len2 = glm::length(b2 - a2);
  if (len < 1e-9 || len2 < 1e-9) return glm::dmat4(1.0);
  const glm::dvec3 d = (b - a) / len, d2 = (b2 - a2) / len2;
  // It turns halfway between its two bones (its twist), then onto the posed chord.
  const glm::dquat half = glm::slerp(rotationOf(po->second), rotationOf(pi->second), 0.5);
  const glm::dquat turn = between(half * d, d2) * half;
  // It keeps its volume: shortened along the chord by len2/len, it thickens across it by
  // sqrt(len/len2). Limited so a joint at the end of its range cannot balloon it.
  const double along = len2 / len, across = std::clamp(std::sqrt(len / len2), 0.8, chord.maxThickening);
  const glm::dmat3 scale = across * glm::dmat3(1.0) + (along - across) * glm::outerProduct(d, d);
  glm::dmat4 m(glm::dmat3(glm::mat3_cast(turn)) * scale);
  const glm::dvec3 mid = 0.5 * (a + b), mid2 = 0.5 * (a2 + b2);
  m[3] = glm::dvec4(mid2 - glm::dmat3(m) * mid, 1.0);
  return m;
}

void computePalette(const anatomy::Description& desc, const BodyPoses& poses, const std::vector<std::string>& joints,
                    SkinningPalette& palette) {
  // Model frame = pelvis frame lifted by the floor offset.
  const glm::dmat4 modelFromPelvis = glm::translate(glm::dmat4(1.0), glm::dvec3(0.0, desc.floorOffset, 0.0));
  const glm::dmat4 pelvisFromModel = glm::inverse(modelFromPelvis);
  for (std::size_t i = 0; i < palette.size(); ++i) {
    palette[i] = glm::mat4(1.0f);
    if (i >= joints.size()) continue;
    if (const anatomy::ChordJoint* chord = desc.chordJoint(joints[i])) {
      palette[i] = glm::mat4(modelFromPelvis * chordTransform(desc, *chord, poses) * pelvisFromModel);
      continue;
    }
    const anatomy::Body* body = desc.body(joints[i]);
    auto posed = poses.pelvisFromBody.find(joints[i]);
    if (!body || posed == poses.pelvisFromBody.end()) continue;
    const glm::dmat4 standing = glm::translate(glm::dmat4(1.0), body->origin);
    palette[i] = glm::mat4(modelFromPelvis * posed->second * glm::inverse(standing) * pelvisFromModel);
  }
}

} // namespace myo::motion
