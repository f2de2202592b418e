#!/usr/bin/env bash
# Installs what Summitry needs on Debian/Ubuntu (Graphviz libraries and headers, pkg-config).
# Idempotent: does nothing when everything is present. Uses sudo only when not root.
set -euo pipefail

packages=(libgraphviz-dev graphviz pkg-config libxml2)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: please install ${missing[*]} (Graphviz with its development files) with your package manager" >&2
    exit 1
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup.sh: run as root, or install sudo, to install ${missing[*]}" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi
echo "setup.sh: installing ${missing[*]}" >&2
${sudo_cmd[@]+"${sudo_cmd[@]}"} apt-get update -q
${sudo_cmd[@]+"${sudo_cmd[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
