#!/bin/bash
# Soak: runs xfrmtop in a real tmux pane (120x40) for a long time and samples its resident set and CPU every period,
# to show that both stay flat (no leak, no creeping per-tick work). Run by hand, not in CI.
#   -m MINUTES  how long (default 30)      -p SECONDS  sampling period (default 30)
#   -i SECONDS  xfrmtop's interval (1)     -S gateway  the 10,000-SA, 8 x 2,500-stat gateway (bench/gateway.sh)
# Prints one line per sample (minute, RSS, peak RSS, CPU % of one core over the period, threads), then a summary:
# RSS and CPU over the first and the last third, and the RSS growth per hour between them.
# Usage: bench/soak.sh [-m 30] [-p 30] [-i 1] [-S default|gateway] [-- extra xfrmtop options]
set -euo pipefail
cd "$(dirname "$0")/.."
MIN=30 PERIOD=30 INTERVAL=1 SCENARIO=default
while getopts "m:p:i:S:" o; do
  case $o in m) MIN=$OPTARG ;; p) PERIOD=$OPTARG ;; i) INTERVAL=$OPTARG ;; S) SCENARIO=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1)); [ "${1:-}" = -- ] && shift
case $SCENARIO in
  default) CMD=(./xfrmtop -d "$INTERVAL" "$@") ;;
  gateway) CMD=(bench/gateway.sh -d "$INTERVAL") ;;
  *) echo "unknown scenario $SCENARIO" >&2; exit 2 ;;
esac
[ -f target/xfrmtop.jar ] || ./xfrmtop --version >/dev/null
HZ=$(getconf CLK_TCK)
SOCK=xfrmtop-soak-$$
trap 'tmux -L $SOCK kill-server 2>/dev/null || true' EXIT
tmux -L $SOCK -f /dev/null new-session -d -s s -x 120 -y 40 "${CMD[@]}"
sleep 2
PID=$(tmux -L $SOCK display -p -t s '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
kib() { awk -v k="$1" '$1 == k ":" {print $2}' "/proc/$PID/status"; }

echo "soak: ${CMD[*]} for $MIN min, a sample every $PERIOD s (scenario $SCENARIO, interval ${INTERVAL}s)"
printf '%8s %10s %10s %8s %8s\n' minute RSS_MiB peak_MiB CPU_% threads
SAMPLES=$(( MIN * 60 / PERIOD ))
c0=$(ticks)
DATA=$(mktemp)
for k in $(seq "$SAMPLES"); do
  sleep "$PERIOD"
  [ -d "/proc/$PID" ] || { echo "soak: xfrmtop ended early" >&2; exit 1; }
  c1=$(ticks)
  awk -v m="$(echo "$k * $PERIOD / 60" | bc -l)" -v r="$(kib VmRSS)" -v h="$(kib VmHWM)" -v c=$((c1 - c0)) \
      -v hz="$HZ" -v p="$PERIOD" -v t="$(kib Threads)" \
      'BEGIN { printf "%8.1f %10.1f %10.1f %8.2f %8d\n", m, r / 1024, h / 1024, 100 * c / hz / p, t }' | tee -a "$DATA"
  c0=$c1
done
awk -v n="$SAMPLES" '{ m[NR] = $1; r[NR] = $2; c[NR] = $4 }
  END {
    t = int(n / 3); if (t < 1) t = 1
    for (i = 1; i <= t; i++) { r1 += r[i]; c1 += c[i] }
    for (i = n - t + 1; i <= n; i++) { r2 += r[i]; c2 += c[i] }
    r1 /= t; r2 /= t; c1 /= t; c2 /= t
    dt = (m[n] + m[n - t + 1]) / 2 - (m[t] + m[1]) / 2
    g = 0; if (dt > 0) g = (r2 - r1) * 60 / dt
    printf "first third: RSS %.1f MiB, CPU %.2f %%   last third: RSS %.1f MiB, CPU %.2f %%   RSS growth %+.2f MiB/hour\n",
      r1, c1, r2, c2, g
  }' "$DATA"
rm -f "$DATA"
