#!/usr/bin/env bash
# Coverage-guided fuzzing of decode → parse → lint with libFuzzer.
#
#   scripts/fuzz.sh SECONDS [extra libFuzzer flags…]
#
# Builds .build/fuzz/vanban-fuzz with swiftc directly (the library's sources plus
# Fuzz/FuzzTarget.swift as one module; a SwiftPM executable's `main` would fight
# libFuzzer's), seeds it from corpus/ cut into pieces of 40 lines (small inputs
# run faster and mutate better), and runs it for SECONDS. Inputs that crash or
# hang land in .build/fuzz/findings/; turn each into a regression test in
# Tests/VanBanTests/HostileInputTests.swift and fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: scripts/fuzz.sh SECONDS [libFuzzer flags…]}"
shift

work=.build/fuzz
mkdir -p "$work/seeds" "$work/queue" "$work/findings"

binary="$work/vanban-fuzz"
newest=$(find Sources/VanBan Fuzz -name '*.swift' -newer "$binary" 2>/dev/null | head -1 || true)
if [[ ! -x "$binary" || -n "$newest" ]]; then
  echo "fuzz.sh: building $binary" >&2
  # shellcheck disable=SC2046
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name VanBan \
    $(find Sources/VanBan -name '*.swift' | sort) Fuzz/FuzzTarget.swift -o "$binary"
fi

if [[ -z "$(ls -A "$work/seeds")" ]]; then
  for f in corpus/*.txt; do
    split -l 40 -d -a 3 "$f" "$work/seeds/$(basename "$f" .txt)-"
  done
fi

exec "$binary" "$work/queue" "$work/seeds" \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$work/findings/" -print_final_stats=1 "$@"
