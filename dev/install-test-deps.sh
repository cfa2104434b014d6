#!/bin/bash
# Installs (as root, from Debian's packages) what the whole test suite needs, skipping what is already there.
# Used by dev/test-all.sh; safe to run again.
set -euo pipefail
pkgs=(
  openjdk-17-jdk-headless maven        # build
  tmux procps                          # TUI end-to-end tests run xfrmtop in a real tmux pane
  iproute2 iputils-ping ethtool        # network namespaces, veth/ifb, xfrm policies
  groff-base mandoc man-db             # man page lint and rendering
  dpkg-dev                             # building the Debian package (dpkg-deb)
  qemu-system-x86 busybox-static kmod  # guest/run-in-guest.sh: a Debian kernel with ESP under qemu (per-SA tests)
  strace util-linux                    # netns tests: nothing opened on a bad name; setpriv runs as an unprivileged user
  prometheus systemd                   # --listen: a real Prometheus scrapes xfrmtop, promtool; systemd-analyze verify
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-test-deps: missing ${missing[*]}; run as root (sudo) to install them" >&2
    exit 1
  fi
  echo "install-test-deps: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
