#version 330 core
// A soft glowing outline around the selection's silhouette, drawn over the resolved image.
// The silhouette ignores depth, so the outline shows the whole extent of a deep muscle too.
in vec2 vUv;
uniform sampler2D uMask;
uniform vec2 uTexel;     // 1 / size
uniform float uRadius;   // pixels
uniform vec3 uColour;
out vec4 fragColor;

void main() {
  float inside = texture(uMask, vUv).r;
  float near = 0.0;
  // 16 directions at two distances: cheap enough for every frame, smooth enough to read as a glow.
  for (int i = 0; i < 16; ++i) {
    float a = 6.2831853 * float(i) / 16.0;
    vec2 d = vec2(cos(a), sin(a)) * uTexel;
    near = max(near, texture(uMask, vUv + d * uRadius).r);
    near = max(near, texture(uMask, vUv + d * uRadius * 0.5).r * 1.0);
  }
  float edge = near * (1.0 - inside);
  if (edge <= 0.0) discard;
  fragColor = vec4(uColour, edge * 0.95);
}
