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
prefix=$top/build/prefix

. "$here/screenshot-session.sh"

"$netbook" --database "$db" --import "$here/demo/people.vcf" "$here/demo/meals.ics" >/dev/null

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
