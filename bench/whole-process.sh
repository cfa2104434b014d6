#!/bin/bash
# Whole-process cost of a terminal monitor, measured in a real tmux pane (120x40):
#   first frame  time from starting the program to its marker text on the screen (tmux control mode's %output)
#   CPU          utime+stime of the process (and waited-for children) from 5 s (-w) to the end, as % of one core
#   RSS          peak resident set (VmHWM) at the end
#   bytes/s      bytes the program wrote to the terminal (pipe-pane) from 5 s (-w) to the end, per second
# Runs xfrmtop, `top -d I` and `htop -d 10*I` in the same run, each RUNS times, and prints medians and ratios.
# Scenarios (-S):
#   default   ./xfrmtop on this machine (xfrm_stat, the NIC and SA panes as the machine has them)
#   gateway   10,000 SAs and 8 interfaces x 2,500 stats, live: bench/gateway.sh (the real TUI, sampler and
#             calculator; the SA dump as netlink bytes through the real parser, the NICs through the NIC source's
#             device interface); -a N and -k N change the SAs and interfaces
#   replay    ./xfrmtop -r on a recording of that gateway (bench/java ScaleRecording writes it once); the recording
#             keeps its 1 s pace, -i does not apply
#   netns     ./xfrmtop -A after making -n N network namespaces with a veth pair each (root)
#   -w SECS   start the CPU and bytes window this long after the start instead of 5 s: -s 180 -w 60 leaves out
#             the JVM's first minute, while xfrmtop's per-tick methods are still being compiled
#   -o LIST   only these programs, comma-separated (e.g. -o xfrmtop for A/B runs of xfrmtop alone; default
#             xfrmtop,top,htop)
# Usage: bench/whole-process.sh [-s SECONDS] [-r RUNS] [-i INTERVAL] [-S SCENARIO] [-a SAS] [-k NICS] [-n NETNS]
#                               [-w SECS] [-o PROGRAMS] [-- extra xfrmtop options]
# Each run's figures go to stderr as it ends (first_ms cpu_pct rss_kib bytes_per_s); the medians to stdout.
# Not part of the test suite: figures are reported, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/namespaces.sh
SECS=30 RUNS=3 INTERVAL=1 SCENARIO=default SAS=10000 NICS=8 NETNS=50 ONLY=xfrmtop,top,htop WARM=5
while getopts "s:r:i:S:a:k:n:o:w:" o; do
  case $o in
    s) SECS=$OPTARG ;; r) RUNS=$OPTARG ;; i) INTERVAL=$OPTARG ;; S) SCENARIO=$OPTARG ;;
    a) SAS=$OPTARG ;; k) NICS=$OPTARG ;; n) NETNS=$OPTARG ;; o) ONLY=$OPTARG ;; w) WARM=$OPTARG ;; *) exit 2 ;;
  esac
done
shift $((OPTIND - 1)); [ "${1:-}" = -- ] && shift
case $SECS$WARM in *[!0-9]*) echo "-s and -w take whole seconds" >&2; exit 2 ;; esac
[ "$WARM" -ge 1 ] && [ "$SECS" -gt "$WARM" ] || { echo "-s must be longer than -w (the CPU window, default 5 s)" >&2; exit 2; }
XFRMTOP_ARGS=("$@")
[ -f target/xfrmtop.jar ] || ./xfrmtop --version >/dev/null
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 1; }
# htop is the other yardstick the figures are given against: installed when missing (root with apt-get), else said
if [[ ",$ONLY," == *,htop,* ]] && ! command -v htop >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing htop to measure beside it (apt-get)..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq htop; } >/dev/null 2>&1 ||
      echo "could not install htop: measuring without it" >&2
  else
    echo "htop is not installed (apt-get install htop): measuring without it" >&2
  fi
