#pragma once
// Everything the app knows between frames, in one place the UI panels read and write. No GL,
// no GLFW, no ImGui: panels express what the user asked for as requests the app carries out.
#include "core/camera/orbit_camera.h"
#include "core/content/content.h"
#include "core/content/diagnostic.h"
#include "core/explore/labels.h"
#include "core/explore/search.h"
#include "core/explore/visibility.h"
#include "core/motion/skinning.h"
#include "core/picking/bvh.h"
#include "core/cli/options.h"
#include "core/scene/frame.h"
#include "core/scene/scene.h"
#include "core/state/rolling_player.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace myo {

/// A smooth move of the camera between two poses, in seconds of wall time.
struct CameraTransition {
  CameraPose from, to;
  double start = 0.0;
  double duration = 0.0;
  bool active = false;
};

/// A message for the user: what happened, and what the app did about it.
struct UserMessage {
  enum class Kind { Info, Error } kind = Kind::Info;
  std::string text;
};

/// A stretch being shown: which one, where in it, and how it plays. Time runs through all
/// repetitions on all sides; wall-clock time enters only in the app.
struct StretchPlayer {
  int stretch = -1; ///< index into content.stretches, -1 for none (standing)
  float time = 0.0f; ///< seconds since the start of the first repetition
  bool playing = false;
  float speed = 1.0f;
  bool loop = true;
};

/// Length of a stretch's target muscle at the current pose, for the panel and the colours.
struct TargetLength {
  std::string muscle; ///< the target's structure id: a muscle, or a tendon or band in series with muscles
  std::size_t through = 0; ///< the muscle measured (index into the description's): itself, or the
                           ///< one in series that the stretch lengthens most
  double standing = 0.0, now = 0.0;
  std::vector<float> curve; ///< change in percent over one repetition, for the plot
  [[nodiscard]] double change() const { return standing > 0.0 ? now / standing - 1.0 : 0.0; }
};

/// The skinning palette of the standing leg: every joint where it is.
inline const JointPalette kStandingPalette = [] {
  JointPalette p;
  p.fill(glm::mat4(1.0f));
  return p;
}();

struct AppState {
  AppOptions options;
  Scene scene;
  OrbitCamera camera;
  CameraTransition transition;
  FrameDesc frame; ///< rebuilt in place each frame; its vectors keep their capacity

  /// The content in use: the last one that loaded without errors (owned by the app's watcher).
  const content::Content* content = nullptr;
  std::string contentFile;
  /// Problems of the latest load; while it has errors, `content` is the last good version.
  std::vector<content::Diagnostic> contentProblems;

  /// content.structures index of each scene mesh, -1 where undescribed; see refreshContentLinks.
  std::vector<int> structureOfMesh;
  /// Scene mesh of each content structure, -1 where the model lacks it.
  std::vector<int> meshOfStructure;
  /// One entry per content structure, for the search box.
  std::vector<SearchEntry> searchIndex;
  std::array<char, 96> searchQuery{}; ///< what the user typed (ImGui edits it in place)
  std::string lastQuery;              ///< the query `searchResults` belong to
  std::vector<SearchResult> searchResults;
  bool showLabels = false;
  std::vector<PlacedLabel> labels; ///< laid out for `labelsPose`; recomputed when the view rests
  CameraPose labelsPose;
  JointPalette labelsPalette = kStandingPalette; ///< the pose they were laid out for
  std::vector<std::uint8_t> labelsPickable; ///< what was visible when they were laid out
  bool labelsDirty = true;
  bool showBrowser = true;
  bool showCard = true;

  int selected = -1; ///< scene mesh index, -1 for none
  int hovered = -1;
  ExploreView explore;
  /// The model's anatomical description (joints, lines of action); owned by the app.
  const anatomy::Description* anatomy = nullptr;
  StretchPlayer player;
  int condition = -1; ///< index into content.conditions, -1 for none
  bool showPain = true, showZones = true, showPaths = true;
  std::string focusedPainSite; ///< the pain site whose candidate structures the panel shows
  std::string hoveredPainSite; ///< the pain site under the cursor on the model, if any
  bool showConditionPanel = true;
  RollingPlayer rolling;
  bool showPathPanel = true;
  std::vector<TargetLength> targetLengths; ///< of the playing stretch, at the current pose
  /// Every muscle's length (m) at the current pose and standing, in the description's order.
  std::vector<double> muscleLengths, standingLengths;
  /// The current pose's coordinates and bones, kept between frames so posing reuses them.
  std::map<std::string, double> poseCoordinates;
  motion::BodyPoses bodyPoses;
  bool showStretchPanel = true;
  bool showSkin = true;
  bool bothLegs = false; ///< also show the left leg, mirrored, to compare sides
  bool striations = true;
  std::vector<UserMessage> messages;

