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
// The ankle's retinacula (ankle.cpp), appended to `out`.
void makeAnkle(const Frame& fr, const std::vector<Structure>& built, std::vector<Structure>& out);

}  // namespace leggen
