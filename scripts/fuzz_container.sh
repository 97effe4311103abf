#!/usr/bin/env bash
# Coverage-guided fuzzing of the Word container (inflate, ZIP, .docx) with libFuzzer.
#
#   scripts/fuzz_container.sh SECONDS [extra libFuzzer flags…]
#
# Like scripts/fuzz.sh: builds .build/fuzz-container/vanban-fuzz-container with swiftc
# (the library's sources plus Fuzz/Container*.swift as one module), seeds it with
# deflate streams and ZIP archives from scripts/deflate_samples.py and with small .docx
# files made by scripts/make_docx.py from corpus pieces, and runs it for SECONDS. Crashes and hangs land in .build/fuzz-container/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: scripts/fuzz_container.sh SECONDS [libFuzzer flags…]}"
shift

work=.build/fuzz-container
mkdir -p "$work/seeds" "$work/queue" "$work/findings"

binary="$work/vanban-fuzz-container"
newest=$(find Sources/VanBan Fuzz -name '*.swift' -newer "$binary" 2>/dev/null | head -1 || true)
if [[ ! -x "$binary" || -n "$newest" ]]; then
  echo "fuzz_container.sh: building $binary" >&2
  # shellcheck disable=SC2046
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name VanBan \
    $(find Sources/VanBan -name '*.swift' | sort) Fuzz/ContainerFuzzTarget.swift Fuzz/ContainerFuzzDocument.swift -o "$binary"
fi

if [[ -z "$(ls -A "$work/seeds")" ]]; then
  python3 scripts/deflate_samples.py "$work/samples" 60 >/dev/null
  for f in "$work"/samples/*.deflate "$work"/samples/*.zip; do
    size=$(stat -c %s "$f")
    if (( size <= 65536 )); then cp "$f" "$work/seeds/"; fi
  done
fi
# Small Word documents: the first 40 lines of each corpus text, made by python-docx
# (whole documents take seconds per run under the sanitizer and stall the fuzzer).
if [[ -z "$(ls "$work"/seeds/*.docx 2>/dev/null)" ]] && python3 -c 'import docx' 2>/dev/null; then
  for f in corpus/*.txt; do
    head -40 "$f" > "$work/piece.txt"
    python3 scripts/make_docx.py python-docx "$work/piece.txt" "$work/seeds/$(basename "$f" .txt).docx"
  done
fi

exec "$binary" "$work/queue" "$work/seeds" \
  -max_total_time="$seconds" -max_len=65536 -timeout=60 -rss_limit_mb=2048 \
  -artifact_prefix="$work/findings/" -print_final_stats=1 "$@"
