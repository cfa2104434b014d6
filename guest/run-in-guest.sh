#!/bin/bash
# Runs a shell script as root inside a throw-away qemu guest that boots Debian's stock kernel, with this host's root
# file system shared read-only (9p) under a tmpfs overlay. The per-SA tests need it: the host kernel has no ESP.
#
# Usage: guest/run-in-guest.sh [-o DIR] [-t SECONDS] [-m MEM] [-c CPUS] SCRIPT [ARG...]
#   -o DIR      results folder, writable from the guest as $GUEST_IO (default: a temporary one, removed at the end)
#   -t SECONDS  kill the guest after this long (default 600); exit status 124
#   -m MEM      guest memory (default 768M); -c CPUS guest CPUs (default 2)
# The script's output is streamed to stdout; the exit status is the script's (125: the guest never ran it).
# The guest sees the host's / read-only, but /tmp, /run, /proc, /sys and /dev are its own: hand files that live
# there (a checkout under /tmp, say) over through the results folder.
# Boot and run times go to stderr as "guest: ..." lines.
#
# Needs (Debian): qemu-system-x86 busybox-static kmod (dev/install-test-deps.sh installs them). The kernel package
# (what linux-image-amd64 depends on) is fetched once with apt-get download and kept, with a small initramfs, in
# $GUEST_CACHE (default /var/cache/xfrmtop-guest). KVM is not used: on these machines the host is itself a VM
# without nested virtualisation (qemu -cpu host aborts), so the guest runs under TCG.
set -euo pipefail

OUT= TIMEOUT=600 MEM=768M CPUS=2
while getopts "o:t:m:c:h" opt; do
  case $opt in
    o) OUT=$OPTARG ;; t) TIMEOUT=$OPTARG ;; m) MEM=$OPTARG ;; c) CPUS=$OPTARG ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { sed -n '2,15p' "$0"; exit 2; }
SCRIPT=$1; shift
[ -r "$SCRIPT" ] || { echo "guest: cannot read $SCRIPT" >&2; exit 2; }

CACHE=${GUEST_CACHE:-/var/cache/xfrmtop-guest}
fail() { echo "guest: $*" >&2; exit 125; }
for tool in qemu-system-x86_64 depmod modprobe apt-get apt-cache dpkg flock; do
  command -v "$tool" >/dev/null || fail "missing $tool (run dev/install-test-deps.sh as root)"
done
# (grep without -q: it reads the whole list, so busybox never dies of SIGPIPE under pipefail)
[ -x /bin/busybox ] && /bin/busybox --list | grep -x insmod >/dev/null || fail "missing a static /bin/busybox (apt-get install busybox-static)"

mkdir -p "$CACHE"
exec 8>"$CACHE/.lock"
flock 8                                  # two test runs must not unpack the kernel at the same time

# The kernel: unpacked once. The .deb carries no modules.dep, so depmod builds it for the unpacked tree.
if [ ! -s "$CACHE/kver" ]; then
  pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
  if [ -z "$pkg" ] && [ "$(id -u)" = 0 ]; then apt-get update -qq >&2; pkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ {print $2; exit}'); fi
  [ -n "$pkg" ] || fail "cannot find the package behind linux-image-amd64 (apt-get update first)"
  echo "guest: fetching $pkg (once)" >&2
  rm -rf "$CACHE/deb" "$CACHE/root"; mkdir -p "$CACHE/deb"
  (cd "$CACHE/deb" && apt-get -o APT::Sandbox::User=root download "$pkg" >/dev/null) || fail "apt-get download $pkg failed"
  dpkg -x "$CACHE"/deb/*.deb "$CACHE/root"
  kver=$(ls "$CACHE/root/lib/modules")
  depmod -b "$CACHE/root" "$kver"
  rm -rf "$CACHE/deb"
  echo "$kver" > "$CACHE/kver"
fi
KVER=$(cat "$CACHE/kver")
KTREE=$CACHE/root
INITRD=$CACHE/initrd-$KVER-v2.cpio

# The initramfs: static busybox, the modules that reach a 9p root (in dependency order, as modprobe resolves them
# against the guest's modules.dep), and an /init that mounts host / read-only with a tmpfs overlay and switches to it.
if [ ! -s "$INITRD" ]; then
  ir=$(mktemp -d)
  mkdir -p "$ir"/bin "$ir"/dev "$ir"/proc "$ir"/sys "$ir"/host "$ir"/rw "$ir"/root "$ir"/ko
  cp /bin/busybox "$ir/bin/busybox"
  i=0
  for m in virtio_pci 9pnet_virtio 9p overlay; do
    modprobe -d "$KTREE" -S "$KVER" --show-depends "$m" | awk '$1 == "insmod" {print $2}'
  done | awk '!seen[$0]++' | while read -r ko; do
    i=$((i + 1)); cp "$ko" "$ir/ko/$(printf %02d "$i")-${ko##*/}"
  done
  cat > "$ir/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for ko in /ko/*.ko; do insmod "$ko" || echo "init: insmod $ko failed"; done
