#!/usr/bin/env bash
# The browser suite drives Debian's Chromium (Playwright cannot download its own browser here). CI runs on a
# clean checkout, so install it when it is missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
sudo_=""; [ "$(id -u)" -ne 0 ] && sudo_="sudo"
$sudo_ apt-get install -y --no-install-recommends chromium || { $sudo_ apt-get update && $sudo_ apt-get install -y --no-install-recommends chromium; }
command -v chromium >/dev/null
