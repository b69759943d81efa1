#!/usr/bin/env bash
# Seeded mutation fuzzing of Reading → Extraction → Items (and the bank round trip).
#
#   scripts/fuzz.sh [N] [SEED]      N inputs in all (default 20000), first seed (default 1)
#   JOBS=2 scripts/fuzz.sh 1000000  split N over JOBS processes, seeds SEED, SEED+1, …
#   scripts/fuzz.sh --replay FILE…  run saved inputs again (each crash becomes a regression test)
#
# The corpus is seeds/ plus the devset articles in ../shared/devset/articles when that folder is
# beside the repository (read in place, never copied). Crashing inputs are saved, one per distinct
# failure site, in fuzz-crashes/ (git-ignored) with a .log holding the exception. Exit 0 = no crash.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$repo/tests/StudyKit.Fuzz/StudyKit.Fuzz.csproj"
dotnet build "$project" -c Release --nologo -v quiet >/dev/null
dll="$repo/tests/StudyKit.Fuzz/bin/Release/net10.0/StudyKit.Fuzz.dll"

if [[ "${1:-}" == "--replay" ]]; then
  shift
  exec dotnet "$dll" --replay "$@"
fi

count="${1:-20000}"
seed="${2:-1}"
jobs="${JOBS:-1}"
crashes="${CRASHES:-$repo/fuzz-crashes}"
corpus=("$repo/seeds")
for dir in "$repo" "$repo/.." "$repo/../.." "$repo/../../.."; do
  if [[ -d "$dir/shared/devset/articles" ]]; then
    corpus+=("$(cd "$dir/shared/devset/articles" && pwd)")
    break
  fi
done
echo "fuzz: $count inputs over ${#corpus[@]} corpus folder(s), $jobs job(s), seeds from $seed"

pids=()
for ((j = 0; j < jobs; j++)); do
  share=$((count / jobs + (j < count % jobs ? 1 : 0)))
  nice -n 10 dotnet "$dll" --count "$share" --seed "$((seed + j))" --crashes "$crashes" "${corpus[@]}" &
  pids+=("$!")
done
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=$?
done
if [[ $status -eq 0 ]]; then echo "fuzz: no crash in $count inputs"; else echo "fuzz: crashes saved in $crashes (exit $status)"; fi
exit "$status"
