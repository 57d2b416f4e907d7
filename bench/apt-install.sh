# Sourced by bench/groonga.sh and bench/wrk.sh (not run by itself).
#
#   install_if_missing NAME COMMAND PACKAGE
#
# Returns at once when COMMAND is on the PATH; otherwise installs Debian's PACKAGE with apt-get
# (as root, or through passwordless sudo), running `apt-get update` first when the package has no
# install candidate yet. Exits 3 with a message prefixed "NAME: " when it cannot.
install_if_missing() {
  local name=$1 command=$2 package=$3
  command -v "$command" >/dev/null 2>&1 && return 0
  command -v apt-get >/dev/null 2>&1 || { echo "$name: $command not installed and no apt-get" >&2; exit 3; }
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || {
      echo "$name: $command not installed; run: sudo apt-get install -y $package" >&2; exit 3; }
    sudo="sudo -n"
  fi
  if ! apt-cache policy "$package" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    $sudo apt-get update -qq >&2 || true
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >&2 \
    || { echo "$name: apt-get install $package failed" >&2; exit 3; }
}

# `installed` and `check` of the scripts: exit 0 when COMMAND is installed (check: or installable,
# as root with apt-get), else 3.
#
#   installed_or_exit COMMAND
#   installable_or_exit COMMAND
installed_or_exit() {
  command -v "$1" >/dev/null 2>&1 && exit 0
  exit 3
}

installable_or_exit() {
  command -v "$1" >/dev/null 2>&1 && exit 0
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && exit 0
  exit 3
}
