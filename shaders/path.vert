#version 330 core
// A rolling path's ribbon and its start and end marks, already in model space.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec2 aUv;
layout(location = 3) in float aMark;

uniform mat4 uViewProjection;

out vec3 vNormal;
out vec2 vUv;
out float vMark;

void main() {
  vNormal = aNormal;
  vUv = aUv;
  vMark = aMark;
  gl_Position = uViewProjection * vec4(aPosition, 1.0);
}
