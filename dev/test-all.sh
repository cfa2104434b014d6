#!/bin/bash
# The whole test suite: installs what the tests need, builds the jar, runs the fast tests (parsers, calculator,
# pane pictures) and the end-to-end tests (real kernel in network namespaces, xfrmtop in a real tmux pane).
# Run as root: the end-to-end tests create network namespaces (they skip, saying why, where that is impossible).
set -euo pipefail
cd "$(dirname "$0")/.."
bash dev/install-test-deps.sh
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
exec mvn -B -Dstyle.color=never "-Dxfrmtop.commit=$commit" -Pe2e verify "$@"