  // Requests from the UI, carried out by the app at the start of the next frame.
  std::optional<ViewPreset> requestedView;
  std::optional<int> requestedPath; ///< show this rolling path (-1: none); needs the app's BVH
  bool requestReset = false;
  bool requestFrameAll = false;
  bool requestQuit = false;
  bool showAbout = false;

  // Measured by the app, shown in the status bar.
  float frameMilliseconds = 0.0f;
};

/// Fills `state.frame` for a viewport of width x height pixels; no allocation once the scene's
/// mesh count is stable.
void buildFrame(AppState& state, int width, int height);

/// Call after the scene or the content changes: links meshes to structures, sizes per-mesh state.
void refreshContentLinks(AppState& state);

/// Pain colours: local pain red-orange, referred pain violet (the legend shows both).
inline constexpr glm::vec3 kLocalPain{1.0f, 0.30f, 0.10f};
inline constexpr glm::vec3 kReferredPain{0.70f, 0.30f, 1.0f};

/// The colour scale for how much a muscle lengthens, `change` a fraction (0.1 = +10%): pale
/// yellow at no change, orange at +15%, deep violet at +30% and beyond; blue for shortening.
/// Chosen to stand out against muscle red.
[[nodiscard]] glm::vec3 lengtheningColour(double change);

/// The playing stretch, or nullptr.
[[nodiscard]] const content::Stretch* currentStretch(const AppState& state);
/// Seconds for all repetitions of the current stretch on all its sides (0 without one).
[[nodiscard]] float stretchTotalSeconds(const AppState& state);

/// Where the player is in the exercise: which side, which repetition, how far into it.
struct StretchMoment {
  int sides = 1, side = 0; ///< side 0 is done first (the right, unless only the left)
  int repetition = 0;      ///< 0-based, within the side
  float inRepetition = 0.0f;
  bool left = false; ///< this side is the left leg
};
[[nodiscard]] StretchMoment stretchMoment(const AppState& state);
/// Starts showing stretch `index` from its beginning (-1 to stand again).
void chooseStretch(AppState& state, int index);
/// Moves the player on by `dt` seconds of wall time (at its speed), looping or stopping at the end.
void advancePlayer(AppState& state, float dt);

/// What the camera frames: the model as posed in state.frame (call buildFrame first), and its
/// mirror image when both legs are shown.
[[nodiscard]] Aabb viewBounds(const AppState& state);
/// One structure's box as posed in state.frame: a stretch moves it far from where it stands.
[[nodiscard]] Aabb structureBounds(const AppState& state, int mesh);
/// What a screenshot or a pick frames at start: the isolated structure alone, else a rolling
/// path's target with room for the roller, else viewBounds (call buildFrame first).
[[nodiscard]] Aabb startBounds(const AppState& state);

/// The nearest pickable hit along `ray`, on either leg when both are shown (a hit on the left
/// leg names the same structure as on the right).
[[nodiscard]] std::optional<PickHit> pickAlong(const AppState& state, const TriangleBvh& bvh, const Ray& ray,
                                               std::span<const std::uint8_t> pickable);

/// Re-runs the search if the query changed since the last call; cheap otherwise.
void updateSearch(AppState& state);

/// Applies --select, --isolate, --xray, --hide and --layer. Returns one message per id the
/// model does not have (the rest still applies).
[[nodiscard]] std::vector<std::string> applyStartOptions(AppState& state);

/// Selects the mesh named `id`; returns false (and selects nothing) if there is none.
bool selectByName(AppState& state, const std::string& id);

/// One flag per scene mesh: 1 where a click can select it. Hidden and see-through meshes (the
/// translucent skin, X-rayed structures) let clicks pass to what lies under them. Reads
/// state.frame, so call it after buildFrame.
/// Writes into `flags`, reusing its storage, so the frame loop does not allocate.
void pickableMeshes(const AppState& state, std::vector<std::uint8_t>& flags);

/// Starts a smooth move to `target`; `now` in seconds.
void startTransition(AppState& state, const CameraPose& target, double now, double duration = 0.45);
/// Advances an active transition; returns true while it is still moving.
bool updateTransition(AppState& state, double now);

} // namespace myo
