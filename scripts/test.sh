#!/usr/bin/env bash
# Install what the test suite needs (safe to run again) and run all of it:
# the JS runtime tests under node, then pytest. The last line is pytest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Run a command with its output hidden unless it fails.
quiet() {
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "failed: $*" >&2
    return 1
  fi
}

apt_updated=no
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "need root to apt-get install $*" >&2
    return 1
  fi
  if [ "$apt_updated" = no ]; then
    quiet apt-get update
    apt_updated=yes
  fi
  echo "installing $* (apt)"
  quiet env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

command -v node >/dev/null 2>&1 || apt_install nodejs
[ -x /usr/bin/chromium ] || apt_install chromium

# pip runs under the interpreter's own path, not a version manager's shim: pyenv's shim
# rehashes after `pip install` and fails the install when a stale lock is left in its
# shims folder, though the packages went in. Nothing here needs a new shim.
python_bin="$(python -c 'import sys; print(sys.executable)')"
quiet "$python_bin" -m pip install --disable-pip-version-check --no-input -e ".[test]"
# The `source-map` npm package decodes the bundles' source maps in tests/sourcemap.
command -v npm >/dev/null 2>&1 || apt_install npm
[ -d tests/sourcemap/node_modules/source-map ] ||
  quiet npm install --prefix tests/sourcemap --no-audit --no-fund --no-package-lock

status=0
if node --test tests/runtime/ >"$log" 2>&1; then
  echo "node --test tests/runtime/: $(grep -E '^# (pass|fail) ' "$log" | tr '\n' ' ')"
else
  cat "$log"
  echo "node --test tests/runtime/ FAILED"
  status=1
fi

python -m pytest || status=$?
exit "$status"
