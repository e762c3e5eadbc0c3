#!/usr/bin/env bash
# The benchmarks in one command: install what they need (the peers come from the
# `bench` extra, Playwright from `test`, Chromium and node from Debian where missing),
# then run them. Arguments go to `python -m bench` (e.g. --quick, --record).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if [ "${#need_apt[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi
"$(python -c 'import sys; print(sys.executable)')" -m pip install --quiet --disable-pip-version-check --no-input -e ".[test,bench]"
exec python -m bench "$@"
