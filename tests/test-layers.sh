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
