#!/usr/bin/env bash
# The Debian packages `npm test` needs (no test tool downloads a browser):
# Chromium, Firefox ESR, WebKitGTK's WebDriver (it brings MiniBrowser) and a
# virtual X server for it. Missing ones are installed when running as root;
# otherwise this prints the one apt-get line to run and fails.
# Run by `npm test` (pretest) and by .ci/run.
set -euo pipefail

PACKAGES=(chromium firefox-esr webkit2gtk-driver xvfb xauth)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

install="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need Debian packages that are missing. Run, as root:" >&2
  echo "  $install" >&2
  exit 1
fi
echo "ensure-browsers: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
