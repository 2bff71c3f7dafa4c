#!/usr/bin/env bash
# tools.sh builds the pinned test servers and runners from tools/go.mod into
# ./.bin/ once, and again only when tools/go.mod or tools/go.sum change.
#
#   scripts/tools.sh                       # all tools
#   scripts/tools.sh versitygw fake-gcs-server
#   scripts/tools.sh -f prism              # rebuild even if up to date
#
# Each binary has a stamp (.bin/NAME.stamp) holding the SHA-256 of
# tools/go.mod + tools/go.sum it was built from; a binary whose stamp matches
# is skipped. A lock serialises concurrent callers (go test runs packages in
# parallel and each may ask for the same server).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DEID_TOOLS_BIN:-$root/.bin}"

declare -A pkgs=(
  [versitygw]=github.com/versity/versitygw/cmd/versitygw
  [fake-gcs-server]=github.com/fsouza/fake-gcs-server
  [prism]=github.com/apache/beam/sdks/v2/go/cmd/prism
)
order=(versitygw fake-gcs-server prism)

force=0
want=()
for a in "$@"; do
  case "$a" in
    -f|--force) force=1 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *)
      if [[ -z "${pkgs[$a]:-}" ]]; then
        echo "tools.sh: unknown tool '$a' (known: ${order[*]})" >&2
        exit 2
      fi
      want+=("$a") ;;
  esac
done
if [[ ${#want[@]} -eq 0 ]]; then want=("${order[@]}"); fi

mkdir -p "$bin"
stamp="$(cat "$root/tools/go.mod" "$root/tools/go.sum" | sha256sum | cut -d' ' -f1)"

# Serialise builders; the second caller waits and then finds stamps current.
exec 9>"$bin/.lock"
flock 9

todo=()
for t in "${want[@]}"; do
  if [[ $force -eq 0 && -x "$bin/$t" && -f "$bin/$t.stamp" && "$(cat "$bin/$t.stamp")" == "$stamp" ]]; then
    continue
  fi
  todo+=("$t")
done
if [[ ${#todo[@]} -eq 0 ]]; then
  exit 0
fi

echo "tools.sh: building ${todo[*]} from source into $bin: on a fresh machine about 18 minutes on 2 cores (once; later runs skip them)" >&2
start=$SECONDS
# Build inside tools/ so its go.mod and go.sum are the module's own; the
# product module never sees these dependencies.
cd "$root/tools"
export GOFLAGS="${GOFLAGS:-} -mod=readonly"
echo "tools.sh: downloading the pinned modules" >&2
go mod download
i=0
for t in "${todo[@]}"; do
  i=$((i + 1))
  t0=$SECONDS
  total=$(go list -deps "${pkgs[$t]}" | wc -l)
  echo "tools.sh: [$i/${#todo[@]}] $t: compiling up to $total packages" >&2
  # a line every 30 s while the compiler or linker is quiet
  ( while sleep 30; do echo "tools.sh: [$i/${#todo[@]}] $t: still building, $((SECONDS - t0))s" >&2; done ) &
  beat=$!
  n=0
  last=$SECONDS
  if ! go build -v -trimpath -o "$bin/$t" "${pkgs[$t]}" 2>&1 | while IFS= read -r line; do
      if [[ "$line" == *" "* ]]; then echo "$line" >&2; continue; fi # an error, not a package
      n=$((n + 1))
      if ((SECONDS - last >= 10)); then
        echo "tools.sh: [$i/${#todo[@]}] $t: $n/$total packages compiled, $((SECONDS - t0))s" >&2
        last=$SECONDS
      fi
    done; then
    kill "$beat" 2>/dev/null || true
    echo "tools.sh: building $t failed" >&2
    exit 1
  fi
  kill "$beat" 2>/dev/null || true
  echo "$stamp" >"$bin/$t.stamp"
  echo "tools.sh: [$i/${#todo[@]}] $t built in $((SECONDS - t0))s" >&2
done
echo "tools.sh: built ${todo[*]} in $((SECONDS - start))s" >&2
