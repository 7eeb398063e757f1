// Helpers shared by the connective-tissue builders (connective.cpp, knee.cpp, ankle.cpp).
#pragma once

#include "muscle_specs.hpp"

namespace leggen {

// The nearest of the named built structures' fields.
Field unionOf(const std::vector<Structure>& built, const std::vector<std::string>& ids);
// A thin structure lofted from a strand, all tendon, skinned along `path`; laid onto `onto`
// (see loft) when given.
Structure lofted(const std::string& id, Kind kind, Strand st, std::vector<SkinPoint> path, const Field* onto = nullptr,
                 float gap = 0.0f, float minRadius = 0.05f);
// The knee's ligaments, menisci and capsule (knee.cpp), appended to `out`.
void makeKnee(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out);
// Articular cartilage (cartilage.cpp): its thickness (m) at q in its bone's own frame, > 0 on
// the articular surface (tapering to nothing at its margin), slightly negative off it. The
// cartilage is carved from the outer layer of our bones, which have none of their own (their
// surfaces stand where the cartilage's do); the bones are shrunk by it in main.cpp.
struct CartilageSizes {
  float femur, tibia, patella;  // peak thickness (m)
};
CartilageSizes cartilageSizes(const Frame& fr);
// A layer's thickness from q (bone frame), the bone's outward normal there and the peak.
using CartilageLayer = float (*)(vec3 q, vec3 n, float peak);
float femoralCartilage(vec3 q, vec3 n, float peak);
float tibialCartilage(vec3 q, vec3 n, float peak);
float patellarCartilage(vec3 q, vec3 n, float peak);
// The layer's thickness at p (pelvis frame) on `bone`, whose frame has its origin at `origin`.
float cartilageThickness(const Field& bone, vec3 p, vec3 origin, CartilageLayer layer, float peak);
// The three cartilage structures, appended to `out`; `built` holds the bones, not yet shrunk.
void makeCartilage(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out);
// The ankle's retinacula (ankle.cpp), appended to `out`.
void makeAnkle(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out);

}  // namespace leggen
