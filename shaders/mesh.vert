#version 330 core
// Meshes are already in model space; one matrix takes them to the clip space.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aFibre;
layout(location = 3) in uvec4 aJoints;
layout(location = 4) in vec4 aWeights;
layout(location = 5) in float aTendon; // 0 in a muscle's belly, 1 in its tendon
layout(location = 6) in float aFibreLines; // phase of the fibre lines, constant along a fibre

uniform mat4 uViewProjection;
uniform mat4 uModel; // identity, or the mirror that draws the left leg
uniform bool uSkinned;
uniform mat4 uPalette[16]; // standing pose -> current pose, per joint (kMaxJoints in core/scene/scene.h)

out vec3 vPosition;
out vec3 vNormal;
out vec4 vFibre;
out float vTendon;
out float vFibreLines;

void main() {
  mat4 skin = mat4(1.0);
  float total = aWeights.x + aWeights.y + aWeights.z + aWeights.w;
  if (uSkinned && total > 0.0) {
    // Linear blend skinning; the weights blend along muscles that cross a joint, so they bend.
    skin = uPalette[aJoints.x] * aWeights.x + uPalette[aJoints.y] * aWeights.y + uPalette[aJoints.z] * aWeights.z +
           uPalette[aJoints.w] * aWeights.w;
  }
  mat4 m = uModel * skin;
  vec4 world = m * vec4(aPosition, 1.0);
  vPosition = world.xyz;
  // Normals take the cofactor matrix (the inverse transpose up to scale): a belly joint
  // shortens a muscle and thickens it, and a plain mat3 would tilt its normals. The sign keeps
  // them outward under the mirror that draws the left leg.
  mat3 a = mat3(m);
  mat3 cofactor = mat3(cross(a[1], a[2]), cross(a[2], a[0]), cross(a[0], a[1]));
  vNormal = cofactor * aNormal * sign(dot(a[0], cross(a[1], a[2])));
  vFibre = vec4(mat3(m) * aFibre.xyz, aFibre.w);
  vTendon = aTendon;
  vFibreLines = aFibreLines;
  gl_Position = uViewProjection * world;
}
