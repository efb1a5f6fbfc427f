#!/bin/bash
# Netbook's set-up on Debian 12, in one command:
#
#   build-aux/setup.sh run [ARGS…]   install what is missing, build, install into
#                                    build/prefix and run Netbook on your own
#                                    database ($XDG_DATA_HOME/netbook/netbook.db)
#   build-aux/setup.sh test          the same set-up, then the whole test suite under
#                                    a real X server (Xvfb), D-Bus session and keyring
#                                    and again from a build with AddressSanitizer,
#                                    UndefinedBehaviorSanitizer and LeakSanitizer
#                                    (build-asan/; meson test --setup sanitize),
#                                    then each fuzz target for 60 s
#   build-aux/setup.sh fuzz [S] [T…]  the fuzz targets (tests/fuzz) for S seconds
#                                    each (default 60): build-aux/fuzz.sh
#   build-aux/setup.sh valgrind      the GUI tests of the normal build under
#                                    valgrind's memcheck (slow; not part of test)
#   build-aux/setup.sh bench [N]     the same set-up, then the benchmark (N contacts)
#   build-aux/setup.sh bench-sync [N] the same set-up, then the sync benchmark against
#                                    a local Radicale (N cards, default 10000)
#
# Packages are installed only when missing (apt-get as root, or through sudo).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build"
build_asan="$top/build-asan"
prefix="$build/prefix"

packages=(
  build-essential meson ninja-build pkg-config gettext
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libsecret-1-dev libsoup-3.0-dev
  libxml2-dev libxml2-utils libical-dev libebook-contacts1.2-dev locales
  librsvg2-common desktop-file-utils appstream-util
  xvfb xauth dbus-daemon dbus-x11 gnome-keyring at-spi2-core xdotool imagemagick
  radicale python3-dogtail curl
  # GNOME's address books: libebook reads them for an import, and the tests
  # start a real Evolution Data Server on a D-Bus of their own.
  evolution-data-server libebook1.2-dev
  # The sync tests: a second server, a third-party client, and readers of
  # vCard and iCalendar that are not Netbook's.
  xandikos vdirsyncer python3-icalendar python3-vobject
  # Memory errors: GCC's sanitizer runtimes come with build-essential;
  # valgrind for build-aux/setup.sh valgrind.
  valgrind
  # The fuzz targets (build-aux/fuzz.sh): clang, its sanitizer runtimes and libFuzzer.
  clang-14 libclang-rt-14-dev libfuzzer-14-dev
)

say () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing () {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  say "Installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "These packages are missing and you are not root: ${missing[*]}" >&2
      exit 1
    fi
  fi
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build_netbook () {
  if [ ! -f "$build/build.ninja" ]; then
    say "Configuring"
    meson setup "$build" "$top" --prefix="$prefix" --buildtype=debugoptimized
  fi
  say "Building"
  meson compile -C "$build"
}

run_netbook () {
  say "Installing into $prefix"
  meson install -C "$build" --quiet --no-rebuild
  export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
  say "Running Netbook"
  exec "$prefix/bin/netbook" "$@"
}

# A session of its own: temporary XDG folders, an X server, a D-Bus session
# bus and an unlocked keyring, so that nothing of the user's is touched.
in_test_session () {
  local tmp
  tmp=$(mktemp -d)
  # shellcheck disable=SC2064 # the folder is known now, not when it runs
  trap "rm -rf '$tmp'" EXIT
  mkdir -m 700 "$tmp/run"
  export XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
  export XDG_STATE_HOME="$tmp/state" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
  mkdir -p "$HOME"
  unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS DISPLAY
  xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' dbus-run-session -- sh -ec '
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
}

summarize_tests () {
  # meson writes one JSON object per test; say it in a line any CI reads,
  # and for each test that failed its name, how it ended and the end of
  # what it printed, so that the tail of a long log is enough to tell.
  python3 - "$@" <<'PY'
import json, os, sys
for path in sys.argv[1:]:
  if not os.path.exists(path):
    print(f"{path}: no test log (the suite did not run)")
    continue
  passed = failed = skipped = 0
  bad = []
  with open(path) as log:
    for line in log:
        test = json.loads(line)
        result = test.get("result")
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
            bad.append(test)
  run = "sanitized" if "testlog-sanitize" in path else "normal"
  for test in bad:
    print(f"--- {run}: {test.get('name')} {test.get('result')} "
          f"after {test.get('duration', 0):.0f} s; the end of its output:")
    out = (test.get("stdout") or "") + (test.get("stderr") or "")
    for text in out.splitlines()[-25:]:
      print(f"    {text[:300]}")
  print(f"{run}: {passed} passed, {failed} failed, {skipped} skipped")
PY
}

# The same sources, built with the sanitizers (GCC's ASan, UBSan, LSan);
# the options they run with are the test setup in tests/meson.build.
build_sanitized () {
  if [ ! -f "$build_asan/build.ninja" ]; then
    say "Configuring the sanitized build"
    meson setup "$build_asan" "$top" --buildtype=debugoptimized \
      -Db_sanitize=address,undefined -Db_lundef=false
  fi
  say "Building with the sanitizers"
  meson compile -C "$build_asan"
}

# The whole suite from the normal build, then from the sanitized one, in
# one test session; either failing fails the command.
test_netbook () {
  say "Testing the normal build, then the sanitized build"
  local status=0
  in_test_session sh -c '
    status=0
    meson test -C "$1" --no-rebuild --print-errorlogs || status=1
    meson test -C "$2" --setup sanitize --no-rebuild --print-errorlogs || status=1
    exit $status' sh "$build" "$build_asan" || status=$?
  summarize_tests "$build/meson-logs/testlog.json" "$build_asan/meson-logs/testlog-sanitize.json"
  return $status
}

# Each fuzz target for a while (60 s in the test command); a crash, a leak,
# a sanitizer report or a hang fails, and names the input.
fuzz_netbook () {
  say "Fuzzing"
  "$top/build-aux/fuzz.sh" "$@"
}

# The test command: both suites, then the fuzzers, whatever the suites said.
test_all () {
  local status=0 fuzz=0
  test_netbook || status=$?
  fuzz_netbook 60 || fuzz=$?
  say "Summary"
  summarize_tests "$build/meson-logs/testlog.json" "$build_asan/meson-logs/testlog-sanitize.json"
  if [ $fuzz -ne 0 ]; then
    echo "fuzzing: failed (see above)"
  else
    echo "fuzzing: every target ran clean for 60 s"
  fi
  [ $status -eq 0 ] && [ $fuzz -eq 0 ]
}

# The GUI tests under valgrind's memcheck: invalid reads and writes and
# the use of uninitialised memory fail them (the test setup 'valgrind' in
# tests/meson.build; tests/valgrind.supp for GTK's and Mesa's own).
valgrind_netbook () {
  say "Testing the GUI under valgrind"
  in_test_session meson test -C "$build" --setup valgrind --suite gui --no-rebuild \
    --print-errorlogs
}

bench_netbook () {
  say "Benchmark"
  # As the GUI tests run: the build's settings schema, the cairo renderer.
  GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo GDK_BACKEND=x11 \
    NO_AT_BRIDGE=1 in_test_session "$build/tests/bench-contacts" "$@"
}

bench_sync () {
  say "Sync benchmark"
  GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GIO_USE_PROXY_RESOLVER=dummy \
    in_test_session "$build/tests/bench-sync" "$@"
}

command=${1:-run}
shift || true

case "$command" in
  run) install_missing; build_netbook; run_netbook "$@" ;;
  test) install_missing; build_netbook; build_sanitized; test_all ;;
  fuzz) install_missing; fuzz_netbook "$@" ;;
  valgrind) install_missing; build_netbook; valgrind_netbook ;;
  bench) install_missing; build_netbook; bench_netbook "$@" ;;
  bench-sync) install_missing; build_netbook; bench_sync "$@" ;;
  *) echo "usage: $0 run|test|fuzz|valgrind|bench|bench-sync" >&2; exit 2 ;;
esac
