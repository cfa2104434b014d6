#!/bin/bash
# What watching many network namespaces costs. `xfrmtop -A` runs in a real tmux pane (120x40, 1 s interval) and,
# separately, as `xfrmtop -A -b` to /dev/null: first with the namespaces already on the machine, then again after N
# more were made for the run (each with a veth pair inside). For each run:
#   CPU     utime+stime of the whole process from 5 s to the end, as % of one core
#   netns   CPU of the namespace threads (xfrmtop-netns-*, from schedstat, ns resolution), per namespace per tick
#   RSS     peak resident set (VmHWM) at the end, and the thread count
# and the whole-process cost each added namespace brings per tick. Run as root (ip netns add).
# Usage: bench/netns-scale.sh [-n NAMESPACES] [-s SECONDS] [-- extra xfrmtop options]
# Not part of the test suite: figures are reported, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/namespaces.sh
N=50 SECS=30
while getopts "n:s:" o; do case $o in n) N=$OPTARG ;; s) SECS=$OPTARG ;; *) exit 2 ;; esac; done
shift $((OPTIND - 1)); [ "${1:-}" = -- ] && shift
EXTRA=("$@")
[ "$(id -u)" = 0 ] || { echo "netns-scale: run as root (it creates namespaces)" >&2; exit 1; }
[ -f target/xfrmtop.jar ] || ./xfrmtop --version >/dev/null
HZ=$(getconf CLK_TCK)
TAG=xtb$$
SOCK=xfrmtop-netns-bench-$$
TMP=$(mktemp -d)
cleanup() {
  tmux -L "$SOCK" kill-server 2>/dev/null || true
  rm -rf "$TMP"
  remove_namespaces "$TAG" "$N"
}
trap cleanup EXIT

# snapshot PID FILE: "tid nanoseconds-on-cpu" of each namespace thread (schedstat: ns resolution) into FILE;
# prints the whole process's utime+stime ticks (which keep the time of threads that ended)
snapshot() {
  local pid=$1 t
  for t in /proc/"$pid"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      xfrmtop-netns-*) echo "${t##*/} $(awk '{print $1}' "$t/schedstat" 2>/dev/null || echo 0)" ;;
    esac
  done > "$2"
  awk '{print $14 + $15}' "/proc/$pid/stat"
}

# measure PID: from 5 s to SECS -> "cpu_pct netns_us_per_namespace_per_tick rss_kib threads namespaces"
measure() {
  local pid=$1 a0 a1 n count
  sleep 5
  a0=$(snapshot "$pid" "$TMP/s0")
  sleep $((SECS - 5))
  a1=$(snapshot "$pid" "$TMP/s1")
  # threads that lived through the window (a namespace deleted meanwhile by someone else does not count)
  n=$(awk 'NR == FNR { t0[$1] = $2; next } ($1 in t0) { sum += $2 - t0[$1] } END { print sum + 0 }' "$TMP/s0" "$TMP/s1")
  count=$(awk 'NR == FNR { t0[$1] = 1; next } ($1 in t0) { c++ } END { print c + 0 }' "$TMP/s0" "$TMP/s1")
  awk -v a=$((a1 - a0)) -v n="$n" -v hz="$HZ" -v s=$((SECS - 5)) -v c="$count" \
      -v r="$(awk '/VmHWM/{print $2}' "/proc/$pid/status")" -v th="$(awk '/Threads/{print $2}' "/proc/$pid/status")" \
      'BEGIN { printf "%.2f %.1f %d %d %d\n", 100 * a / hz / s, (c > 0 ? n / 1000 / s / c : 0), r, th, c }'
}

tui() {
  tmux -L "$SOCK" -f /dev/null new-session -d -s b -x 120 -y 40 ./xfrmtop -A "${EXTRA[@]}"
  for _ in $(seq 200); do tmux -L "$SOCK" capture-pane -p -t b | grep "xfrm_stat" >/dev/null && break; sleep 0.05; done
  measure "$(tmux -L "$SOCK" display -p -t b '#{pane_pid}')"
  tmux -L "$SOCK" kill-server
}

batch() {
  XFRMTOP_SKIP_BUILD=1 ./xfrmtop -A -b "${EXTRA[@]}" > /dev/null &
  local pid=$!
  measure "$pid"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

declare -A R
echo "measuring ${SECS} s per run: before and after adding $N namespaces ..." >&2
R[tui,0]=$(tui); R[batch,0]=$(batch)
make_namespaces "$TAG" "$N"
R[tui,1]=$(tui); R[batch,1]=$(batch)

printf '%-6s %10s %8s %22s %9s %8s\n' mode namespaces CPU_% netns_thread_us/ns/tick RSS_MiB threads
for m in tui batch; do
  for k in 0 1; do
    read -r cpu per rss th count <<< "${R[$m,$k]}"
    printf '%-6s %10d %8.2f %22.1f %9.1f %8d\n' "$m" "$count" "$cpu" "$per" "$(echo "$rss / 1024" | bc -l)" "$th"
  done
  read -r c0 _ _ _ n0 <<< "${R[$m,0]}"; read -r c1 _ _ _ n1 <<< "${R[$m,1]}"
  awk -v m="$m" -v c0="$c0" -v c1="$c1" -v d=$((n1 - n0)) \
      'BEGIN { if (d > 0) printf "%-6s whole process: +%.1f us of CPU per added namespace per tick\n", m, (c1 - c0) * 1e4 / d }'
done
