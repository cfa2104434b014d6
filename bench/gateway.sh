#!/bin/bash
# A gateway this machine cannot have, in the real TUI: xfrm_stat from the kernel, NICs of 2,500 stats through the
# NIC source's device interface, an N-SA netlink dump through the real parser, every tick (bench/java GatewayTui),
# run with the launcher's lean JVM line (without its class-data archive). For bench/whole-process.sh -S gateway.
# XFRMTOP_HEAP=256m raises the heap cap as for ./xfrmtop (60,000 SAs need more than the default 64m).
# Usage: bench/gateway.sh [--sas 10000] [--nics 8] [--stats 2500] [-d SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/bench.classpath ] && [ -f target/test-classes/xfrmtop/bench/GatewayTui.class ] || bench/jmh.sh -l > /dev/null
# The launcher's JVM line and its XFRMTOP_HEAP handling, read from ./xfrmtop (as dev/build-deb.sh does), not copied
set -f    # the line holds method patterns with '*'
eval "$(sed -n '/^lean="/,/# end of the JVM line$/p' xfrmtop)"
[ -n "${lean:-}" ] || { echo "gateway: cannot find the JVM line in ./xfrmtop" >&2; exit 1; }
# shellcheck disable=SC2086
exec java $lean -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" xfrmtop.bench.GatewayTui "$@"
