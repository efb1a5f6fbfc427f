#!/bin/sh
# The app icon and its symbolic variant exist, are SVG, and carry the app id.
set -eu
icons=$1
for f in "$icons/hicolor/scalable/apps/org.example.Netbook.svg" \
         "$icons/hicolor/symbolic/apps/org.example.Netbook-symbolic.svg"; do
  test -s "$f" || { echo "missing icon: $f"; exit 1; }
  xmllint --noout "$f" || { echo "not well-formed XML: $f"; exit 1; }
  grep -q '<svg' "$f" || { echo "not an SVG: $f"; exit 1; }
done
echo "icons ok"
