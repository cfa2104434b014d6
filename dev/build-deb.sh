#!/bin/bash
# Builds the Debian package target/xfrmtop_VERSION_all.deb (a plain dpkg-deb layout; needs a Java 17 runtime):
#   /usr/bin/xfrmtop                                 launcher with the lean JVM flags
#   /usr/share/xfrmtop/xfrmtop.jar                   the self-contained jar
#   /var/lib/xfrmtop/xfrmtop.jsa                     class-data-sharing archive, made by postinst (fast start)
#   /usr/share/man/man1/xfrmtop.1.gz, bash and zsh completion, /usr/share/doc/xfrmtop/copyright
#   /lib/systemd/system/xfrmtop-exporter.service     fleet mode (--listen --quiet), installed disabled
#   /usr/share/doc/xfrmtop/examples/                 Prometheus scrape config and alerting rules
# Usage: dev/build-deb.sh      (then: sudo apt install ./target/xfrmtop_*_all.deb)
set -euo pipefail
cd "$(dirname "$0")/.."
./xfrmtop --version >/dev/null      # the launcher (re)builds target/xfrmtop.jar when it is missing or stale
version=$(sed -n 's/^version=//p' target/classes/xfrmtop/version.properties)
root=target/deb/xfrmtop_${version}_all
rm -rf "$root"
install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/xfrmtop" "$root/usr/share/man/man1" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" "$root/usr/share/doc/xfrmtop" \
  "$root/lib/systemd/system" "$root/usr/share/doc/xfrmtop/examples"
install -m 644 target/xfrmtop.jar "$root/usr/share/xfrmtop/xfrmtop.jar"
gzip -9n < man/xfrmtop.1 > "$root/usr/share/man/man1/xfrmtop.1.gz"
install -m 644 completion/xfrmtop.bash "$root/usr/share/bash-completion/completions/xfrmtop"
install -m 644 completion/_xfrmtop "$root/usr/share/zsh/vendor-completions/_xfrmtop"
install -m 644 packaging/xfrmtop-exporter.service "$root/lib/systemd/system/xfrmtop-exporter.service"
install -m 644 packaging/prometheus.yml packaging/xfrmtop-alerts.yml packaging/xfrmtop-alerts.test.yml \
  "$root/usr/share/doc/xfrmtop/examples/"
lean=$(sed -n '/^lean="/,/# end of the JVM line$/p' xfrmtop)
[ -n "$lean" ] || { echo "build-deb: cannot find the JVM flags in ./xfrmtop" >&2; exit 1; }
kept=-Dxfrmtop.native.dir=/var/lib/xfrmtop    # where postinst keeps JNA's native library (sys/DispatchLibrary)

cat > "$root/usr/bin/xfrmtop" <<LAUNCHER
#!/bin/sh
# xfrmtop: top-style monitor for Linux IPsec (XFRM) drop counters. See xfrmtop(1).
set -f    # no pathname expansion: the JVM line holds method patterns with '*'
$lean
jar=/usr/share/xfrmtop/xfrmtop.jar
jsa=/var/lib/xfrmtop/xfrmtop.jsa
if [ -r "\$jsa" ]; then
  exec java \$lean $kept -XX:SharedArchiveFile="\$jsa" -Dxfrmtop.cds="\$jsa" -jar "\$jar" "\$@"
fi
exec java \$lean $kept -jar "\$jar" "\$@"
LAUNCHER
chmod 755 "$root/usr/bin/xfrmtop"

cat > "$root/usr/share/doc/xfrmtop/copyright" <<'COPYRIGHT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: xfrmtop
Files: *
Copyright: the xfrmtop developers
License: Apache-2.0
 Bundled: Lanterna (LGPL-3.0), JNA (Apache-2.0 or LGPL-2.1), picocli (Apache-2.0),
 Prometheus Java client metrics libraries (Apache-2.0).
 On Debian systems the licences are in /usr/share/common-licenses/.
COPYRIGHT

cat > "$root/DEBIAN/postinst" <<POSTINST
#!/bin/sh
set -e
# configure, and "triggered" when a package changes /usr/lib/jvm: an archive fits one build of the JVM
if [ "\$1" = configure ] || [ "\$1" = triggered ]; then
  mkdir -p /var/lib/xfrmtop
  rm -f /var/lib/xfrmtop/xfrmtop.jsa /var/lib/xfrmtop/libjnidispatch-*.so
  # class-data sharing for a fast start; harmless if it fails (xfrmtop then starts without it)
  set -f
  $lean
  # (as the launcher in the checkout: the classes a training run loads, dumped into one archive)
  list=/var/lib/xfrmtop/xfrmtop.classes
  { java \$lean $kept -XX:DumpLoadedClassList=\$list -jar /usr/share/xfrmtop/xfrmtop.jar --cds-training &&
    java \$lean -Xshare:dump -XX:SharedClassListFile=\$list -XX:SharedArchiveFile=/var/lib/xfrmtop/xfrmtop.jsa \\
      -cp /usr/share/xfrmtop/xfrmtop.jar; } >/dev/null 2>&1 || rm -f /var/lib/xfrmtop/xfrmtop.jsa
  rm -f \$list
  # the exporter unit is shipped disabled: systemctl enable --now xfrmtop-exporter
  if [ -d /run/systemd/system ]; then systemctl daemon-reload >/dev/null 2>&1 || true; fi
fi
exit 0
POSTINST
printf 'interest-noawait /usr/lib/jvm\n' > "$root/DEBIAN/triggers"
cat > "$root/DEBIAN/prerm" <<'PRERM'
#!/bin/sh
set -e
if [ "$1" = remove ] && command -v systemctl >/dev/null 2>&1; then
  if [ -d /run/systemd/system ]; then systemctl stop xfrmtop-exporter.service >/dev/null 2>&1 || true; fi
  systemctl --no-reload disable xfrmtop-exporter.service >/dev/null 2>&1 || true
fi
exit 0
PRERM
cat > "$root/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
set -e
case "$1" in remove|purge) rm -rf /var/lib/xfrmtop ;; esac
if [ -d /run/systemd/system ]; then systemctl daemon-reload >/dev/null 2>&1 || true; fi
exit 0
POSTRM
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"

size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: xfrmtop
Version: $version
Architecture: all
Maintainer: xfrmtop developers <xfrmtop@localhost>
Depends: openjdk-17-jre-headless | java17-runtime-headless
Section: net
Priority: optional
Installed-Size: $size
Homepage: https://github.com/xfrmtop/xfrmtop
Description: top-style monitor for Linux IPsec (XFRM) drop counters
 xfrmtop shows the XFRM counters of /proc/net/xfrm_stat as per-second
 rates, sorted so that the climbing drop reason is on top, with colour on
 what moves. A batch mode prints tables or JSON lines for scripts, and
 --listen serves the same counters to Prometheus (a systemd unit,
 xfrmtop-exporter.service, is included, disabled).
CONTROL

dpkg-deb --root-owner-group --build "$root" "target/xfrmtop_${version}_all.deb" >/dev/null
echo "target/xfrmtop_${version}_all.deb ($(du -k "target/xfrmtop_${version}_all.deb" | cut -f1) KiB)"
