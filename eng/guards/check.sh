#!/usr/bin/env bash
# Proves that each guard of issue 16 has a test that fails when the guard is removed.
#
#   eng/guards/check.sh                 every guard (eng/guards/*.patch)
#   eng/guards/check.sh NAME [NAME...]  only these guards (the file names without .patch)
#   eng/guards/check.sh --list          list the guards and their test filters
#
# Each eng/guards/NAME.patch is a header (Guard, What, Removal, Project, Filter, optional Needs: postgres) followed
# by a unified diff that removes the guard from the current code. The script extracts HEAD (git archive; commit
# first) into a temporary directory and, per guard: runs the filter on the intact code (it must pass, with at least one
# test), applies the removal, builds the test project (and what it references, nothing else), runs the filter again,
# reverts the removal, and prints one of
#   guard NAME: test failed as it should
#   guard NAME: NOT CAUGHT                      (the tests still pass without the guard)
#   guard NAME: removal no longer applies       (the code changed: update the patch)
#   guard NAME: removal does not build          (the patch leaves code that does not compile: update it)
#   guard NAME: test does not pass without the removal   (the check proves nothing until the test passes)
#   guard NAME: skipped, no PostgreSQL          (Needs: postgres, and none could be started)
# and ends with "guards: N of T caught, ..." (exit code 0 only when every guard checked was caught).
# Slow (a build per guard; analyzers off, GUARDS_BUILD_ARGS to change): not part of .ci/run. Logs stay in the temporary directory when something was not caught.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
test_timeout="${GUARDS_TEST_TIMEOUT:-300}"   # seconds; a test that hangs without its guard counts as caught

header() { sed -n "s/^$2: //p;/^diff --git/q" "$1" | head -n 1; }

