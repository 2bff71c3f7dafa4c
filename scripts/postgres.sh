#!/usr/bin/env bash
# postgres.sh installs PostgreSQL (server and client) from Debian's packages
# into ./.bin/postgres, without root and without touching the system: the
# tests of the PostgreSQL linkage store (deid/linkage/pgstore) start a real
# server from there.
#
#   scripts/postgres.sh        # install once; later runs only check it
#   scripts/postgres.sh -f     # download and unpack again
#
# `apt-get download` fetches the .deb files (the machine's apt sources,
# Debian's mirror) and `dpkg -x` unpacks them into .bin/postgres; nothing is
# configured or started. The libraries the server links and a minimal
# machine may lack (ICU, libxml2, LDAP, Kerberos, ...) are unpacked beside
# it: run its programs with LD_LIBRARY_PATH=.bin/postgres/lib. Links:
#
#   .bin/postgres/bin -> usr/lib/postgresql/$PG_MAJOR/bin   (initdb, pg_ctl, postgres, psql, createdb)
#   .bin/postgres/lib -> usr/lib/<multiarch>                (libpq and the libraries above)
#
# A stamp (.bin/postgres.stamp) names the packages and versions unpacked; a
# lock serialises concurrent callers (go test runs packages in parallel).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DEID_TOOLS_BIN:-$root/.bin}"
major="${PG_MAJOR:-15}"
dest="$bin/postgres"
stampf="$bin/postgres.stamp"

force=0
for a in "$@"; do
  case "$a" in
    -f|--force) force=1 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "postgres.sh: unknown argument '$a'" >&2; exit 2 ;;
  esac
done

# The server, its client programs, libpq, and the libraries they link that
# are not part of every Debian system.
pkgs=(
  "postgresql-$major" "postgresql-client-$major" libpq5
  libicu72 libxml2 libldap-2.5-0 libsasl2-2 libsasl2-modules-db
  libgssapi-krb5-2 libkrb5-3 libk5crypto3 libkrb5support0 libkeyutils1
  liblz4-1 libzstd1 libssl3 libreadline8
)
progs=(postgres initdb pg_ctl psql createdb pg_isready)

# check prints what is wrong with the installation in $1, or nothing.
check() {
  local d="$1" p missing
  for p in "${progs[@]}"; do
    if [[ ! -x "$d/bin/$p" ]]; then
      echo "$p is missing"
      return
    fi
    missing="$(LD_LIBRARY_PATH="$d/lib" ldd "$d/bin/$p" 2>&1 | awk '/not found/{print $1}' | sort -u | tr '\n' ' ')"
    if [[ -n "$missing" ]]; then
      echo "$p needs libraries not found: $missing"
      return
    fi
  done
  if ! LD_LIBRARY_PATH="$d/lib" "$d/bin/postgres" --version >/dev/null 2>&1; then
    echo "postgres --version fails"
  fi
}

mkdir -p "$bin"
exec 9>"$bin/.postgres.lock"
flock 9

if [[ $force -eq 0 && -f "$stampf" ]]; then
  problem="$(check "$dest")"
  if [[ -z "$problem" ]]; then
    exit 0
  fi
  echo "postgres.sh: $dest is broken ($problem): installing again" >&2
fi

if ! command -v apt-get >/dev/null || ! command -v dpkg >/dev/null; then
  echo "postgres.sh: apt-get and dpkg are needed (a Debian or Ubuntu machine)" >&2
  exit 1
fi
if ! apt-cache show "postgresql-$major" >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "postgres.sh: apt knows no postgresql-$major: apt-get update" >&2
    apt-get update -qq >&2
  else
    echo "postgres.sh: apt knows no postgresql-$major; run 'sudo apt-get update' once" >&2
    exit 1
  fi
fi

start=$SECONDS
work="$(mktemp -d "$bin/.postgres.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs" "$work/root"
echo "postgres.sh: downloading ${#pkgs[@]} Debian packages (postgresql-$major and the libraries it links, about 30 MB; once)" >&2
# apt-get download runs as the _apt user when it can; as root it warns
# that the folder is not the _apt user's, which is harmless here.
if ! (cd "$work/debs" && apt-get download -q "${pkgs[@]}" 2>&1 | grep -v -e 'unsandboxed as root' -e '^Get:' >&2); then
  :
fi
n=$(find "$work/debs" -name '*.deb' | wc -l)
if [[ $n -ne ${#pkgs[@]} ]]; then
  echo "postgres.sh: downloaded $n of ${#pkgs[@]} packages (is Debian's mirror reachable?)" >&2
  exit 1
fi
echo "postgres.sh: unpacking $n packages into $dest" >&2
for deb in "$work"/debs/*.deb; do
  dpkg -x "$deb" "$work/root"
done
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch 2>/dev/null || echo "$(uname -m)-linux-gnu")"
# some packages put their libraries in /lib/<multiarch>: merge them into
# usr/lib/<multiarch> (as a merged-/usr system does) so that one folder holds all
r="$work/root"
mkdir -p "$r/usr/lib/$multiarch"
if [[ -d "$r/lib/$multiarch" ]]; then
  cp -a "$r/lib/$multiarch/." "$r/usr/lib/$multiarch/"
fi
rm -rf "$r/lib/$multiarch"
rmdir "$r/lib" "$r/bin" 2>/dev/null || true
if [[ -e "$r/lib" || -e "$r/bin" ]]; then
  echo "postgres.sh: unexpected files in /lib or /bin of the packages: $(ls "$r/lib" "$r/bin" 2>/dev/null | tr '\n' ' ')" >&2
  exit 1
fi
ln -s "usr/lib/postgresql/$major/bin" "$r/bin"
ln -s "usr/lib/$multiarch" "$r/lib"
problem="$(check "$work/root")"
if [[ -n "$problem" ]]; then
  echo "postgres.sh: the unpacked PostgreSQL does not run: $problem" >&2
  exit 1
fi
rm -rf "$dest"
mv "$work/root" "$dest"
for deb in "$work"/debs/*.deb; do
  dpkg-deb -W --showformat='${Package} ${Version}\n' "$deb"
done | sort >"$stampf"
echo "postgres.sh: $(LD_LIBRARY_PATH="$dest/lib" "$dest/bin/postgres" --version) in $dest, $((SECONDS - start))s" >&2
