#!/usr/bin/env bash
# The Debian package: `cargo deb` after the release build, with the manual page and the shell
# completions generated from the program's own clap definitions (so they always match it).
#
#     cargo install cargo-deb --locked     # once
#     scripts/package_deb.sh               # → target/debian/sanad_VERSION-1_ARCH.deb
#     sudo dpkg -i target/debian/sanad_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --bin sanad
mkdir -p target/package
target/release/sanad manpage | gzip -9n > target/package/sanad.1.gz
target/release/sanad completions bash > target/package/sanad.bash
target/release/sanad completions zsh > target/package/_sanad
target/release/sanad completions fish > target/package/sanad.fish
cargo deb --no-build --locked "$@"
ls -l target/debian/*.deb
