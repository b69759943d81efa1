#!/usr/bin/env bash
# Reading + extraction (with reuse) on synthetic news archives (Bogus, id_ID, fixed seed, a Zipf-like
# vocabulary of thousands of words; every tenth article a planted copy of an earlier one, with its own lead
# on top), against issue 6's goals: 10,000 articles in under 30 s with
# under 2 GB peak memory, time growing close to linearly from 1,000 to 10,000, every planted copy found.
# Each size runs in a fresh process, so that its peak memory is its own.
#
#   scripts/bench-archive.sh [sizes…]   (default: 1000 3000 10000)
#
# Prints, per size: MB of text, seconds, MB/s, peak working set, planted copies found (copy → source in
# the right direction), and the process's wall time and peak RSS from GNU time (/usr/bin/time).
# Set STUDYKIT_PHASES=1 to also print where the time goes (a second run of each stage).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
((${#sizes[@]})) || sizes=(1000 3000 10000)

dotnet build tests/StudyKit.Benchmarks -c Release -nologo -v quiet >/dev/null
bench=tests/StudyKit.Benchmarks/bin/Release/net10.0/StudyKit.Benchmarks.dll

echo "on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "${sizes[@]}"; do
    /usr/bin/time -f "        process: %e s wall, %U s user, peak RSS %M KB" dotnet "$bench" archive "$size"
done
