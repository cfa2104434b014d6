#!/bin/sh
# Runs INSIDE the guest (guest/run-in-guest.sh -o DIR guest/record-dumps.sh): creates SAs and policies in a
# namespace and records the kernel's raw XFRM netlink dump replies, as received by `ip xfrm state|policy` (strace
# hex dump of each recvmsg), into $GUEST_IO/*.strace. dev/netlink-fixtures.sh turns them into the parser test
# fixtures under src/test/resources/fixtures/netlink/. Test keys only: the fixtures carry them on purpose.
set -eu
modprobe -a esp4 esp6 xfrm_user
ip netns add r
X="ip -n r xfrm"
# IPv4 tunnel, hmac(sha256) truncated to 128 bits + cbc(aes), counters non-zero via a replay-seq
$X state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x100 reqid 1 mode tunnel replay-window 32 \
  auth-trunc 'hmac(sha256)' 0x5e11a9c0ffee0123456789abcdef0123456789abcdef0123456789abcdef0a1b 128 \
  enc 'cbc(aes)' 0x7a3b9c1d2e4f60718293a4b5c6d7e8f9 replay-seq 0x1234 replay-oseq 0x42
# IPv6 transport, AEAD, ESN with a 64-bit sequence, lifetimes, a mark
$X state add src 2001:db8::1 dst 2001:db8::2 proto esp spi 0xc0ffee01 reqid 3 mode transport flag esn \
  replay-window 128 aead 'rfc4106(gcm(aes))' 0x0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef 128 \
  replay-seq 0x10 replay-seq-hi 0x2 replay-oseq 0x20 replay-oseq-hi 0x1 \
  limit time-soft 3600 limit time-hard 3900 mark 0x5 mask 0xff
$X policy add src 198.51.100.0/24 dst 203.0.113.0/24 proto udp dport 9 dir out priority 7 \
  tmpl src 192.0.2.1 dst 192.0.2.2 proto esp reqid 1 mode tunnel
$X policy add src 2001:db8:1::/64 dst 2001:db8:2::/64 dir in action block
for what in state policy; do
  ip netns exec r strace -qq -e trace=recvmsg -e read=all -o "$GUEST_IO/$what.strace" ip xfrm $what list > "$GUEST_IO/$what.txt"
done
ip netns exec r ip -s xfrm state
