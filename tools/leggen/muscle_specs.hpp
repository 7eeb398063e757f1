// Shapes of the muscles: centrelines and cross-section profiles. The sizes
// here are relative; muscles.cpp scales each to its reference volume.
#pragma once

#include "model.hpp"
#include "sheet.hpp"
#include "strand.hpp"

#include <memory>
#include <optional>

namespace leggen {

struct StrandSpec {
  std::vector<vec3> ctrl;  // pelvis frame
  std::vector<Key> keys;
  Outward outward;
  bool drape = false;
  bool pinStart = true;
  bool pinEnd = true;
  bool wrap = false;  // bend the section around the axis of `outward`
  float maxDrape = 0.0f;  // furthest draping may lift it (0: the default)
  float tendonFrom = 2.0f;  // see Strand::tendonFrom
  float settle = 0.0f;  // furthest it may be moved onto the bones after draping (0: not; see settle())
  float settleGap = 0.0006f;  // left between it and the bones (a thin one needs more: carving by bone is rounded)
};

struct MuscleSpec {
  std::string id;
  std::vector<StrandSpec> strands;
  float blend = 0.012f;  // smooth-union radius between strands
  float spacing = 0.0016f;
  std::size_t tris = 9000;
  // Sheet muscles: a curved thick sheet (with or without strands).
  std::shared_ptr<const SheetSpec> sheet;
  // Cutting planes (n, w): the muscle keeps dot(n, p) <= w (pelvis frame).
  std::vector<glm::vec4> clips;
  // Radius around each attachment within which neighbours do not carve the
  // muscle (0: the default).
  float anchorFree = 0.0f;
  // The strands' far ends join a tendon built apart (the rectus femoris
  // the quadriceps tendon): neighbours do not carve them there either.
  bool freeEnd = false;
  // The side its origins on the pelvis are reached from, where one lies buried in our bone
  // (0: towards the nearest point of the muscle).
  vec3 pelvisApproach{0.0f};
  // It arises from the pelvis by muscle fibres over a broad area, not by tendons (the gluteus
  // medius from the outer ilium): its attachment rods there are muscle, not tendon.
  bool fleshyPelvicOrigins = false;
  // Its strand's own end lies on the bone at its insertion, and the reference point lies off
  // our bone: no attachment rod there, which would end in the air as a knob on the tendon.
  bool insertionByStrand = false;
  // Sections along each strand: more for one that bends sharply under broad sections or curves
  // round a condyle, where 28 show as grooves or straight segments.
  int samples = 28;
  // A part of this muscle with a mesh and id of its own, not a muscle apart (the vastus
  // medialis's oblique part): built with it as one shape, so their surfaces run on unbroken,
  // and split from it by a plane.
  struct Part {
    std::string id;
    std::size_t firstStrand = 0;  // its strands: from this one to the last
    glm::vec4 plane{0.0f};  // (n, w): the part keeps dot(n, p) <= w, the muscle the rest (pelvis frame)
    float spacing = 0.0015f;
    std::size_t tris = 6000;
  };
  std::optional<Part> part;
};

// In build order: deep muscles first, so superficial ones can lie on them.
std::vector<MuscleSpec> muscleSpecs(const Frame& fr);

// Fusiform profile: tendon sections at the ends, belly between t0 and t1
// (peak at `peak`), half-width a and half-thickness b at the peak.
std::vector<Key> fusiform(float t0, float peak, float t1, float a, float b, float ta0 = 0.004f, float ta1 = 0.003f);

// Outward direction: away from the nearest point of segment ab.
Outward awayFrom(vec3 a, vec3 b);

// The axis lines used by awayFrom for the thigh, leg and buttock, so strands
// can wrap around them.
struct Axis {
  vec3 a, b;
};
Axis thighAxis(const Frame& fr);
Axis legAxis(const Frame& fr);
Axis buttockAxis();

}  // namespace leggen
