# Shared set-up for scripts/run and scripts/test (sourced, not run): system packages and the virtual environment.

# Debian packages Qt needs to run offscreen (tests) and in a real window under X11.
QT_OFFSCREEN_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
QT_WINDOW_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
# A real spreadsheet program for the round-trip tests (pytest -m libreoffice): headless LibreOffice Calc.
LIBREOFFICE_PACKAGES=(libreoffice-calc-nogui)

# Installs the named Debian packages that are missing, when this is a Debian-like system and we are root;
# otherwise says what to install.
ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages (Qt may not start, or tests are skipped): sudo apt-get install ${missing[*]}" >&2
  fi
}

# Creates .venv with Python >= 3.11 (installing python3-venv if Debian lacks it) and installs the package.
ensure_venv() {
  local extras="$1" python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "csn-desktop needs Python 3.11 or newer; found: $("$python" --version 2>&1)" >&2
    return 1
  fi
  if [ ! -x .venv/bin/python ]; then
    if ! "$python" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      ensure_debian_packages python3-venv
      "$python" -m venv .venv
    fi
  fi
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
}

# Compiles the message catalogues (resources/translations) that the app loads at run time.
compile_translations() {
  .venv/bin/python scripts/translations.py compile
}
