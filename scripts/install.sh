#!/usr/bin/env bash
# Builds vanban in release mode and installs it as PREFIX/bin/vanban.
#
#   scripts/install.sh                 # PREFIX=/usr/local when it is writable (root), else $HOME/.local
#   scripts/install.sh ~/opt/vanban    # any PREFIX; the binary goes to PREFIX/bin/vanban
#
# On Linux the Swift standard library and Foundation are linked statically
# (--static-swift-stdlib), so the one file PREFIX/bin/vanban runs on another Linux machine of
# the same architecture without the Swift toolchain: it needs only the C and C++ runtime
# libraries every distribution has (libc, libm, libstdc++, libgcc_s). On macOS the
# system's Swift runtime is used (static linking of the standard library is not supported there).
#
# Environment: SCRATCH=DIR builds in DIR instead of .build (the tests use this so as not to
# wait for the lock of a running `swift test`).
set -euo pipefail
cd "$(dirname "$0")/.."

default_prefix="$HOME/.local"
if [ -w /usr/local/bin ] || { [ ! -e /usr/local/bin ] && [ -w /usr/local ]; }; then default_prefix=/usr/local; fi
PREFIX="${1:-${PREFIX:-$default_prefix}}"
SCRATCH="${SCRATCH:-.build}"
flags=(-c release --scratch-path "$SCRATCH")
if [ "$(uname -s)" = "Linux" ]; then
  flags+=(--static-swift-stdlib)
fi

swift build "${flags[@]}"
bin="$(swift build "${flags[@]}" --show-bin-path)/vanban"

mkdir -p "$PREFIX/bin"
# Copy then rename, so a running vanban is never overwritten in place.
cp "$bin" "$PREFIX/bin/.vanban.new"
chmod 755 "$PREFIX/bin/.vanban.new"
mv -f "$PREFIX/bin/.vanban.new" "$PREFIX/bin/vanban"
echo "installed: $PREFIX/bin/vanban ($("$PREFIX/bin/vanban" --version))"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "note: $PREFIX/bin is not on your PATH; add it, e.g.: export PATH=\"$PREFIX/bin:\$PATH\"" ;;
esac
