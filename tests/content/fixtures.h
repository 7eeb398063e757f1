// MyoMap tests: a small content file that is valid, to edit in tests.
#pragma once

#include <string>

namespace myo::content::test {

inline const std::string kMinimal = R"(myomap: 1
title: Test pack
disclaimer: For tests only.
references:
  - id: anatomy_book
    citation: An anatomy textbook.
    level: textbook
  - id: article_a
    citation: A clinic's article.
    level: practitioner_article
  - id: study_x
    citation: A study reported by article A.
    reported_by: article_a
    level: peer_reviewed
structures:
  - id: rectus_femoris
    name: Rectus femoris
    latin: Musculus rectus femoris
    group: quadriceps
    layer: superficial
    origin: Front of the pelvis.
    insertion: Kneecap, through the quadriceps tendon.
    action: Straightens the knee and bends the hip.
    innervation: Femoral nerve.
    cite: [anatomy_book]
  - id: patella
    name: Kneecap
    latin: Patella
    group: bone
    layer: bone
conditions:
  - id: knee_pain
    name: Knee pain
    summary: {text: Pain around the kneecap., cite: [article_a]}
    symptoms:
      - {text: Aches on stairs., cite: [article_a]}
    red_flags:
      - {text: Swelling after a fall., cite: [article_a]}
    pain_sites: [front_of_knee]
    avoid_zones: [knee_zone]
    work_on:
      - {structure: rectus_femoris, why: It pulls on the kneecap., cite: [study_x]}
pain_sites:
  - id: front_of_knee
    name: Front of the knee
    at: {landmark: patella_apex, offset: [0.01, 0.0, 0.0]}
    radius: 0.03
    intensity: 0.8
    kind: local
    when: [stairs]
    cite: [article_a]
avoid_zones:
  - id: knee_zone
    name: The knee
    center: patella_base
    radius: 0.08
    reason: Do not press on an inflamed knee.
    phase: acute
    cite: [article_a]
rolling_paths:
  - id: roll_quads
    name: Roll the front of the thigh
    target: rectus_femoris
    tool: foam_roller
    position: Lying face down.
    start: asis
    via: [{structure: rectus_femoris, at: [0.05, 0.7, 0.08]}]
    end: {landmark: patella_base, offset: [0, 0.06, 0]}
    passes: 5
    tempo_s: 6
    duration_s: 60
    pressure: moderate
    cues: [Go slowly.]
    phase: any
    cite: [article_a]
stretches:
  - id: quad_stretch
    name: Quad stretch
    targets: [rectus_femoris]
    position: Standing.
    keyframes:
      - {t: 0}
      - {t: 2.5, hip_flexion: -10, knee_flexion: 130, ankle_dorsiflexion: -20}
    hold_s: 30
    reps: 2
    sides: both
    cues: [Keep the knees together.]
    phase: recovery
    cite: [article_a]
exercises:
  - id: step_down
    name: Slow step-down
    targets: [rectus_femoris]
    position: On a low step.
    sets: 3
    reps: 10
    cues: [Lower slowly.]
    phase: recovery
    cite: [article_a]
routines:
  - id: later
    name: After it settles
    condition: knee_pain
    phase: recovery
    summary: Roll, stretch, strengthen.
    cite: [article_a]
    steps:
      - {roll: roll_quads, duration_s: 60}
      - {stretch: quad_stretch, duration_s: 90}
      - {strengthen: step_down, duration_s: 120}
      - {rest: Walk around gently., duration_s: 30}
)";

} // namespace myo::content::test