fi
HZ=$(getconf CLK_TCK)
SOCK=xfrmtop-bench-$$
OUT=$(mktemp -d)
TAG=xwp$$
cleanup() {
  tmux -L $SOCK kill-server 2>/dev/null || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"    # tmux leaves its socket file behind
  rm -rf "$OUT"
  if [ "$SCENARIO" = netns ]; then remove_namespaces "$TAG" "$NETNS"; fi
}
trap cleanup EXIT

case $SCENARIO in
  default) CMD=(./xfrmtop -d "$INTERVAL" "${XFRMTOP_ARGS[@]}") ;;
  gateway) CMD=(bench/gateway.sh --sas "$SAS" --nics "$NICS" -d "$INTERVAL") ;;
  replay)
    REC=target/bench-gateway-$SAS-$NICS.xtr
    if [ ! -f "$REC" ]; then
      bench/jmh.sh -l > /dev/null                                      # builds the bench classes
      java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" xfrmtop.record.ScaleRecording \
          "$REC" 120 "$SAS" "$NICS" >&2
    fi
    INTERVAL=1
    CMD=(./xfrmtop -r "$REC" "${XFRMTOP_ARGS[@]}") ;;
  netns)
    [ "$(id -u)" = 0 ] || { echo "whole-process -S netns: run as root (it creates namespaces)" >&2; exit 1; }
    make_namespaces "$TAG" "$NETNS"
    CMD=(./xfrmtop -A -d "$INTERVAL" "${XFRMTOP_ARGS[@]}") ;;
  *) echo "unknown scenario $SCENARIO (default, gateway, replay, netns)" >&2; exit 2 ;;
esac

ticks() { awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat" 2>/dev/null || echo 0; }
size() { stat -c %s "$1" 2>/dev/null || echo 0; }

# measure MARKER CMD... -> prints "first_ms cpu_pct rss_kib bytes_per_s"
# The first frame is timed without polling: the program waits on a gate in its pane while a tmux control-mode
# client attaches, and the time runs from opening the gate to the %output event that completes the marker. Polling
# capture-pane every 5 ms (this script until then) started three processes a poll, half a core of this 2-core
# machine taken from the program while it started.
measure() {
  local marker=$1; shift
  local log=$OUT/pipe.$RANDOM gate=$OUT/gate.$RANDOM
  : > "$log"; mkfifo "$gate"
  # argv form: tmux runs it without a shell line to quote; "$0" is the gate, "$@" the program
  tmux -L $SOCK -f /dev/null new-session -d -s b -x 120 -y 40 bash -c 'read -r _ < "$0"; exec "$@"' "$gate" "$@"
  tmux -L $SOCK pipe-pane -t b -o "cat >> $log"
  coproc CTL { exec tmux -L $SOCK -C attach -t b 2>/dev/null; }
  local ctl=$CTL_PID in line attached= first=-1 t0 seen rc=0 what="$*"
  fail() { echo "'$what' $1" >&2; exit 1; }
  exec {in}<&"${CTL[0]}"                    # a copy: bash keeps a coprocess's own descriptors from its children
  while read -r -t 5 line <&"$in"; do [[ $line == %session-changed* ]] && { attached=1; break; }; done
  [ -n "$attached" ] || fail "was not timed: a tmux control client did not attach to its pane within 5 s"
  # awk reads the events in blocks (bash's read takes a pipe a byte at a time: ~10 ms for a full frame's event),
  # the data of each joined to the end of the last: tmux cuts a pane's output into events of 2-2.7 KB, and a marker
  # can straddle a cut. Started before the gate opens, so that no process start falls between the clock readings.
  timeout 20 awk -v m="$marker" '/^%output / { sub(/^%output %[0-9]+ /, ""); if (index(t $0, m)) { hit = 1; exit }
      t = substr($0, length($0) - length(m) + 2) } END { exit !hit }' <&"$in" & seen=$!
  t0=${EPOCHREALTIME/[.,]/}                # µs, bash's own clock: no process nor subshell to read it
  echo > "$gate"
  wait "$seen" || rc=$?
  [ "$rc" = 0 ] && first=$(( (${EPOCHREALTIME/[.,]/} - t0) / 1000 ))
  kill "$ctl" 2>/dev/null || true                                   # the control client: its part is done
  exec {in}<&-
  [ "$rc" = 124 ] && fail "did not show '$marker' within 20 s"
  local pid; pid=$(tmux -L $SOCK display -p -t b '#{pane_pid}' 2>/dev/null) || pid=
  [ -n "$pid" ] && [ "$first" -ge 0 ] || fail "ended before its first frame: run it by hand to see why"
  local c0 b0 c1 b1 took=$(( (${EPOCHREALTIME/[.,]/} - t0) / 1000000 ))
  sleep $(( WARM - took > 0 ? WARM - took : 0 ))
  c0=$(ticks "$pid"); b0=$(size "$log")
  sleep $(( SECS - WARM ))
  c1=$(ticks "$pid"); b1=$(size "$log")
  local rss
  rss=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null) ||
    fail "ended within the run: run it by hand to see why"
  tmux -L $SOCK kill-server 2>/dev/null || true
  wait "$ctl" 2>/dev/null || true
  rm -f "$gate"
  sleep 0.3
  awk -v f="$first" -v c="$((c1 - c0))" -v hz="$HZ" -v s="$((SECS - WARM))" -v r="$rss" -v b="$((b1 - b0))" \
    'BEGIN { printf "%d %.2f %d %d\n", f, 100 * c / hz / s, r, b / s }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

