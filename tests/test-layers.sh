#!/bin/sh
# Only src/core speaks SQL: outside it, no file includes <sqlite3.h> or
# core's private headers, or calls nb_db_*(). Worker threads go through
# NbStoreTransaction, the main thread through NbStore.
set -eu
src=$1
found=$(grep -rnE \
          -e '#include[[:space:]]*[<"](sqlite3|nb-db|nb-store-private|nb-store-transaction-private)\.h[>"]' \
          -e '\<nb_db_[a-z_]+[[:space:]]*\(' \
          -e '\<NbDb\>' \
          --include='*.c' --include='*.h' "$src" | grep -v "^$src/core/" || true)
if [ -n "$found" ]; then
  echo "SQL outside src/core:"
  echo "$found"
  exit 1
fi
echo "only src/core speaks SQL"

# Each layer includes only the layers below it: core nothing of io, sync or
# gui; io and sync nothing of gui; and in gui, nothing below the window
# includes it, and common/ nothing of the feature folders.
headers_of () {
  find "$@" -name '*.h' -printf '%f\n' | sort -u | sed 's/\./\\./g' | paste -sd'|'
}
check () {
  what=$1 pattern=$2; shift 2
  found=$(grep -rnE "#include[[:space:]]*\"($pattern)\"" --include='*.c' --include='*.h' "$@" || true)
  if [ -n "$found" ]; then
    echo "$what:"
    echo "$found"
    exit 1
  fi
}
check "core includes a layer above it" "$(headers_of "$src/io" "$src/sync" "$src/gui")" "$src/core"
check "io or sync includes the GUI" "$(headers_of "$src/gui")" "$src/io" "$src/sync"
check "a widget includes the window or the application" 'nb-window\.h|nb-application\.h' \
  "$src/gui/common" "$src/gui/people" "$src/gui/meals" "$src/gui/calendar" "$src/gui/accounts" "$src/gui/trains"
check "common/ includes a feature folder" \
  "$(headers_of "$src/gui/people" "$src/gui/meals" "$src/gui/calendar" "$src/gui/accounts" "$src/gui/trains")" "$src/gui/common"
echo "each layer includes only those below it"
