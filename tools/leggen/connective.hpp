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
// Articular cartilage (cartilage.cpp): a layer carved from the outer layer of our bones, which
// have none of their own (their surfaces stand where the cartilage's do); the bones are shrunk by
// it in main.cpp. An outline gives, at q in the bone's own frame with the bone's outward normal
// n, the signed distance (m, negative inside) to the layer's edge on the bone.
struct CartilageSizes {
  float femur, tibia, patella;  // peak thickness (m)
};
CartilageSizes cartilageSizes(const Frame& fr);
using CartilageOutline = float (*)(vec3 q, vec3 n);
// The outline of the named bone's cartilage ("femur", "tibia", "patella"; null for others).
CartilageOutline cartilageOutline(const std::string& bone);
// The layer's field on `bone` (pelvis frame; the bone's frame has its origin at `origin`), and
// the bone's field less the layer.
float cartilageField(const Field& bone, vec3 p, vec3 origin, CartilageOutline outline, float peak);
float boneUnderCartilage(const Field& bone, vec3 p, vec3 origin, CartilageOutline outline, float peak);
// The three cartilage structures, appended to `out`; `built` holds the bones, not yet shrunk.
void makeCartilage(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out);
// The ankle's retinacula (ankle.cpp), appended to `out`.
void makeAnkle(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out);

}  // namespace leggen
