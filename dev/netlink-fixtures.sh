#!/bin/bash
# Records the kernel's XFRM netlink dump replies in the guest and stores them as parser test fixtures: one datagram
# per line, in hex (src/test/resources/fixtures/netlink/guest-KVER-{state,policy}.hex). Run as root when the
# parser's fixtures should be refreshed; the tests themselves only read the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
guest/run-in-guest.sh -o "$out" guest/record-dumps.sh > /dev/null
kver=$(cat /var/cache/xfrmtop-guest/kver 2>/dev/null || echo unknown)
for what in state policy; do
  # strace -e read=all prints each received buffer as "* N bytes in buffer 0" and " | OFFSET  xx xx ... |" lines
  awk '/^ \* [0-9]+ bytes in buffer/ { if (d != "") print d; d = ""; next }
       /^ \| [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]  / { s = substr($0, 11, 49); n = split(s, f, " ")
                              for (i = 1; i <= n; i++) if (f[i] ~ /^[0-9a-f][0-9a-f]$/) d = d f[i] }
       END { if (d != "") print d }' "$out/$what.strace" > "src/test/resources/fixtures/netlink/guest-$kver-$what.hex"
  echo "src/test/resources/fixtures/netlink/guest-$kver-$what.hex: $(wc -l < "src/test/resources/fixtures/netlink/guest-$kver-$what.hex") datagrams"
done
