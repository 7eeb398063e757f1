#!/usr/bin/env bash
# Benchmarks MyoMap against its nearest peers on the same model, in the same run:
#   screenshot: myomap --screenshot vs f3d --output (process start to PNG written, peak memory)
#   import:     myomap's Assimp import in process, and whole processes vs `assimp info -r`
#   frames:     myomap --bench-frames at 1280x720 offscreen
# Usage: bench/run.sh BUILD_DIR [MODEL] [RUNS]. Prints medians and ratios.
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [MODEL] [RUNS]}
model=${2:-$build/assets/leg-right.glb}
runs=${3:-7}
myomap=$build/bin/myomap
tmp=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

# One X server for every run, so its start-up is counted for nobody.
if [ -z "${DISPLAY:-}" ]; then
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$tmp/display")"
fi

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# timed LABEL CMD...: runs CMD $runs times; appends "wall_s peak_kb" lines to $tmp/LABEL
timed() {
  local label=$1; shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    cat "$tmp/t" >>"$tmp/$label"
  done
}
col() { awk -v c="$1" '{print $c}' "$tmp/$2" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "model: $model ($(du -h "$model" | cut -f1))"
echo "renderer: $(glxinfo -B 2>/dev/null | awk -F': ' '/OpenGL renderer/ {print $2}')"

timed myomap_shot "$myomap" --model "$model" --screenshot "$tmp/m.png" --size 1280x720
if command -v f3d >/dev/null; then
  timed f3d_shot f3d --output "$tmp/f.png" --resolution 1280,720 "$model"
fi
ms=$(col 1 myomap_shot); mm=$(col 2 myomap_shot)
echo "screenshot 1280x720: myomap median ${ms} s, peak ${mm} KiB"
if [ -s "$tmp/f3d_shot" ]; then
  fs=$(col 1 f3d_shot); fm=$(col 2 f3d_shot)
  echo "screenshot 1280x720: f3d    median ${fs} s, peak ${fm} KiB"
  echo "ratio myomap/f3d: time $(ratio "$ms" "$fs"), memory $(ratio "$mm" "$fm") (goal: <= 0.33 and <= 0.50)"
fi

"$build/bench/model_import_bench" "$model" 15
timed myomap_import "$build/bench/model_import_bench" "$model" 1
timed assimp_info assimp info "$model" -r
mi=$(col 1 myomap_import); ai=$(col 1 assimp_info)
echo "import process: myomap median ${mi} s, assimp info -r median ${ai} s, ratio $(ratio "$mi" "$ai")"

"$myomap" --model "$model" --bench-frames 200 --size 1280x720

"$build/bench/pick_bench" "$model" 20000
"$build/bench/lengths_bench" "$build/assets/leg-right.yaml"
"$build/bench/path_bench" "$model" "$(dirname "$0")/../assets/content/runners-knee.yaml"
[ -x "$build/src/core/content/content_bench" ] && "$build/src/core/content/content_bench"