opts=trans=virtio,version=9p2000.L,msize=262144
n=0
until mount -t 9p -o ro,$opts hostroot /host 2>/dev/null; do     # virtio devices show up shortly after the driver
  n=$((n + 1)); [ $n -gt 100 ] && { echo "init: no 9p root"; poweroff -f; }; sleep 0.05
done
mount -t tmpfs -o mode=755 rw /rw; mkdir -p /rw/up /rw/work
mount -t overlay -o lowerdir=/host,upperdir=/rw/up,workdir=/rw/work overlay /root || { echo "init: no overlay"; poweroff -f; }
mkdir -p /root/lib/modules; mount -t 9p -o ro,$opts modules /root/lib/modules
mount -t tmpfs -o mode=755 run /root/run; mkdir -p /root/run/io
mount -t 9p -o $opts io /root/run/io
umount /proc /sys /dev
exec switch_root /root /bin/sh /run/io/.stage2
INIT
  chmod 755 "$ir/init"
  (cd "$ir" && find . | /bin/busybox cpio -o -H newc -R 0:0 2>/dev/null) > "$INITRD.new"
  mv "$INITRD.new" "$INITRD"
  rm -rf "$ir"
fi
flock -u 8

# One run: the results folder is the writable share; stage 2 runs the script from the host's userspace.
if [ -n "$OUT" ]; then mkdir -p "$OUT"; IO=$(cd "$OUT" && pwd); KEEP=1; else IO=$(mktemp -d /tmp/xfrmtop-guest.XXXXXX); KEEP=0; fi
rm -f "$IO/.rc" "$IO/.up" "$IO/.job" "$IO/.args" "$IO/.out"
QPID= TPID= WPID=
finish() {
  for p in $QPID $TPID $WPID; do kill "$p" 2>/dev/null || true; done
  [ $KEEP = 1 ] || rm -rf "$IO"
}
trap finish EXIT
cp "$SCRIPT" "$IO/.job"
printf '%q ' "$@" > "$IO/.args"
: > "$IO/.out"
cat > "$IO/.stage2" <<'STAGE2'
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb LANG=C.UTF-8
export GUEST_IO=/run/io
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm; mount -t devpts devpts /dev/pts; mount -t tmpfs shm /dev/shm
mount -t tmpfs -o mode=1777 tmp /tmp
ip link set lo up
cut -d' ' -f1 /proc/uptime > $GUEST_IO/.up
eval "set -- $(cat $GUEST_IO/.args)"
/bin/sh $GUEST_IO/.job "$@" >> $GUEST_IO/.out 2>&1 < /dev/null
echo $? > $GUEST_IO/.rc
sync
/bin/busybox poweroff -f
STAGE2

t0=$(date +%s%N)
qemu-system-x86_64 -accel tcg -cpu max -m "$MEM" -smp "$CPUS" -nodefaults -display none -no-reboot -monitor none \
  -nic none -serial file:"$IO/.console" -kernel "$KTREE/boot/vmlinuz-$KVER" -initrd "$INITRD" \
  -append "console=ttyS0 quiet loglevel=4 panic=-1 rdinit=/init" \
  -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
  -virtfs local,path="$KTREE/lib/modules",mount_tag=modules,security_model=none,readonly=on,multidevs=remap \
  -virtfs local,path="$IO",mount_tag=io,security_model=none,multidevs=remap \
  < /dev/null > "$IO/.qemu" 2>&1 &
QPID=$!
tail -n +1 -s 0.2 -f --pid=$QPID "$IO/.out" & TPID=$!
( sleep "$TIMEOUT"; touch "$IO/.timeout"; kill $QPID ) > /dev/null 2>&1 & WPID=$!
wait $QPID || true; QPID=
kill $WPID 2>/dev/null || true; wait $WPID 2>/dev/null || true; WPID=
wait $TPID 2>/dev/null || true; TPID=
t1=$(date +%s%N)
if [ -s "$IO/.up" ]; then
  up=$(cat "$IO/.up"); upns=$(stat -c %.9Y "$IO/.up" | tr -d .)
  echo "guest: kernel $KVER, userspace $(( (upns - t0) / 1000000 )) ms after qemu start (guest uptime ${up}s), run $(( (t1 - t0) / 1000000 )) ms" >&2
fi
if [ -f "$IO/.rc" ]; then exit "$(cat "$IO/.rc")"; fi
echo "guest: the guest did not finish the script" >&2
tail -n 30 "$IO/.qemu" "$IO/.console" >&2 || true
if [ -f "$IO/.timeout" ]; then rm -f "$IO/.timeout"; exit 124; fi
exit 125
