#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests if /usr/bin/chromium is missing. Idempotent.
# Test tools never download a browser of their own here: this is the one they drive (playwright-core).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing and this system has no apt-get: install Chromium and set CHROMIUM_PATH." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing Debian's chromium package (needed by the end-to-end tests)..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "Installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
