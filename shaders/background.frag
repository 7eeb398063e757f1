#version 330 core
// A calm studio backdrop: darker at the bottom, with a soft light behind the model.
in vec2 vUv;
out vec4 fragColor;
void main() {
  vec3 top = vec3(0.22, 0.25, 0.30), bottom = vec3(0.09, 0.10, 0.12);
  vec3 c = mix(bottom, top, smoothstep(0.0, 1.0, vUv.y));
  float glow = 1.0 - smoothstep(0.0, 0.75, length((vUv - vec2(0.5, 0.55)) * vec2(1.4, 1.0)));
  c += vec3(0.05, 0.055, 0.06) * glow;
  fragColor = vec4(c, 1.0);
}
