#!/usr/bin/env bash
# Finds a Chromium for the browser tests. CHROME_PATH wins; else /usr/bin/chromium; else, where
# apt-get is available, installs Debian's chromium; else says exactly what to install.
set -euo pipefail

for candidate in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium with apt-get…"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-liberation >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi

cat >&2 <<'MSG'
No Chromium found. The tests need a Chromium or Chrome binary:
  - Debian/Ubuntu: sudo apt-get install chromium
  - elsewhere: install Chrome or Chromium and set CHROME_PATH=/path/to/chrome
MSG
exit 1
