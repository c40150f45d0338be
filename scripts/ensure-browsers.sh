#!/usr/bin/env bash
# Finds the three browser engines the tests run in (scripts/browsers.mjs says where, and which
# variable overrides each path). Where one is missing and apt-get is available, installs Debian's
# packages for it, as root or with sudo; else says exactly what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

missing="$(node scripts/browsers.mjs missing)"
[ -z "$missing" ] && exit 0

packages="$(cut -f3 <<<"$missing" | tr '\n' ' ')"
if command -v apt-get >/dev/null 2>&1; then
  echo "Installing the missing browsers' Debian packages: $packages"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $packages >/dev/null
  missing="$(node scripts/browsers.mjs missing)"
  [ -z "$missing" ] && exit 0
fi

{
  echo "The browser tests need these engines, which are not installed:"
  while IFS=$'\t' read -r engine variable debian_packages; do
    echo "  - $engine: on Debian/Ubuntu, sudo apt-get install $debian_packages;"
    echo "    elsewhere install it and set $variable to its path."
  done <<<"$missing"
  echo "WebKit also needs WebKitWebDriver (WEBKIT_WEBDRIVER_PATH) and xvfb-run (XVFB_RUN_PATH)."
} >&2
exit 1
