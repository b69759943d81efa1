#!/usr/bin/env bash
# Seeded mutation fuzzing of Reading → Extraction → Items (and the bank round trip).
#
#   scripts/fuzz.sh [N] [SEED]      N inputs in all (default 5000, under a minute), first seed (default 1)
#   JOBS=2 scripts/fuzz.sh 1000000  split N over JOBS processes, seeds SEED, SEED+1, …
#   scripts/fuzz.sh --replay FILE…  run saved inputs again (each crash becomes a regression test)
#   scripts/fuzz.sh --afl [SECONDS] coverage-guided with AFL++ and SharpFuzz (default 600 s); needs
#                                   `apt-get install afl++` and `dotnet tool install -g SharpFuzz.CommandLine`
#
# The corpus is seeds/ plus the devset articles in ../shared/devset/articles when that folder is
# beside the repository (read in place; --afl copies their first 4 KB into the git-ignored
# artifacts/fuzz-afl/in, never into tracked files). Crashing inputs are saved, one per distinct
# failure site, in fuzz-crashes/ (git-ignored) with a .log holding the exception. Exit 0 = no crash.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$repo/tests/StudyKit.Fuzz/StudyKit.Fuzz.csproj"
corpus=("$repo/seeds")
for dir in "$repo" "$repo/.." "$repo/../.." "$repo/../../.."; do
  if [[ -d "$dir/shared/devset/articles" ]]; then
    corpus+=("$(cd "$dir/shared/devset/articles" && pwd)")
    break
  fi
done

if [[ "${1:-}" == "--afl" ]]; then
  seconds="${2:-600}"
  export PATH="$PATH:$HOME/.dotnet/tools"
  for tool in afl-fuzz sharpfuzz; do
    command -v "$tool" >/dev/null || { echo "fuzz: $tool not found (apt-get install afl++; dotnet tool install -g SharpFuzz.CommandLine)" >&2; exit 2; }
  done
  out="$repo/artifacts/fuzz-afl"
  rm -rf "$out/bin" "$out/in"
  dotnet build "$project" -c Release --nologo -v quiet -o "$out/bin" >/dev/null
  sharpfuzz "$out/bin/StudyKit.dll" >/dev/null
  # AFL++ wants one folder of small starting inputs: the first 4 KB of each article, copied outside the repo's tracked files.
  mkdir -p "$out/in"
  for dir in "${corpus[@]}"; do for f in "$dir"/*.txt; do head -c 4096 "$f" > "$out/in/$(basename "$f")"; done; done
  AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 \
    nice -n 10 afl-fuzz -i "$out/in" -o "$out/findings" -t 10000 -m none -V "$seconds" -- dotnet "$out/bin/StudyKit.Fuzz.dll" --afl
  grep -E "execs_done|saved_crashes|saved_hangs|unique_crashes|unique_hangs" "$out/findings/default/fuzzer_stats" || true
  crashes=$(find "$out/findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  echo "fuzz: AFL++ saved $crashes crashing input(s) in $out/findings/default/crashes"
  [[ "$crashes" -eq 0 ]]
  exit
fi

dotnet build "$project" -c Release --nologo -v quiet >/dev/null
dll="$repo/tests/StudyKit.Fuzz/bin/Release/net10.0/StudyKit.Fuzz.dll"

if [[ "${1:-}" == "--replay" ]]; then
  shift
  exec dotnet "$dll" --replay "$@"
fi

count="${1:-5000}"
seed="${2:-1}"
jobs="${JOBS:-1}"
crashes="${CRASHES:-$repo/fuzz-crashes}"
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
