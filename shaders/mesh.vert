#version 330 core
// Meshes are already in model space; one matrix takes them to the clip space.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aFibre;

uniform mat4 uViewProjection;
uniform mat4 uModel; // identity, or the mirror that draws the left leg

out vec3 vPosition;
out vec3 vNormal;
out vec4 vFibre;

void main() {
  vec4 world = uModel * vec4(aPosition, 1.0);
  vPosition = world.xyz;
  vNormal = mat3(uModel) * aNormal; // the mirror is orthonormal: no inverse transpose needed
  vFibre = vec4(mat3(uModel) * aFibre.xyz, aFibre.w);
  gl_Position = uViewProjection * world;
}
