#!/usr/bin/env bash
# tst_installer (issue 15): what can be checked of the packages without building them: the
# desktop entry, the AppStream file and the man pages validate; both components install the
# files the packages hold; the maintainer scripts parse; doudi answers --version and --help
# without a display. scripts/package and scripts/test-install check the packages themselves.
#   check.sh SOURCE_DIR BINARY_DIR VERSION
set -euo pipefail
src=$1 bin=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

# doudi --version / --help: no display, no platform plugin asked for.
out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin/app/doudi" --version)" || fail "doudi --version"
[ "$out" = "doudi $version" ] || fail "doudi --version printed '$out'"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin/app/doudi" --help | grep -q -- '--profile' || fail "doudi --help"

desktop-file-validate "$src/installer/linux/org.doudi.Doudi.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$bin/installer/org.doudi.Doudi.metainfo.xml" >/dev/null \
  || { appstreamcli validate --no-net "$bin/installer/org.doudi.Doudi.metainfo.xml"; fail "appstreamcli validate"; }
for page in "$bin"/installer/man/*.1; do
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || fail "man $(basename "$page"): $warnings"
done
for script in postinst prerm postrm; do
  sh -n "$src/installer/linux/server/$script" || fail "$script does not parse"
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for component in app server; do
  DESTDIR="$tmp/$component" cmake --install "$bin" --prefix /usr --component "$component" >/dev/null \
    || fail "cmake --install --component $component"
done
expect() { # component path…
  local component=$1; shift
  for path in "$@"; do [ -e "$tmp/$component$path" ] || fail "$component does not install $path"; done
}
expect app /usr/bin/doudi /usr/bin/doudi-cli /usr/share/applications/org.doudi.Doudi.desktop \
  /usr/share/metainfo/org.doudi.Doudi.metainfo.xml /usr/share/icons/hicolor/scalable/apps/org.doudi.Doudi.svg \
  /usr/share/icons/hicolor/48x48/apps/org.doudi.Doudi.png /usr/share/man/man1/doudi.1.gz \
  /usr/share/man/man1/doudi-cli.1.gz /usr/share/doc/doudi/copyright /usr/share/doc/doudi/changelog.gz \
  /usr/share/doudi/policy/demo-370323.json
expect server /usr/bin/doudi-server /lib/systemd/system/doudi-server.service /etc/doudi/server.conf \
  /usr/share/man/man1/doudi-server.1.gz /usr/share/doc/doudi-server/copyright \
  /usr/share/doc/doudi-server/changelog.gz /usr/share/doc/doudi-server/examples/nginx-doudi.conf
[ ! -e "$tmp/app/usr/bin/doudi-server" ] || fail "the app component holds the server"
[ ! -e "$tmp/server/usr/bin/doudi" ] || fail "the server component holds the app"
# The unit's settings come from the conffile, whose names it must use.
for name in $(grep -o '\${[A-Z_]*}' "$src/installer/linux/server/doudi-server.service" | tr -d '${}'); do
  grep -q "^$name=" "$src/installer/linux/server/server.conf" || fail "server.conf does not set $name"
done
echo "tst_installer: passed"
