#version 330 core
// Studio lighting that follows the camera: a key light from the upper left, a cool fill from
// the right and a rim light from behind, over a sky/ground ambient. Lighting is computed in
// linear light and encoded to sRGB at the end.
in vec3 vPosition;
in vec3 vNormal;
in vec4 vFibre;

uniform vec3 uEye;
uniform vec3 uKeyDir;   // towards the light, world space, unit
uniform vec3 uFillDir;
uniform vec3 uRimDir;
uniform vec4 uBaseColor; // linear
uniform float uRoughness;
uniform float uStriation; // 0: none; otherwise strength of fibre lines
uniform vec3 uHighlight;  // added emission for selection and hover
uniform vec4 uTint;       // rgb replaces the albedo by the fraction a (lengthening colours)

out vec4 fragColor;

// A soft shoulder instead of a hard clip, so bright ivory bone keeps its shading.
vec3 toneMap(vec3 c) {
  const float white = 1.6;
  return c * (1.0 + c / (white * white)) / (1.0 + c);
}

vec3 toSrgb(vec3 c) {
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}

float specular(vec3 n, vec3 l, vec3 v, float shininess) {
  vec3 h = normalize(l + v);
  // Normalised Blinn-Phong keeps highlights of rough and smooth surfaces equally bright.
  return pow(max(dot(n, h), 0.0), shininess) * (shininess + 8.0) / 25.0;
}

void main() {
  vec3 v = normalize(uEye - vPosition);
  vec3 n = normalize(vNormal);
  if (!gl_FrontFacing) n = -n; // open meshes from other tools are lit from both sides

  vec3 albedo = mix(uBaseColor.rgb, pow(uTint.rgb, vec3(2.2)), uTint.a);
  if (uStriation > 0.0 && vFibre.w > 0.5) {
    // Fine lines along the fibres: a wave across them, in world units, so every muscle has
    // the same grain whatever its size.
    vec3 across = normalize(cross(vFibre.xyz, n) + 1e-6);
    float phase = dot(vPosition, across) * 900.0;
    float line = 0.5 + 0.5 * sin(phase);
    albedo *= 1.0 - uStriation * line * line;
  }

  float shininess = mix(96.0, 6.0, clamp(uRoughness, 0.0, 1.0));
  float specStrength = mix(0.35, 0.04, clamp(uRoughness, 0.0, 1.0));

  vec3 sky = vec3(0.42, 0.45, 0.52), ground = vec3(0.20, 0.17, 0.15);
  vec3 light = mix(ground, sky, 0.5 + 0.5 * n.y) * 0.75;
  light += vec3(1.00, 0.96, 0.90) * 1.70 * max(dot(n, uKeyDir), 0.0);
  light += vec3(0.55, 0.62, 0.75) * 0.60 * max(dot(n, uFillDir), 0.0);
  vec3 colour = albedo * light;
  colour += vec3(1.0, 0.97, 0.92) * specStrength * specular(n, uKeyDir, v, shininess) * max(dot(n, uKeyDir), 0.0);
  float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0);
  colour += vec3(0.75, 0.82, 1.0) * 0.45 * rim * max(dot(n, uRimDir) + 0.35, 0.0);
  colour += uHighlight;

  float alpha = uBaseColor.a;
  if (alpha < 1.0) alpha = mix(alpha, min(1.0, alpha * 2.5), rim); // translucent skin shows its outline
  fragColor = vec4(toSrgb(clamp(toneMap(colour), 0.0, 1.0)), alpha);
}
