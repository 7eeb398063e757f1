#include "core/motion/skinning.h"

#include <glm/gtc/matrix_transform.hpp>

namespace myo::motion {

void computePalette(const anatomy::Description& desc, const BodyPoses& poses, const std::vector<std::string>& joints,
                    SkinningPalette& palette) {
  // Model frame = pelvis frame lifted by the floor offset.
  const glm::dmat4 modelFromPelvis = glm::translate(glm::dmat4(1.0), glm::dvec3(0.0, desc.floorOffset, 0.0));
  const glm::dmat4 pelvisFromModel = glm::inverse(modelFromPelvis);
  for (std::size_t i = 0; i < palette.size(); ++i) {
    palette[i] = glm::mat4(1.0f);
    if (i >= joints.size()) continue;
    const anatomy::Body* body = desc.body(joints[i]);
    auto posed = poses.pelvisFromBody.find(joints[i]);
    if (!body || posed == poses.pelvisFromBody.end()) continue;
    const glm::dmat4 standing = glm::translate(glm::dmat4(1.0), body->origin);
    palette[i] = glm::mat4(modelFromPelvis * posed->second * glm::inverse(standing) * pelvisFromModel);
  }
}

} // namespace myo::motion
