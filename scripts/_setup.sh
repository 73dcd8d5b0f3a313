# Shared by scripts/run and scripts/test: system libraries (Debian/Ubuntu) and the project venv.
# Usage: source scripts/_setup.sh; setup_system PKG...; setup_venv EXTRAS
set -euo pipefail

setup_system() {
  command -v dpkg >/dev/null 2>&1 || return 0   # not Debian: the README says what to install
  local need=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "one-window: please install: apt-get install ${need[*]}" >&2; return 0; fi
  fi
  echo "one-window: installing system packages: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

setup_venv() {
  local extras=$1 python=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
  fi
  # Reinstall only when pyproject.toml changed since the last install.
  local stamp=".venv/.one-window-$(sha256sum pyproject.toml | cut -c1-16)-${extras}"
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[${extras}]"
    touch "$stamp"
  fi
}

# What PySide6 needs from the system on a bare Debian, and fonts with Chinese glyphs.
QT_SYSTEM_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-noto-cjk fonts-wqy-microhei"
