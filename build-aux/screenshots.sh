#!/bin/bash
# Takes the README's screenshots again, from the demo data in
# build-aux/demo, under a virtual X server.
#
#   build-aux/screenshots.sh [OUTDIR]    (default: data/screenshots)
#
# Needs a build (build-aux/setup.sh run or test makes one), xvfb-run,
# xdotool and ImageMagick's import. The clock is fixed on Wednesday,
# November 25, 2026, 15:00, so that the week shown is always the same.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
out=${1:-$top/data/screenshots}
netbook=$top/build/prefix/bin/netbook

if [ ! -x "$netbook" ]; then
  echo "screenshots.sh: no build in $top/build: run build-aux/setup.sh test first" >&2
  exit 1
fi
for tool in xvfb-run xdotool import localedef; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/run" "$work/locales"
chmod 700 "$work/run"

export XDG_RUNTIME_DIR=$work/run XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config
export XDG_DATA_HOME=$work/data
export XDG_DATA_DIRS=$top/build/prefix/share:/usr/local/share:/usr/share
export GSETTINGS_BACKEND=memory GDK_BACKEND=x11 GSK_RENDERER=cairo NO_AT_BRIDGE=1
export NETBOOK_NOW=2026-11-25T15:00:00 TZ=UTC
# A German locale of our own: only C.UTF-8 comes with the system.
localedef -i de_DE -f UTF-8 "$work/locales/de_DE.UTF-8" 2>/dev/null || true
export LOCPATH=$work/locales

db=$work/demo.db
"$netbook" --database "$db" --import "$here/demo/people.vcf" "$here/demo/meals.ics" >/dev/null

# shot NAME LANGUAGE WIDTH HEIGHT ACTIONS…
shot () {
  local name=$1 language=$2 width=$3 height=$4
  shift 4
  local lang=C.UTF-8
  [ "$language" = de ] && lang=de_DE.UTF-8
  LANG=$lang LANGUAGE=$language xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" \
    dbus-run-session -- bash -c '
      "$0" --database "$1" >/dev/null 2>&1 &
      sleep 3
      window=$(xdotool search --onlyvisible --name Netbook | head -1)
      xdotool windowsize "$window" "$2" "$3"
      sleep 1
      eval "$5"
      sleep 1
      import -window "$window" "$4"
    ' "$netbook" "$db" "$width" "$height" "$out/$name.png" "$*"
  echo "$out/$name.png"
}

select_ada='xdotool mousemove 150 130 click 1'
meals='xdotool key alt+2'
calendar='xdotool key alt+3'

shot people      ""  1100 720 "$select_ada"
shot people-de   de  1100 720 "$select_ada"
shot people-narrow "" 360 720 "$select_ada"
shot meals       ""  1100 720 "$meals"
shot meals-de    de  1100 720 "$meals"
shot meals-narrow "" 360 720 "$meals"
shot calendar    ""  1400 860 "$calendar"
shot calendar-de de  1400 860 "$calendar"
shot calendar-narrow "" 360 720 "$calendar"