declare -A RES
run() {
  local name=$1 marker=$2; shift 2
  : > "$OUT/$name"
  for _ in $(seq "$RUNS"); do measure "$marker" "$@" | tee -a "$OUT/$name" | sed "s/^/  $name run: /" >&2; done
  for i in 1 2 3 4; do RES[$name,$i]=$(awk -v i=$i '{print $i}' "$OUT/$name" | median); done
}

HTOP_D=$(awk -v i="$INTERVAL" 'BEGIN { d = int(i * 10 + 0.5); print (d < 1 ? 1 : d) }')   # htop counts tenths
echo "scenario $SCENARIO, interval ${INTERVAL}s: ${RUNS} x ${SECS} s each (tmux 120x40) ..." >&2
wanted() { [[ ",$ONLY," == *",$1,"* ]]; }
wanted xfrmtop && run xfrmtop "xfrm_stat" "${CMD[@]}"
wanted top && run top "load average" top -d "$INTERVAL"
wanted htop && command -v htop >/dev/null && run htop "Load average" htop -d "$HTOP_D"

echo "scenario $SCENARIO, interval ${INTERVAL}s, median of $RUNS x ${SECS}s (CPU and bytes from ${WARM}s on)"
printf '%-10s %12s %10s %10s %12s\n' program first_ms cpu_pct rss_MiB term_B/s
for p in xfrmtop top htop; do
  [ -n "${RES[$p,1]:-}" ] || continue
  printf '%-10s %12s %10s %10.1f %12s\n' $p "${RES[$p,1]}" "${RES[$p,2]}" "$(echo "${RES[$p,3]} / 1024" | bc -l)" "${RES[$p,4]}"
done
for p in top htop; do
  [ -n "${RES[$p,1]:-}" ] && [ -n "${RES[xfrmtop,1]:-}" ] || continue
  awk -v n="$p" -v f1="${RES[xfrmtop,1]}" -v f2="${RES[$p,1]}" -v c1="${RES[xfrmtop,2]}" -v c2="${RES[$p,2]}" \
      -v r1="${RES[xfrmtop,3]}" -v r2="${RES[$p,3]}" -v b1="${RES[xfrmtop,4]}" -v b2="${RES[$p,4]}" \
      'function q(a,b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
       BEGIN { printf "xfrmtop / %-5s first frame %s  CPU %s  RSS %s  bytes/s %s\n", n, q(f1,f2), q(c1,c2), q(r1,r2), q(b1,b2) }'
done
