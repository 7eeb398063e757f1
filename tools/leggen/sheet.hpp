// A sheet muscle (gluteus maximus): a thick curved quadrilateral laid on a
// smooth bed over what lies beneath it, instead of a bundle of tubes.
//
// The sheet lives in cylindrical coordinates around an axis: angle theta
// around it, height h along it (the axis direction), radius r away from it.
// Its outline is a quadrilateral in (theta, h) with corners at the origin's
// two ends and the insertion's two ends; fibres run from the origin edge to
// the insertion edge. The bed is the outermost surface of the deeper
// structures along each radial ray, widened and blurred so the sheet rides
// over their bumps as the real muscle does under its fascia.
#pragma once

#include "mesher.hpp"

#include <memory>
#include <optional>

namespace leggen {

struct SheetSpec {
  vec3 axisA{}, axisB{};  // axis from A (top) to B; h grows from A to B
  vec3 back{-1, 0, 0};    // theta = 0 direction (projected off the axis)
  vec3 side{0, 0, 1};     // theta grows towards this direction
  // Corners in (theta radians, h metres): origin edge o0 (u = 0) to o1
  // (u = 1), insertion edge i0 to i1; v runs from origin to insertion.
  glm::vec2 o0{}, o1{}, i0{}, i1{};
  // Optional middle control points bending the origin and insertion edges
  // (quadratic Bezier curves); straight edges when left unset.
  std::optional<glm::vec2> om, im;
  // Relative thickness along the origin edge (u) and along the fibres (v):
  // pairs of (parameter, factor), linear between them.
  std::vector<glm::vec2> alongU, alongV;
  float thickness = 0.03f;  // peak thickness at scale 1 (m)
  float gap = 0.0012f;      // kept off the bed
  float edgeRound = 0.016f; // width over which the outer face rounds down to the edge
  // The outer face one smooth dome over the bed's hollows and crests (see Sheet::outer); off,
  // the face follows the bed at the set thickness.
  bool smoothOuter = false;
  // The bed: how far each bump of the deeper surface is widened, and the radius of curvature
  // of the hollows it closes (see makeSheetBed). Smaller for a sheet that lies on bone.
  float bedWiden = 0.006f;
  float bedClose = 0.08f;
  // Where along the fibres (v) it turns to its tendon of insertion, over the next 0.12 (2: it
  // does not): the gluteus medius ends on the greater trochanter in a broad flat tendon.
  float tendonFrom = 2.0f;
};

// The bed: outer radius of the deeper structures on a (theta, h) grid.
struct SheetBed {
  float t0 = 0, h0 = 0, dt = 0, dh = 0;
  int nt = 0, nh = 0;
  std::vector<float> r;
  [[nodiscard]] float at(float theta, float h) const;
  // Bilinear read of any grid laid out like r.
  [[nodiscard]] float sample(const std::vector<float>& g, float theta, float h) const;
};

std::shared_ptr<const SheetBed> makeSheetBed(const SheetSpec& s, const Field& under);

struct Sheet {
  SheetSpec spec;
  std::shared_ptr<const SheetBed> bed;
  float scale = 1.0f;  // thickness factor
  vec3 D{}, P{}, L{};  // axis direction, theta = 0 and theta = 90 degrees directions
  Box box;
  // Mid-surface points, for attachment tendons to end in: none on the outline, so a tendon
  // ends inside the sheet (one ending on the rounded rim stuck out of it, a knob on the gluteus
  // maximus's lower border).
  std::vector<vec3> samples;
  std::vector<float> sampleHalf;  // the sheet's half thickness at each sample (m)
  // The outer face's radius on the bed's grid: bed plus thickness, blurred, so the face is one
  // smooth dome that fills the hollows between the structures beneath and thins over their
  // crests, instead of copying every ridge of the bed.
  std::vector<float> outer;

  [[nodiscard]] float outerAt(float theta, float h) const;
  // Thickness at (theta, h), whose outline coordinates are (u, v) clamped and edge distance e.
  [[nodiscard]] float thickness(float theta, float h, float u, float v, float e) const;

  // Approximate signed distance (negative inside); fibre gets the local
  // fibre direction (origin to insertion) when asked. Beyond `cutoff` from
  // its box, returns the box distance (a lower bound).
  // across (optional): where the point lies across the fibres, 0 at the first fibre (u = 0)
  // to 1 at the last.
  // along (optional): where it lies along the fibres, 0 at the origin edge to 1 at the insertion.
  [[nodiscard]] float eval(vec3 p, vec3* fibre = nullptr, float cutoff = 0.01f, float* across = nullptr, float* along = nullptr) const;
  // The sheet's width across its fibres at v along them (m).
  [[nodiscard]] float width(float v) const;
  // Mid-surface point at (u, v).
  [[nodiscard]] vec3 point(float u, float v) const;
};

Sheet makeSheet(const SheetSpec& s, std::shared_ptr<const SheetBed> bed, float scale);

}  // namespace leggen
