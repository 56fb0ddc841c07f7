# Installs the Debian packages the project builds against, when missing. Source it, then call
# `ensure_debian_packages [extra packages…]`.
ensure_debian_packages() {
    local missing=()
    for package in libsodium-dev libsqlite3-dev libopenblas-dev pkg-config "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if ((${#missing[@]})); then
        echo "==> installing Debian packages: ${missing[*]}" >&2
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}
