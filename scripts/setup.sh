#!/usr/bin/env bash
# Set up Marsad in .venv at the repository root.
#   bash scripts/setup.sh          # the package and its command `marsad`
#   bash scripts/setup.sh --dev    # plus the test tools, and the system packages the tests need
#                                  # (Java for Spark, Chromium for the browser tests; installed with apt when missing)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=""
for cand in python3.11 python3 python; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    PY="$cand"; break
  fi
done
if [ -z "$PY" ]; then
  echo "setup: Python 3.11 is needed (python3.11 not found)" >&2; exit 1
fi

if [ "${1:-}" = "--dev" ]; then
  need=()
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  [ -x /usr/bin/chromium ] || need+=(chromium fonts-noto-core)
  if [ ${#need[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1; then
      SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
      echo "setup: installing ${need[*]} with apt-get" >&2
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
      echo "setup: please install ${need[*]} (Java for Spark tests, Chromium for browser tests)" >&2
    fi
  fi
fi

[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v -i warning || true
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v -i "warning\|corresp\|!!" || true
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e . 2>&1 | grep -v -i "warning\|corresp\|!!" || true
fi
.venv/bin/marsad --version >/dev/null
echo "setup: ready: .venv/bin/marsad" >&2
