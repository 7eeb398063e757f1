// A strand: an elliptical cross-section swept along a smooth centreline.
// Muscles are unions of strands; thin tendons and fasciae are lofted from
// strands directly.
#pragma once

#include "mesher.hpp"

#include <functional>
#include <vector>

namespace leggen {

// Cross-section key: at parameter t (0..1 along the centreline), half-width a
// and half-thickness b (m).
struct Key {
  float t, a, b;
};

struct Strand {
  std::vector<vec3> c;   // centreline samples
  std::vector<vec3> tg;  // unit tangents
  std::vector<vec3> n;   // unit thickness directions, normal to the tangent
  std::vector<float> a, b;
  Box box;
  float maxR = 0.0f;
  // Optional wrap axis: the section bends around this line (a vastus around
  // the femur), measured as arc length around it and depth away from it.
  bool wrap = false;
  vec3 wrapA{}, wrapDir{};

  // Where along the strand (0..1) it is all tendon, for straps whose
  // section stays broad to the end (the pes anserinus); 2: nowhere.
  float tendonFrom = 2.0f;

  // Under a broad section round a sharp bend, the centreline point nearest a point on the
  // inner side of the bend can belong to a section that does not reach it while its
  // neighbour's does: the field then shows a groove there (on the vastus lateralis above the
  // knee). With this set, the sections of the few segments either side of the
  // nearest are tried too and the one that holds the point best is taken: the strand is the
  // union of its sections.
  int sectionWindow = 0;

  // Approximate signed distance; fibre (optional) gets the local tangent,
  // tendon (optional) how much the strand is tendon there (0 belly, 1 tendon).
  // Beyond `cutoff` from the box, returns the box distance (a lower bound).
  // farSide: for a wrapped strand, add a distance that grows smoothly
  // beyond a quarter turn from the centreline round its axis, so the far
  // side of the limb (where the wrapped angle wraps round) stays clear.
  // around (optional): the point's angle round the centreline on the elliptic section,
  // 0 on the outward side, +-pi on the deep side (where the fibre lines' seam is hidden),
  // spaced about evenly by arc length.
  // across (optional): the point's place across the section's width, -1 to 1 (u / A).
  float eval(vec3 p, vec3* fibre = nullptr, float cutoff = 0.01f, bool farSide = false, float* tendon = nullptr,
             float* around = nullptr, float* across = nullptr) const;
};

// Outward direction (the thickness axis) at a centreline point.
using Outward = std::function<vec3(vec3)>;

// Catmull-Rom through the control points, resampled evenly by arc length.
Strand makeStrand(const std::vector<vec3>& ctrl, const std::vector<Key>& keys, const Outward& outward, float scale,
                  int samples = 28);

// Moves each centreline sample outward until it sits b + gap outside the
// field `under` (used to lay superficial muscles, tendons and fasciae on
// what lies beneath them). Ends listed in `pinned` stay put.
// No sample moves further than maxMove in all; returns the largest move.
// A pinned end's push fades in over `fade` samples.
float drape(Strand& s, const Field& under, const Outward& outward, float gap, bool pinStart, bool pinEnd, float maxMove = 1e9f,
            int fade = 3);

// The opposite of drape, for a tendon held to bone by fascia: moves the centreline against
// `outward` (down for a tendon on the dorsum of the foot, up for one in the sole) onto
// `under`, b + gap clear of it, each sample as far as it goes where it meets bone within
// maxMove (a sample over a gap stays put), the moves smoothed along the strand and faded in
// next to a pinned end; then draped out (at most 4 mm) where the smoothing cut into a crest.
// Returns the largest move before that drape.
float settle(Strand& s, const Field& under, const Outward& outward, float gap, bool pinStart, bool pinEnd, float maxMove);

// Closed tube mesh around the strand (elliptic rings, capped ends).
// onto (optional): each ring's points are moved against its thickness direction, as far as
// the ring's deep face there stands more than `gap` off this field, so a broad flat band lies
// on the curved surface beneath it instead of standing off it at its edges; but no further
// than a bend of radius minRadius across the band allows (u^2 / 2R at u from its middle), so
// it does not sink into every hollow beside it. The strand's field (eval) stays the flat
// section, which holds the band.
Mesh loft(const Strand& s, int around = 20, const Field* onto = nullptr, float gap = 0.0f, float minRadius = 0.05f);

}  // namespace leggen
