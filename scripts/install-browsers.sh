#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive, from Debian's packages, when they are missing:
# chromium (playwright-core drives it), chromium-l10n (its Spanish interface, for the Spanish-browser
# test) and firefox-esr (driven over WebDriver BiDi by puppeteer-core). Idempotent. Test tools never
# download a browser of their own here.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/lib/chromium/locales ] && ls /usr/lib/chromium/locales/es.pak >/dev/null 2>&1 || missing+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing ${missing[*]} and this system has no apt-get: install them (or set CHROMIUM_PATH / FIREFOX_PATH)." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing Debian's ${missing[*]} (needed by the end-to-end tests)..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null || echo chromium); $(/usr/bin/firefox-esr --version 2>/dev/null || echo firefox-esr)"
