#!/bin/sh
# Runs INSIDE the guest (guest/run-in-guest.sh guest/sa-scenarios.sh JAR): an ESP tunnel between two network
# namespaces, ping at a known rate through it, and xfrmtop (batch JSON, one JVM for the whole run) watching the
# receiver while the SAs are broken on purpose, phase by phase. The checks run on the host (GuestSaTest) from what
# this leaves in $GUEST_IO: b.jsonl (xfrmtop's lines), phases (NAME START_MS END_MS TX_START TX_END: packets a sent
# on the veth, an independent count of the real rate), keys, ping.out, ip-state.out, and metrics-clean.txt and
# metrics-rekey.txt: the same xfrmtop's /metrics (--listen beside the batch output) after those phases. Each JSON
# line also carries the funnel and the XFRM events xfrmtop saw in the receiver's namespace (the SA adds, deletes and
# expires below).
# Addresses: outer 192.0.2.1 (a) <-> 192.0.2.2 (b); inner 198.51.100.1 (a) <-> 203.0.113.1 (b).
set -eu
JAR=$1
case $JAR in /*) ;; *) JAR=$GUEST_IO/$JAR ;; esac    # relative: handed over in the results folder
RATE=20                                 # pings per second (a -> b), each answered (b -> a)
OUT=$GUEST_IO
JAVA="java -XX:+UseSerialGC -Xms8m -Xmx64m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData -Xshare:auto"
modprobe -a veth esp4 xfrm_user sch_netem
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up; ip -n b link set lo up
ip -n a addr add 192.0.2.1/24 dev va; ip -n a link set va up; ip -n a addr add 198.51.100.1/32 dev lo
ip -n b addr add 192.0.2.2/24 dev vb; ip -n b link set vb up; ip -n b addr add 203.0.113.1/32 dev lo
ip -n a route add 203.0.113.0/24 via 192.0.2.2 src 198.51.100.1
ip -n b route add 198.51.100.0/24 via 192.0.2.1 src 203.0.113.1

# Known keys: the host side checks that none of them shows up in any output.
KAUTH=0x5e11a9c0ffee0123456789abcdef0123456789abcdef0123456789abcdef0a1b
KENC=0x7a3b9c1d2e4f60718293a4b5c6d7e8f9
KGCM=0x0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef
WRONG=0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
printf '%s\n%s\n%s\n' "$KAUTH" "$KENC" "$KGCM" > "$OUT/keys"

sa_ab() { # NETNS SPI [extra...]: a -> b, hmac(sha256) truncated to 128 bits + cbc(aes)
  ns=$1 spi=$2; shift 2
  ip -n "$ns" xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi "$spi" reqid 1 mode tunnel \
    auth-trunc 'hmac(sha256)' "${AUTH:-$KAUTH}" 128 enc 'cbc(aes)' "$KENC" "$@"
}
sa_ba() { # NETNS: b -> a, AEAD rfc4106(gcm(aes)) with a 128-bit ICV
  ip -n "$1" xfrm state add src 192.0.2.2 dst 192.0.2.1 proto esp spi 0x200 reqid 2 mode tunnel \
    aead 'rfc4106(gcm(aes))' "$KGCM" 128
}
for ns in a b; do sa_ab $ns 0x100 replay-window 32; sa_ba $ns; done
ip -n a xfrm policy add src 198.51.100.0/24 dst 203.0.113.0/24 dir out tmpl src 192.0.2.1 dst 192.0.2.2 proto esp reqid 1 mode tunnel
ip -n a xfrm policy add src 203.0.113.0/24 dst 198.51.100.0/24 dir in tmpl src 192.0.2.2 dst 192.0.2.1 proto esp reqid 2 mode tunnel
ip -n b xfrm policy add src 203.0.113.0/24 dst 198.51.100.0/24 dir out tmpl src 192.0.2.2 dst 192.0.2.1 proto esp reqid 2 mode tunnel
ip -n b xfrm policy add src 198.51.100.0/24 dst 203.0.113.0/24 dir in tmpl src 192.0.2.1 dst 192.0.2.2 proto esp reqid 1 mode tunnel

now() { date +%s%3N; }
tx() { ip netns exec a cat /sys/class/net/va/statistics/tx_packets; }
phase() { # NAME SECONDS: "NAME START_MS END_MS TX_START TX_END", after letting the change settle for a tick
  sleep 1.2; s=$(now); t=$(tx); sleep "$2"; echo "$1 $s $(now) $t $(tx)" >> "$OUT/phases"; echo "phase $1 done"
}

: > "$OUT/phases"
ip netns exec b $JAVA -jar "$JAR" -b --format json -d 1 --listen 127.0.0.1:9109 > "$OUT/b.jsonl" 2> "$OUT/b.err" &
XPID=$!
i=0; until [ -s "$OUT/b.jsonl" ]; do i=$((i + 1)); [ $i -gt 600 ] && { echo "xfrmtop did not start"; cat "$OUT/b.err"; exit 1; }; sleep 0.1; done
echo "xfrmtop up"
ip netns exec a ping -q -i "$(awk -v r=$RATE 'BEGIN {print 1 / r}')" -I 198.51.100.1 203.0.113.1 > "$OUT/ping.out" 2>&1 &
PPID_=$!
echo "$RATE" > "$OUT/rate"

phase clean 4
scrape() { ip netns exec b busybox wget -q -O "$OUT/metrics-$1.txt" http://127.0.0.1:9109/metrics || echo "scrape $1 failed"; }
scrape clean

# A wrong authentication key on the receiver: every packet fails the ICV check.
ip -n b xfrm state delete src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x100
AUTH=$WRONG sa_ab b 0x100 replay-window 32
phase integrity 4

# The right key, but the receiver believes it has seen sequence numbers up to 10^6 with a 4-packet window:
# every packet arrives left of the window.
ip -n b xfrm state delete src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x100
sa_ab b 0x100 replay-window 4 replay-seq 1000000
phase replay_window 4

# Every ESP packet a sends is duplicated on the wire: the second copy is a replay.
ip -n b xfrm state delete src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x100
sa_ab b 0x100 replay-window 32
tc -n a qdisc add dev va root netem duplicate 100%
phase replay 4
tc -n a qdisc del dev va root

# Rekey a -> b: new SPI 0x101 on both ends, then the old SA goes. The receiver's new SA has a 2-second soft lifetime:
# its soft expire (rekey due) comes as an XFRM event during the phase, like the add and the delete.
sleep 1
sa_ab b 0x101 replay-window 32 limit time-soft 2
sa_ab a 0x101 replay-window 32
ip -n a xfrm state delete src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x100
ip -n b xfrm state delete src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x100
phase rekey 4
scrape rekey

kill $PPID_ 2>/dev/null || true
kill $XPID 2>/dev/null || true
wait $XPID 2>/dev/null || true
ip netns exec b ip -s xfrm state > "$OUT/ip-state.out" 2>&1 || true
cat "$OUT/ping.out"
echo "guest scenarios done"
