#!/bin/sh
# Every test that runs without a display keeps its files apart
# (G_TEST_OPTION_ISOLATE_DIRS): a database left in the user's cache by one
# run must not be read by the next (the normal suite and the sanitized one
# run one after the other on the same machine). The GUI tests set up their
# own database in a folder of their own (nb_gui_fixture_set_up()).
set -eu
tests=$1
found=$(grep -lE 'g_test_init[[:space:]]*\(' "$tests"/test-*.c | while read -r file; do
          grep -qE 'g_test_init[[:space:]]*\([^;]*G_TEST_OPTION_ISOLATE_DIRS' "$file" || echo "$file"
        done)
if [ -n "$found" ]; then
  echo "tests without G_TEST_OPTION_ISOLATE_DIRS:"
  echo "$found"
  exit 1
fi
echo "every test keeps its files apart"
