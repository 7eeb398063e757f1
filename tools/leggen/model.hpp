// Shared types of the leg generator: a structure is one mesh node of the
// model, defined by an implicit field in the pelvis frame.
#pragma once

#include "mesher.hpp"

#include "core/anatomy/anatomy.hpp"

#include <functional>
#include <string>
#include <vector>

namespace leggen {

struct SkinPoint {
  vec3 p;  // pelvis frame
  std::string body;
};

enum class Kind { Bone, Muscle, Tendon, Fascia, Skin, Fat, Cartilage };

// A field with a box outside which it is positive; beyond the box the field
// returns the box distance, a lower bound that keeps sparse sampling safe.
struct Shape {
  Field f;
  Box box;
  [[nodiscard]] float operator()(vec3 p) const {
    const float d = box.distance(p);
    return d > 0.004f ? d : f(p);
  }
};

struct Structure {
  std::string id;
  Kind kind = Kind::Bone;
  Shape shape;
  float spacing = 0.0015f;  // marching grid step (m)
  std::size_t targetTris = 8000;
  // Muscles: unit fibre direction at a point (the shader's striations) in
  // xyz; in w how much of the muscle there is tendon (0 belly, 1 tendon).
  std::function<glm::vec4(vec3)> fibre;
  // Muscles: the phase (radians) of the fibre lines the shader draws, constant along a fibre
  // and growing by 2 pi from one line to the next across them.
  std::function<float(vec3)> fibreLines;
  // Bodies whose motion this structure follows, for skinning.
  std::vector<std::string> bodies;
  // Structures that span joints: polylines whose points carry a body.
  std::vector<std::vector<SkinPoint>> skinPaths;
  // Short straps between two bodies (the retinacula): blend over the whole
  // strap rather than around the joint centre, which lies off the strap.
  bool blendWholeLength = false;
  // Meshed shells that leave small pockets apart (the knee's capsule): keep the largest piece.
  bool keepLargest = false;
  // Optional target volume (m^3) for calibration of muscles.
  double targetVolume = 0.0;
  // Muscles: their strands before carving, a cheap stand-in for the skin.
  std::function<float(vec3)> proxy;
  // Lofted structures (thin tendons and fasciae) come with their mesh made;
  // others are meshed from the shape.
  bool lofted = false;
  Mesh mesh;
  glm::vec4 colour{1.0f};
  int material = 0;
};

// Pelvis-frame helpers around the description.
struct Frame {
  const myo::anatomy::Description* d = nullptr;
  [[nodiscard]] vec3 origin(const std::string& body) const { return vec3(d->body(body)->origin); }
  [[nodiscard]] vec3 at(const std::string& body, vec3 local) const { return origin(body) + local; }
  [[nodiscard]] vec3 landmark(const std::string& id) const {
    const auto* l = d->landmark(id);
    return vec3(d->toPelvis(l->body, l->at));
  }
};

// Where the patellar tendon goes into the tibial tuberosity (tibia frame), for the bone's
// swelling and the tendon. 2 mm lateral of the tibia's axis, so the tendon runs straight down
// from the patella (centred on the trochlear groove, 4 mm lateral) rather than 8 mm medially
// towards the reference landmark (the tibia mesh's most anterior point, 7 mm medial): in a
// normal knee the tuberosity lies lateral of the groove, not medial.
inline constexpr vec3 kPatellarTendonInsertion{0.038f, -0.068f, 0.002f};

std::vector<Structure> makeBones(const Frame& fr);
// Muscles are carved against bones and already built muscles, so they take
// the finished structures built so far.
std::vector<Structure> makeMuscles(const Frame& fr, const std::vector<Structure>& bones);
std::vector<Structure> makeConnective(const Frame& fr, const std::vector<Structure>& built);
Structure makeSkin(const Frame& fr, const std::vector<Structure>& built);

}  // namespace leggen
