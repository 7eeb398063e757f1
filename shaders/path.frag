#version 330 core
// The ribbon: teal with white chevrons pointing from start to end; the start a green disc,
// the end a red one. Where something covers the path (the IT band over vastus lateralis) it
// is drawn again faintly and dashed, so the whole path reads through the layers.
in vec3 vNormal;
in vec2 vUv;
in float vMark;

uniform vec3 uKeyDir;
uniform bool uGhost;    // the pass for the parts behind other structures
uniform float uReached; // metres along the path the roller has reached on this pass; < 0: none

out vec4 fragColor;

void main() {
  float light = 0.55 + 0.45 * max(dot(normalize(vNormal), uKeyDir), 0.0);
  vec3 colour;
  if (vMark > 0.5) {
    float r = length(vUv);
    if (r > 1.0) discard;
    vec3 fill = vMark < 1.5 ? vec3(0.20, 0.78, 0.32) : vec3(0.88, 0.22, 0.18);
    colour = r > 0.72 ? vec3(0.97) : fill;
    if (vMark > 1.5 && r < 0.3) colour = vec3(0.97); // the end: a target
  } else {
    float across = abs(vUv.y);
    // Chevrons 2.5 cm apart; the tip leads, so they point the way to roll.
    float f = fract((vUv.x + across * 0.008) / 0.025);
    colour = vec3(0.04, 0.62, 0.70);
    if (uReached >= 0.0 && vUv.x > uReached) colour = vec3(0.02, 0.40, 0.48);
    if (f < 0.28 && across < 0.8) colour = vec3(0.96, 0.98, 0.98);
    if (across > 0.85) colour = vec3(0.01, 0.22, 0.27); // a dark edge against the red muscle
  }
  float alpha = 1.0;
  if (uGhost) {
    if (vMark < 0.5 && fract(vUv.x / 0.02) > 0.55) discard;
    alpha = 0.45;
  }
  fragColor = vec4(colour * light, alpha);
}
