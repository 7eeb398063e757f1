#version 330 core
// Studio lighting that follows the camera: a key light from the upper left, a cool fill from
// the right and a rim light from behind, over a sky/ground ambient. Lighting is computed in
// linear light and encoded to sRGB at the end.
in vec3 vPosition;
in vec3 vNormal;
in vec4 vFibre;
in float vTendon;
in float vFibreLines;

uniform vec3 uEye;
uniform vec3 uKeyDir;   // towards the light, world space, unit
uniform vec3 uFillDir;
uniform vec3 uRimDir;
uniform vec4 uBaseColor; // linear
uniform float uRoughness;
uniform vec3 uTendonColor;     // linear; where a muscle has become tendon (vTendon)
uniform float uTendonRoughness;
uniform float uStriation; // 0: none; otherwise strength of fibre lines
uniform vec3 uHighlight;  // added emission for selection and hover
uniform vec4 uTint;       // rgb replaces the albedo by the fraction a (lengthening colours)
uniform int uHeatCount;
uniform vec4 uHeat[8];       // centre, radius (metres)
uniform vec4 uHeatColour[8]; // rgb, intensity
uniform int uZoneCount;
uniform vec4 uZone[4];       // centre, radius
uniform vec4 uPeel;          // centre, radius of the cut around the roller (radius 0: none)
uniform bool uPeeled;        // this structure covers the rolled one: cut it open there

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

// Distance from this fragment to an overlay's centre in units of its radius, along the surface,
// plus a penalty for how deep under the surface the centre lies (12 cm counts as one radius).
float overlayDistance(vec4 site, vec3 n) {
  vec3 toSite = site.xyz - vPosition;
  float along = dot(toSite, n);            // < 0: the site is under this surface
  float across = length(toSite - n * along);
  float depth = along < 0.0 ? -along : length(toSite);
  return length(vec2(across / max(site.w, 1e-4), depth / 0.12));
}

void main() {
  float peel = uPeeled && uPeel.w > 0.0 ? distance(vPosition, uPeel.xyz) / uPeel.w : 2.0;
  if (peel < 1.0) discard;
  vec3 v = normalize(uEye - vPosition);
  vec3 n = normalize(vNormal);
  if (!gl_FrontFacing) n = -n; // open meshes from other tools are lit from both sides

  vec3 albedo = mix(mix(uBaseColor.rgb, uTendonColor, vTendon), pow(uTint.rgb, vec3(2.2)), uTint.a);
  float roughness = mix(uRoughness, uTendonRoughness, vTendon);
  // Outside the branch: derivatives inside non-uniform control flow are undefined.
  float linesPerPixel = fwidth(vFibreLines);
  if (uStriation > 0.0 && vFibre.w > 0.5) {
    // Fine lines along the fibres, from the phase the generator stores (a few millimetres
    // apart, converging into the tendons; finer and fainter on tendon, a sheen of collagen
    // bundles). Faded where they would alias: far away, and on the seam where the phase
    // wraps round a muscle's deep side.
    float line = 0.5 + 0.5 * sin(vFibreLines);
    float fade = 1.0 - smoothstep(0.8, 2.0, linesPerPixel);
    albedo *= 1.0 - uStriation * mix(1.0, 0.45, vTendon) * fade * line * line;
  }

  float shininess = mix(96.0, 6.0, clamp(roughness, 0.0, 1.0));
  float specStrength = mix(0.35, 0.04, clamp(roughness, 0.0, 1.0));

  vec3 sky = vec3(0.42, 0.45, 0.52), ground = vec3(0.20, 0.17, 0.15);
  vec3 light = mix(ground, sky, 0.5 + 0.5 * n.y) * 0.75;
  light += vec3(1.00, 0.96, 0.90) * 1.70 * max(dot(n, uKeyDir), 0.0);
  light += vec3(0.55, 0.62, 0.75) * 0.60 * max(dot(n, uFillDir), 0.0);
  vec3 colour = albedo * light;
  colour += vec3(1.0, 0.97, 0.92) * specStrength * specular(n, uKeyDir, v, shininess) * max(dot(n, uKeyDir), 0.0);
  float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0);
  colour += vec3(0.75, 0.82, 1.0) * 0.45 * rim * max(dot(n, uRimDir) + 0.35, 0.0);
  colour += uHighlight;
  // The cut edge, pale like a section through tissue, so the opening reads as a cut.
  if (peel < 1.08) colour = mix(colour, vec3(0.95, 0.88, 0.80), 0.8);

  float heatAlpha = 0.0;
  // Avoid zones: diagonal hazard stripes inside, a solid rim at the edge. Drawn before the
  // pain, so pain inside a zone (the inflamed knee) still glows through the stripes.
  for (int i = 0; i < uZoneCount; ++i) {
    float d = overlayDistance(uZone[i], n);
    if (d < 1.0) {
      float stripe = step(0.5, fract((vPosition.x + vPosition.y - vPosition.z) * 45.0));
      vec3 hatch = mix(vec3(0.08, 0.08, 0.08), vec3(1.0, 0.82, 0.1), stripe);
      float rim = smoothstep(0.88, 0.97, d);
      // Lighter inside than at the rim, so the pain under the zone still shows through.
      colour = mix(colour, mix(hatch, vec3(1.0, 0.82, 0.1), rim), 0.35 + 0.6 * rim);
      heatAlpha = max(heatAlpha, 0.55 + 0.4 * rim);
    }
  }

  // Pain: a smooth heat on the surfaces over the site, so it follows the body's shape. Distance
  // is measured along the surface; a site deep under it (the kneecap under the skin) still
  // shows, fading with depth, and the far side of the limb stays clear.
  for (int i = 0; i < uHeatCount; ++i) {
    float d = overlayDistance(uHeat[i], n);
    float h = uHeatColour[i].a * exp(-2.2 * d * d);
    // The colour is given as the legend shows it (sRGB); light is linear here.
    colour = mix(colour, pow(uHeatColour[i].rgb, vec3(2.2)) * (0.9 + 0.5 * h), clamp(h * 2.2, 0.0, 0.88));
    heatAlpha = max(heatAlpha, clamp(h * 2.0, 0.0, 0.9));
  }
  float alpha = uBaseColor.a;
  if (alpha < 1.0) {
    alpha = mix(alpha, min(1.0, alpha * 2.5), rim); // translucent skin shows its outline
    alpha = max(alpha, heatAlpha);                  // and the pain and zones on it
  }
  fragColor = vec4(toSrgb(clamp(toneMap(colour), 0.0, 1.0)), alpha);
}
