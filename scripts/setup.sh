#!/usr/bin/env bash
# Installs the Debian packages MyoMap needs, and only those that are missing.
# Works as root (apt-get directly) or as a user with sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  python3-glad                 # /usr/bin/glad: the GL loader is generated at build time
  libglfw3-dev libgl-dev libegl-dev
  libimgui-dev libstb-dev
  libassimp-dev assimp-utils
  libglm-dev libcli11-dev libyaml-cpp-dev libmeshoptimizer-dev
  fonts-dejavu-core            # the UI font
  doctest-dev
  xvfb xauth                   # headless rendering for tests and screenshots
  libgl1-mesa-dri              # llvmpipe, the software OpenGL driver
)
[ "${MYOMAP_BENCH:-0}" = 1 ] && packages+=(f3d time mesa-utils)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=(); else
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
