#!/usr/bin/env bash
# Times the whole class pack from the seeds — 30 variants, answer key, study cards, class sheet and every
# export — as a fresh process, against issue 6's goals: median wall time under 0.25 s, peak memory under
# 300 MB. Publishes the tool once, then runs it N times.
#
#   scripts/bench-pack.sh [runs] [aot|r2r]    (default: 10 runs, aot)
#   VARIANTS=3 scripts/bench-pack.sh 10       the default 3-variant pack (issue 4) instead of 30
#
# aot publishes with NativeAOT (-p:PublishAot=true: no JIT at all at run time); r2r publishes ReadyToRun,
# the project's default for `dotnet publish -r <rid>`. Both give byte-identical output.
#
# Wall time depends on what else the machine is doing, so the load average is printed too, and so is the
# CPU time (user + system), which load inflates less. Needs: dotnet, GNU time (/usr/bin/time, Debian
# package `time`); uses hyperfine for a second opinion on wall time when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-10}
mode=${2:-aot}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
publish="$work/publish"

case $mode in
    aot) flags=(-p:PublishAot=true) ;;
    r2r) flags=(--self-contained false) ;;
    *) echo "usage: $0 [runs] [aot|r2r]" >&2; exit 2 ;;
esac
echo "publishing src/StudyKit.Cli (Release, linux-x64, $mode)…"
dotnet publish src/StudyKit.Cli -c Release -r linux-x64 "${flags[@]}" -o "$publish" -nologo -v quiet >/dev/null
cli="$publish/StudyKit.Cli"
args=(generate seeds --out "$work/pack" --variants "${VARIANTS:-30}" --format pdf,json,moodle,gift,anki,quizlet,csv --quiet)

"$cli" "${args[@]}" # once, so that the files are in the page cache
echo "files: $(find "$work/pack" -type f | wc -l), $(du -sh "$work/pack" | cut -f1)"

walls=()
cpus=()
peak=0
for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$cli" "${args[@]}"
    end=$(date +%s%N)
    read -r user sys rss <"$work/time"
    walls+=("$(((end - start) / 1000000))")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
    ((rss > peak)) && peak=$rss
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
wall=$(median "${walls[@]}")
cpu=$(median "${cpus[@]}")
peak_mb=$((peak / 1024))

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$runs" --style basic "$cli ${args[*]}"
fi

echo
echo "class pack (${VARIANTS:-30} variants, all formats, $mode), $runs fresh runs on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg):"
echo "  wall times (ms): ${walls[*]}"
printf '  median wall  %6d ms   goal < 250 ms   %s\n' "$wall" "$( ((wall < 250)) && echo met || echo NOT met)"
printf '  median CPU   %6d ms   (user + system)\n' "$cpu"
printf '  peak RSS     %6d MB   goal < 300 MB   %s\n' "$peak_mb" "$( ((peak_mb < 300)) && echo met || echo NOT met)"
