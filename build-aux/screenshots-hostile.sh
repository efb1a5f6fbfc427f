#!/bin/bash
# Screenshots of hostile names (tests/test-gui-hostile.c checks them; these
# are for a person to look at): a name of 10,000 characters, right-to-left
# text, emoji sequences, combining marks, markup and SQL look-alikes, in the
# People list and card, the Meals week and the Calendar, in English, in
# German and 360 pixels wide.
#
#   build-aux/screenshots-hostile.sh [PREFIX [OUTDIR]]
#
# PREFIX is an installed build (default: build/prefix, as setup.sh makes);
# OUTDIR defaults to build/screenshots-hostile, out of git. Needs xvfb-run,
# xdotool, ImageMagick's import and localedef, as screenshots.sh does.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
prefix=${1:-$top/build/prefix}
out=${2:-$top/build/screenshots-hostile}

. "$here/screenshot-session.sh"

# The cards, escaped as vCard 3.0 wants (\; \, \\); every birthday is today
# and every name eats a meal tomorrow.
python3 - "$work/hostile.vcf" "$work/hostile.ics" <<'EOF'
import sys
names = [
    "A" + "W" * 9999,
    ("Wolfeschlegelsteinhausenbergerdorff " * 280)[:10000],
    "محمد Müller-Łukasiewicz 42 שלום עליכם 7 Ada",
    "👩🏽‍💻 Grace 👨‍👩‍👧‍👦 Hopper 🏳️‍🌈",
    "Z̵̡̢̛̗̘̀́̂̃ā͓͔͕̅̆lgo Rene\u0301e",
    "<b>bold</b> &amp; <span foreground=\"red\">Red</span> %s %n %x '); DROP TABLE contacts; --",
    "Zero\u200bWidth \u202eRLO\u202c \ufeffBOM",
]
def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
def fold(line):
    data = line.encode()
    parts = []
    while len(data) > 75:
        cut = 75
        while (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
    parts.append(data)
    return b"\r\n ".join(parts) + b"\r\n"
with open(sys.argv[1], "wb") as f:
    for i, name in enumerate(names):
        f.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
        f.write(fold("UID:hostile-%d" % i))
        f.write(fold("FN:" + esc(name)))
        f.write(fold("ORG:" + esc(name)))
        f.write(fold("NOTE:" + esc(name)))
        f.write(fold("EMAIL:hostile%d@example.org" % i))
        f.write(b"BDAY:1990-11-25\r\nEND:VCARD\r\n")
with open(sys.argv[2], "wb") as f:
    f.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n")
    for i, name in enumerate(names[2:], 2):
        f.write(b"BEGIN:VEVENT\r\n")
        f.write(fold("UID:meal-%d@example.org" % i))
        f.write(b"DTSTAMP:20261101T000000Z\r\n")
        f.write(fold("DTSTART:202611%02dT190000Z" % (24 + i % 4)))
        f.write(fold("DTEND:202611%02dT203000Z" % (24 + i % 4)))
        f.write(fold("SUMMARY:Dinner " + esc(name)))
        f.write(fold("LOCATION:" + esc(names[2])))
        f.write(fold("ATTENDEE;CN=\"%s\":mailto:hostile%d@example.org" % (name.replace('"', "'"), i)))
        f.write(b"END:VEVENT\r\n")
    f.write(b"END:VCALENDAR\r\n")
EOF

"$netbook" --database "$db" --import "$work/hostile.vcf" "$work/hostile.ics"

# The list is sorted (in English: the markup name, the two long ones, the
# combining marks, the invisible characters, right-to-left, emoji; German
# sorts the long one without spaces first).
row () { echo "xdotool mousemove 150 $((74 + 56 * $1)) click 1"; }

for n in 1 2 3 4; do
  shot "people-$n" "" 1100 720 "$(row "$n")"
done
shot people-de de 1100 720 "$(row 2)"
shot people-narrow "" 360 720 "$(row 2)"
shot people-narrow-markup "" 360 720 "$(row 1)"
shot meals "" 1100 720 "xdotool key alt+2"
shot meals-narrow-de de 360 720 "xdotool key alt+2"
shot calendar "" 1400 860 "xdotool key alt+3"
shot calendar-narrow "" 360 720 "xdotool key alt+3"
