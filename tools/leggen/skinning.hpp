// Vertex weights: each vertex follows the bodies of its structure; where a
// structure crosses a joint, weights blend smoothly along its path.
#pragma once

#include "model.hpp"

namespace leggen {

class Skinner {
 public:
  explicit Skinner(const Frame& fr);
  // The skin's joints: the bodies, then the chord joints.
  [[nodiscard]] const std::vector<std::string>& joints() const { return bodies_; }
  [[nodiscard]] int jointIndex(const std::string& body) const;
  // Rigid: all weight on one body.
  void rigid(Mesh& m, const std::string& body) const;
  // Along a polyline of points attached to bodies (several polylines: the
  // nearest one decides).
  // wholeLength: each change of body blends over its whole segment; the two
  // bodies must be neighbours (one joint between them).
  void alongPaths(Mesh& m, const std::vector<std::vector<SkinPoint>>& paths, bool wholeLength = false) const;
  // A structure with a chord joint (see motion::chordTransform): its ends follow their bodies
  // and its middle the chord joint.
  void chord(Mesh& m, const myo::anatomy::ChordJoint& chord) const;
  // The skin follows what lies beneath it: each vertex takes the weights of the nearest vertex
  // of `beneath` (already skinned), blended into its own path weights from 6 to 20 mm away,
  // then smoothed over the skin. Skinned only along a path, the skin of the buttock followed
  // the femur differently from the gluteus maximus under it, which came out through it.
  void followBeneath(Mesh& skin, const std::vector<const Mesh*>& beneath) const;
  // Foot bones: calcaneus or toes, split at the metatarsophalangeal line.
  void foot(Mesh& m) const;

 private:
  struct Crossing {
    std::string a, b;
    vec3 centre;
    float halfWidth;
  };
  [[nodiscard]] std::vector<const Crossing*> chain(const std::string& from, const std::string& to) const;
  const Frame& fr_;
  std::vector<std::string> bodies_;
  std::vector<Crossing> crossings_;
};

}  // namespace leggen
