#!/bin/bash
# A gateway this machine cannot have, in the real TUI: xfrm_stat from the kernel, NICs of 2,500 stats through the
# NIC source's device interface, an N-SA netlink dump through the real parser, every tick (bench/java GatewayTui),
# run with the launcher's lean JVM line (without its class-data archive). For bench/whole-process.sh -S gateway.
# XFRMTOP_HEAP=256m raises the heap cap as for ./xfrmtop (60,000 SAs need more than the default 64m).
# Usage: bench/gateway.sh [--sas 10000] [--nics 8] [--stats 2500] [-d SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/bench.classpath ] && [ -f target/test-classes/xfrmtop/bench/GatewayTui.class ] || bench/jmh.sh -l > /dev/null
heap=${XFRMTOP_HEAP:-64m}
n=${heap%[mMgG]}
case $n in '' | *[!0-9]* | 0*) n= ;; esac
case ${heap#"$n"} in m | M) mib=${n:-0} ;; g | G) mib=$((${n:-0} * 1024)) ;; *) mib=0 ;; esac
[ -n "$n" ] && [ "$mib" -ge 16 ] || { echo "XFRMTOP_HEAP: a size in m or g, 16m or more (such as 256m)" >&2; exit 2; }
exec java -XX:+UseSerialGC -Xms8m -XX:NewSize=1m -XX:NewRatio=1 -XX:SurvivorRatio=1 -XX:TargetSurvivorRatio=90 \
    -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 "-Xmx$heap" "-XX:MaxNewSize=$((mib * 5 / 16))m" -Xss256k -XX:MaxMetaspaceSize=48m -XX:ReservedCodeCacheSize=16m \
    -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:CompileThresholdScaling=5 -XX:-UsePerfData \
    -Xlog:disable -Xlog:all=off '-XX:CompileCommand=quiet' '-XX:CompileCommand=CompileThresholdScaling,xfrmtop.*::*,0.02' \
    -XX:+UnlockDiagnosticVMOptions -XX:AsyncDeflationInterval=10000 -XX:GuaranteedSafepointInterval=0 \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" xfrmtop.bench.GatewayTui "$@"