patches=()
if [ "${1:-}" = "--list" ]; then
  for p in "$here"/*.patch; do
    printf '%-38s %s\n    %s\n' "$(basename "$p" .patch)" "$(header "$p" What)" "$(header "$p" Project) --filter \"$(header "$p" Filter)\""
  done
  exit 0
elif [ $# -gt 0 ]; then
  for name in "$@"; do
    if [ ! -f "$here/$name.patch" ]; then
      echo "no guard named $name (see eng/guards/check.sh --list)" >&2
      exit 2
    fi
    patches+=("$here/$name.patch")
  done
else
  patches=("$here"/*.patch)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/axhs-guards.XXXXXX")"
copy="$work/repo"
logs="$work/logs"
mkdir -p "$copy" "$logs"
commit="$(git -C "$repo" rev-parse --short HEAD)"
echo "checking ${#patches[@]} guard(s) against $commit (HEAD) in $copy"
git -C "$repo" archive --format=tar HEAD | tar -x -C "$copy"

postgres_started=""
postgres_ready=""
need_postgres() {
  [ -n "$postgres_ready" ] && return 0
  if [ -n "${AXCELERATE_HUBSPOT_POSTGRES:-}" ]; then
    postgres_ready=1
    return 0
  fi
  local env
  if env="$(bash "$repo/eng/postgres.sh" env 2>>"$logs/postgres.log")"; then
    eval "$env"
    postgres_started=1
    postgres_ready=1
    return 0
  fi
  return 1
}

cleanup() {
  if [ -n "$postgres_started" ]; then
    env -u AXCELERATE_HUBSPOT_POSTGRES bash "$repo/eng/postgres.sh" halt >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# Runs the filter; prints the number of tests run; returns dotnet test's exit code (124 when it timed out).
run_filter() {
  local project="$1" filter="$2" log="$3" code
  (cd "$copy" && timeout "$test_timeout" dotnet test "$project" --no-build --filter "$filter" >"$log" 2>&1)
  code=$?
  grep -Eo 'Total: +[0-9]+' "$log" | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'
  return $code
}

# Analyzers off (style is the build's business, not this check's): a build per guard takes half the time.
build_args=(${GUARDS_BUILD_ARGS:--p:RunAnalyzers=false})
build() {
  (cd "$copy" && dotnet build "$1" "${build_args[@]}" >"$2" 2>&1)
}

caught=0
not_caught=0
broken=0
skipped=0
declare -A verdict=()

# 1. The intact code, once per test project: each filter must run at least one test and pass, or a failure later
#    proves nothing.
declare -A intact_built=()
declare -A intact_result=()   # one run per distinct project and filter
for patch in "${patches[@]}"; do
  name="$(basename "$patch" .patch)"
  project="$(header "$patch" Project)"
  filter="$(header "$patch" Filter)"
  needs="$(header "$patch" Needs)"
  if [ -z "$project" ] || [ -z "$filter" ]; then
    verdict[$name]="removal no longer applies (no Project or Filter header)"
    continue
  fi

  if [ "$needs" = "postgres" ] && ! need_postgres; then
    verdict[$name]="skipped, no PostgreSQL (set AXCELERATE_HUBSPOT_POSTGRES, or install it for eng/postgres.sh)"
    continue
  fi

  if ! (cd "$copy" && git apply --check "$patch" >"$logs/$name.apply.log" 2>&1); then
    verdict[$name]="removal no longer applies"
    continue
  fi

  if [ -z "${intact_built[$project]:-}" ]; then
    if build "$project" "$logs/intact-build-$(basename "$project").log"; then
      intact_built[$project]=ok
    else
      intact_built[$project]=failed
    fi
  fi

  if [ "${intact_built[$project]}" != ok ]; then
    verdict[$name]="test does not pass without the removal (the intact code does not build: $logs/intact-build-$(basename "$project").log)"
    continue
  fi

  key="$project|$filter"
  if [ -z "${intact_result[$key]:-}" ]; then
    count="$(run_filter "$project" "$filter" "$logs/$name.intact.log")"
    code=$?
    if [ "$code" -ne 0 ] || [ "$count" -eq 0 ]; then
      intact_result[$key]="test does not pass without the removal ($count test(s), exit $code: $logs/$name.intact.log)"
    else
      intact_result[$key]=passed
    fi
  fi

  if [ "${intact_result[$key]}" != passed ]; then
    verdict[$name]="${intact_result[$key]}"
  fi
done

# 2. Each removal alone: apply, build the test project, run the filter, revert.
for patch in "${patches[@]}"; do
  name="$(basename "$patch" .patch)"
  project="$(header "$patch" Project)"
  filter="$(header "$patch" Filter)"
  if [ -n "${verdict[$name]:-}" ]; then
    case "${verdict[$name]}" in
      skipped*) skipped=$((skipped + 1)) ;;
      *) broken=$((broken + 1)) ;;
    esac
    echo "guard $name: ${verdict[$name]}"
    continue
  fi

  (cd "$copy" && git apply "$patch")
  if ! build "$project" "$logs/$name.build.log"; then
    echo "guard $name: removal does not build ($logs/$name.build.log)"
    broken=$((broken + 1))
  else
    removed_count="$(run_filter "$project" "$filter" "$logs/$name.removed.log")"
    code=$?
    if [ "$code" -eq 124 ]; then
      echo "guard $name: test failed as it should (timed out after ${test_timeout}s)"
      caught=$((caught + 1))
    elif [ "$code" -ne 0 ]; then
      failed="$(grep -Eo 'Failed: +[0-9]+' "$logs/$name.removed.log" | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')"
      echo "guard $name: test failed as it should ($failed of $removed_count failed)"
      caught=$((caught + 1))
    else
      echo "guard $name: NOT CAUGHT ($removed_count test(s) still pass: $logs/$name.removed.log)"
      not_caught=$((not_caught + 1))
    fi
  fi

  if ! (cd "$copy" && git apply -R "$patch"); then
    echo "guard $name: could not revert its removal; stopping" >&2
    exit 1
  fi
done

total=${#patches[@]}
echo "guards: $caught of $total caught, $not_caught not caught, $broken whose removal no longer applies or cannot be checked, $skipped skipped ($commit)"
if [ "$caught" -eq "$total" ]; then
  rm -rf "$work"
  exit 0
fi
echo "logs: $logs"
exit 1
