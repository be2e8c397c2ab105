#!/usr/bin/env bash
# Screenshot the window under Xvfb after optional key presses, a window resize and mouse-wheel
# scrolling, for checking the article view as a reader sees it (and scoring it with OCR).
# usage: scripts/shoot.sh OUT.png [--size WxH] [--click "X,Y X,Y…"] [--keys "h"] [--scroll N] [--at X,Y] [--root] -- COMMAND...
# --root shoots the whole screen (to see a native dialog the window opened)
# Needs (Debian): xvfb xdotool imagemagick libgl1-mesa-dri libegl1 libxkbcommon-x11-0
set -euo pipefail
out=$1; shift
size=""; keys=""; scroll=0; at="400,400"; click=""; root=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case $1 in
    --size) size=$2; shift 2;; --keys) keys=$2; shift 2;;
    --scroll) scroll=$2; shift 2;; --at) at=$2; shift 2;;
    --click) click=$2; shift 2;;
    --root) root=1; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
shift
disp=:$(( 500 + RANDOM % 400 ))
Xvfb "$disp" -screen 0 1600x1200x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1.5
export DISPLAY=$disp XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
"$@" >"${out%.png}.log" 2>&1 & app=$!
sleep 5
win=$(xdotool search --pid "$app" 2>/dev/null | tail -n 1)
xdotool windowfocus "$win" 2>/dev/null || true
if [ -n "$size" ]; then xdotool windowsize "$win" "${size%x*}" "${size#*x}"; sleep 1.5; fi
for c in $click; do
  xdotool mousemove --window "$win" "${c%,*}" "${c#*,}" click 1; sleep 0.7
done
for k in $keys; do xdotool key "$k"; sleep 0.5; done
if [ "$scroll" -gt 0 ]; then
  xdotool mousemove --window "$win" "${at%,*}" "${at#*,}"
  for _ in $(seq "$scroll"); do xdotool click 5; sleep 0.05; done
  # Park the pointer on the status bar: the claim under it would be tinted as hovered.
  xdotool mousemove --window "$win" 5 "$(( $(xdotool getwindowgeometry "$win" | awk '/Geometry/ {split($2, g, "x"); print g[2]}') - 5 ))"
  sleep 1
fi
if [ -n "$root" ]; then sleep 2; import -window root "$out"; else import -window "$win" "$out"; fi
echo "$out"
