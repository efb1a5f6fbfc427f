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

"$netbook" --database "$db" --import "$here/demo/people.vcf" "$here/demo/meals.ics" "$here/demo/journal.ics" \
  "$here/demo/meal-train.ics" >/dev/null

# Ada is the first row, below the Keep in Touch entry and the search.
select_ada='xdotool mousemove 150 170 click 1'
meals='xdotool key alt+2'
calendar='xdotool key alt+3'
keep_in_touch='xdotool key alt+4'
# Vera Rubin's card (her interactions are in demo/journal.ics), scrolled
# down to the history.
vera='xdotool key ctrl+f; xdotool type Vera; sleep 1; xdotool key Return; sleep 1'
scroll_card='xdotool mousemove 700 400; for i in $(seq 1 30); do xdotool click 5; done'
scroll_narrow='xdotool mousemove 180 400; for i in $(seq 1 30); do xdotool click 5; done'

shot people      ""  1100 720 "$select_ada"
shot people-de   de  1100 720 "$select_ada"
shot people-narrow "" 360 720 "$select_ada"
shot meals       ""  1100 720 "$meals"
shot meals-de    de  1100 720 "$meals"
shot meals-narrow "" 360 720 "$meals"
shot calendar    ""  1400 860 "$calendar"
shot calendar-de de  1400 860 "$calendar"
shot calendar-narrow "" 360 720 "$calendar"
shot keep-in-touch    ""  1100 720 "$keep_in_touch"
shot keep-in-touch-de de  1100 720 "$keep_in_touch"
shot keep-in-touch-narrow "" 360 720 "$keep_in_touch"
shot history          ""  1100 860 "$vera; $scroll_card"
shot history-de       de  1100 860 "$vera; $scroll_card"
shot history-narrow   ""  360 720 "$vera; xdotool key Return; sleep 1; $scroll_narrow"
# Vera's card further down: who could help, introductions, give and take.
scroll_give='xdotool mousemove 700 400; for i in $(seq 1 7); do xdotool click 5; done'
shot give-and-take    ""  1100 860 "$vera; $scroll_give"
shot give-and-take-de de  1100 860 "$vera; $scroll_give"
# Introducing Vera to Lise Meitner (demo/journal.ics: Vera agreed, Lise was
# asked): Introduce… on her card, Lise chosen.
# Alt and the button's underlined letter: I, in German V.
introduce='sleep 2; xdotool type Lise; sleep 1; xdotool key Down Return; sleep 1'
CAPTURE=dialog shot introduction    ""  1100 860 "$vera; xdotool key alt+i; $introduce"
CAPTURE=dialog shot introduction-de de  1100 860 "$vera; xdotool key alt+v; $introduce"
# The map of the network around me (Alt+5): circles as shapes,
# introductions as arrows, Hedy Lamarr between Computing and Climbing.
map='xdotool key alt+5; sleep 3'
shot map          ""  1400 900 "$map"
shot map-de       de  1400 900 "$map"
shot map-narrow   ""  360 720 "$map"
# Ada Lovelace's meal train (demo/meal-train.ics: dinners for two weeks,
# some brought, some open), opened from Meal Trains in the Meals view.
train='xdotool key alt+2; sleep 2; xdotool mousemove 920 140 click 1; sleep 2'
narrow_train='xdotool search --name "Ada Lovelace" | tail -1 | xargs -I{} xdotool windowsize {} 360 720; sleep 2'
CAPTURE=dialog shot meal-train        ""  1100 720 "$train"
CAPTURE=dialog shot meal-train-de     de  1100 720 "$train"
CAPTURE=dialog shot meal-train-narrow ""  1100 720 "$train; $narrow_train"

# Bringing the network in: the same people again from LinkedIn
# (demo/Connections.csv, most without an email address), then the review
# of duplicates (primary menu, Find Duplicates) and the merge of the first.
"$netbook" --database "$db" --import "$here/demo/Connections.csv" >/dev/null
review='xdotool key F10; sleep 1; xdotool key d; sleep 3'
CAPTURE=title:Duplicates shot duplicates        ""  1100 720 "$review"
CAPTURE=title:Duplikate  shot duplicates-de     de  1100 720 "$review"
CAPTURE=title:Duplicates shot duplicates-narrow ""  1100 720 "$review; xdotool search --name '^Duplicates\$' | tail -1 | xargs -I{} xdotool windowsize {} 360 720; sleep 2"
CAPTURE="title:Merge Contacts" shot merge ""  1100 720 "$review; xdotool key alt+m Return; sleep 2"
CAPTURE="title:Kontakte zusammenführen" shot merge-de de 1100 720 "$review; xdotool key alt+z Return; sleep 2"
# A list that is no known export (demo/amis.csv): opened with Netbook, it
# asks what each column holds.
export NB_DEMO_LIST=$here/demo/amis.csv
columns='"$0" --database "$1" "$NB_DEMO_LIST" & sleep 4'
CAPTURE="title:Choose Columns" shot csv-columns "" 1100 720 "$columns"
