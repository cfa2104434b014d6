#!/bin/bash
# The JMH benchmarks of bench/java (hot paths: xfrm_stat parse, ethtool read + diff, netlink SA dump parse,
# calculator, rows + sort, screen draw, a whole tick). Reported, never asserted; not part of the test suite.
# Usage: bench/jmh.sh [JMH options]       e.g. bench/jmh.sh -prof gc          (allocation per operation)
#                                               bench/jmh.sh TickBench -p sas=10000
#        bench/jmh.sh -l                  lists the benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath > target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "$@"
