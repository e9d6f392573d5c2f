#!/usr/bin/env bash
# Installs CaseLedger's build and test dependencies on Debian 12 (bookworm).
#
# SQLCipher 4.6 and Catch2 3 come from Debian's bookworm-backports suite; the suite is
# enabled by reusing the URI of the machine's existing Debian source, so no mirror host
# name is written into this repository. Safe to run again: it does nothing when every
# package is already installed at a suitable version.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config file git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
  libqt6opengl6-dev libgl1-mesa-dev libxkbcommon-dev
  libboost-serialization-dev libssl-dev libzstd-dev libutf8proc-dev nlohmann-json3-dev libcli11-dev
  xvfb xauth poppler-utils
)
backports_packages=(libsqlcipher-dev sqlcipher libcatch2-dev)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

installed_version() {
  dpkg-query -W -f='${Status} ${Version}\n' "$1" 2>/dev/null | awk '$3 == "installed" { print $4 }' || true
}

missing=()
for p in "${packages[@]}"; do
  [ -n "$(installed_version "$p")" ] || missing+=("$p")
done
missing_bp=()
for p in "${backports_packages[@]}"; do
  v=$(installed_version "$p")
  case "$p" in
    libsqlcipher-dev|sqlcipher) min=4.5.5 ;;
    libcatch2-dev) min=3 ;;
  esac
  if [ -z "$v" ] || dpkg --compare-versions "$v" lt "$min"; then missing_bp+=("$p"); fi
done

if [ ${#missing[@]} -eq 0 ] && [ ${#missing_bp[@]} -eq 0 ]; then
  exit 0
fi

# Enable bookworm-backports (once) from the URI the machine already uses for Debian.
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    # The deb822 entry whose suites include plain "bookworm".
    uri=$(awk '
      /^URIs:/   { u = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == "bookworm") found = u }
      /^$/       { u = "" }
      END        { print found }' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 ~ / bookworm / {
      for (i = 2; i <= NF; i++) if ($i !~ /^\[/) { print $i; exit } }' /etc/apt/sources.list)
  fi
  if [ -z "$uri" ]; then
    echo "error: could not find this machine's Debian bookworm source to reuse for bookworm-backports." >&2
    echo "       Add a 'bookworm-backports' entry to your apt sources and run this again." >&2
    exit 1
  fi
  echo "Enabling bookworm-backports from $uri"
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" |
    as_root tee /etc/apt/sources.list.d/caseledger-backports.sources >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -q
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ${#missing_bp[@]} -gt 0 ]; then
  as_root apt-get install -y -q --no-install-recommends -t bookworm-backports "${missing_bp[@]}"
fi
