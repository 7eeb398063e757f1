#version 330 core
// Meshes are already in model space; one matrix takes them to the clip space.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aFibre;

uniform mat4 uViewProjection;

out vec3 vPosition;
out vec3 vNormal;
out vec4 vFibre;

void main() {
  vPosition = aPosition;
  vNormal = aNormal;
  vFibre = aFibre;
  gl_Position = uViewProjection * vec4(aPosition, 1.0);
}
