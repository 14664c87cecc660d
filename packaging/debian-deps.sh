#!/bin/sh
# Debian/Ubuntu libraries Qt needs to open a real window (X11/xcb) and a font to draw text.
# Installs only what is missing; on other systems, or without root/sudo, it says what to do
# and carries on (the tests run offscreen and need none of this).
set -u
PKGS="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libegl1 libgl1 \
libfontconfig1 libdbus-1-3 fonts-dejavu-core"
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Qt needs:$missing — install them with apt-get as root to open the window." >&2
  exit 0
fi
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing >/dev/null \
  || echo "warning: could not install$missing; the window may not open" >&2
exit 0
