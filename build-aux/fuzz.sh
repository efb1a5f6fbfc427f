#!/bin/bash
# Runs Netbook's fuzz targets (tests/fuzz) with libFuzzer:
#
#   build-aux/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]
#
# SECONDS_PER_TARGET defaults to 60; the targets to all of them (vcard, ical,
# dav-xml, csv). The first run configures and builds build-fuzz (clang-14, the
# library under ASan and UBSan with libFuzzer's coverage, the targets linked
# with libFuzzer; $NB_FUZZ_BUILD names another folder).
#
# Each target runs on a working corpus in build-fuzz/fuzz/<target>/corpus,
# seeded from tests/fuzz/corpus/<target>, tests/fuzz/regressions/<target>
# and tests/data, which grows from run to run; the git tree is only read.
# A crash, a leak, a sanitizer report, a GLib warning or critical, an input
# that runs longer than 10 s, or more than 2 GB of memory fails the run:
# the script says which input (build-fuzz/fuzz/<target>/crash-…), and exits
# with 1 after running the other targets. Fix the cause, then copy the
# input into tests/fuzz/regressions/<target>/: the 'fuzz' test suite
# replays it in every build.
#
# Needs clang-14, libclang-rt-14-dev and libfuzzer-14-dev (Debian 12;
# build-aux/setup.sh installs them).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${NB_FUZZ_BUILD:-$top/build-fuzz}
seconds=${1:-60}
shift || true
all_targets=(vcard ical dav-xml csv)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
max_len=65536   # NB_FUZZ_MAX_LEN in tests/fuzz/fuzz-common.h

# 0 would be for ever to libFuzzer.
case $seconds in
  ''|*[!0-9]*|0) echo "Usage: $0 [SECONDS_PER_TARGET (at least 1)] [TARGET…]" >&2; exit 2 ;;
esac
for target in "${targets[@]}"; do
  case " ${all_targets[*]} " in
    *" $target "*) ;;
    *) echo "No fuzz target “$target”; there are: ${all_targets[*]}" >&2; exit 2 ;;
  esac
done

say () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Where the seeds of a target are, besides its corpus and regressions.
data_of () {
  case $1 in
    vcard) echo "$top/tests/data/vcards" ;;
    ical) echo "$top/tests/data/calendars" ;;
  esac
}

if [ ! -f "$build/build.ninja" ]; then
  say "Configuring $build"
  # b_lundef=false: the sanitizers' runtime is linked into executables only.
  CC=${CC_FUZZ:-clang-14} meson setup "$build" "$top" \
    --buildtype=debugoptimized -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false
fi

say "Building the fuzz targets"
start=$(date +%s)
ninja -C "$build" "${targets[@]/#/tests/fuzz/fuzz-}"
say "Built in $(( $(date +%s) - start )) s"

# A leak fails the run; ASan and UBSan reports end it (libFuzzer keeps the
# input). The GLib warnings and criticals: tests/fuzz/fuzz-common.c.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LC_ALL=C.UTF-8

failed=()
summary=()
for target in "${targets[@]}"; do
  work="$build/fuzz/$target"
  corpus="$work/corpus"
  log="$work/fuzz.log"
  mkdir -p "$corpus"

  # The seeds; libFuzzer names what it adds by content, so copies of
  # seeds it already has do not pile up (it reads them again each run).
  for dir in "$top/tests/fuzz/corpus/$target" "$top/tests/fuzz/regressions/$target" \
             $(data_of "$target"); do
    [ -d "$dir" ] || continue
    find "$dir" -maxdepth 1 -type f ! -name '.*' -exec cp -f {} "$corpus/" \;
  done

  say "Fuzzing $target for $seconds s ($(find "$corpus" -type f | wc -l) inputs in $corpus)"
  dict=()
  [ -f "$top/tests/fuzz/$target.dict" ] && dict=(-dict="$top/tests/fuzz/$target.dict")

  # -close_fd_mask=2: what the libraries print on bad input (libical's
  # "Encountered END before BEGIN", some million lines in a long run) stays
  # out of the log; libFuzzer's and the sanitizers' reports do not.
  status=0
  "$build/tests/fuzz/fuzz-$target" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -close_fd_mask=2 -print_final_stats=1 -artifact_prefix="$work/" "${dict[@]}" "$corpus" \
    >"$log" 2>&1 || status=$?

  units=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  time=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  units=${units:-0}
  if [ "$status" -eq 0 ]; then
    summary+=("$target: $units executions clean in $seconds s (${time:-?}/s)")
  else
    tail -n 40 "$log" >&2
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    if [ -n "$artifact" ]; then
      # Once more with all it prints (a GLib warning, what led to it).
      say "$target on $artifact again"
      "$build/tests/fuzz/fuzz-$target" -timeout=10 -rss_limit_mb=2048 "$artifact" 2>&1 | tail -n 60 >&2 || true
    fi
    summary+=("$target: FAILED after $units executions; input: ${artifact:-none written}; log: $log")
    failed+=("$target")
  fi
done

say "Fuzzing summary"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}" >&2
  exit 1
fi
