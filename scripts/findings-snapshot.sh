#!/usr/bin/env bash
# Writes the findings (`studykit extract`, JSON) of the seeds, the devset (../shared/devset, when present)
# and a synthetic archive into one folder, so that a change meant only for speed can be checked to leave
# them byte for byte as they were:
#
#   scripts/findings-snapshot.sh /tmp/before      # on the old code
#   scripts/findings-snapshot.sh /tmp/after       # on the new code
#   diff -r /tmp/before /tmp/after && echo same
#
# The synthetic archive has 1,000 articles unless ARCHIVE=N says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: $0 OUTPUT-FOLDER}
mkdir -p "$out"

dotnet build src/StudyKit.Cli -c Release -nologo -v quiet >/dev/null
dotnet build tests/StudyKit.Benchmarks -c Release -nologo -v quiet >/dev/null
cli=(dotnet src/StudyKit.Cli/bin/Release/net10.0/StudyKit.Cli.dll)

"${cli[@]}" extract seeds --out "$out/seeds.json" --quiet
devset=../shared/devset/articles
if [[ -d $devset ]]; then
    "${cli[@]}" extract "$devset" --out "$out/devset.json" --quiet
    # Each article alone too: what a single-article corpus finds.
    for article in "$devset"/*.txt; do
        "${cli[@]}" extract "$article" --out "$out/devset-$(basename "$article" .txt).json" --quiet
    done
else
    echo "no $devset: the devset is left out" >&2
fi
dotnet tests/StudyKit.Benchmarks/bin/Release/net10.0/StudyKit.Benchmarks.dll dump "${ARCHIVE:-1000}" "$out/archive.json"
ls "$out" | wc -l | xargs echo "findings files written to $out:"
