#!/usr/bin/env bash
# Packs StudyKit as a .NET tool, installs it into a temporary tool path from the local package, and runs
# it the way a teacher would: `studykit --version`, then `studykit generate` from an empty folder (so the
# built-in sample articles are used, not ./seeds). Exits non-zero on the first thing that does not work.
# Usage: scripts/check-tool-install.sh   (from anywhere; needs the .NET 10 SDK; leaves nothing behind)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/studykit-tool-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }

step "dotnet pack src/StudyKit.Cli"
dotnet pack "$repo/src/StudyKit.Cli" -c Release -o "$work/nupkg" --nologo -v quiet
ls "$work/nupkg"

step "dotnet tool install StudyKit.Tool (from the local package only)"
# A private NuGet config with only the local folder as a source: the check must not depend on, or
# pick up, a StudyKit.Tool from a public feed.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/nupkg" />
  </packageSources>
</configuration>
XML
dotnet tool install StudyKit.Tool --tool-path "$work/tools" --configfile "$work/nuget.config"

studykit="$work/tools/studykit"
mkdir -p "$work/empty"
cd "$work/empty"   # no seeds/ here: generate must fall back to the articles built into the tool

step "studykit --version"
version="$("$studykit" --version)"
echo "$version"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ && "$version" != *+* ]] || { echo "unexpected version '$version'" >&2; exit 1; }

step "studykit generate --out $work/out"
"$studykit" generate --out "$work/out"
for file in worksheet-variant-A.pdf answer-key.pdf study-cards.pdf class-sheet.pdf bank.json pack.json \
            moodle.xml questions.gift anki-cards.txt quizlet-cards.txt answer-key.csv; do
    [[ -s "$work/out/$file" ]] || { echo "missing or empty: $file" >&2; exit 1; }
done
[[ ! -e "$work/empty/output" ]] || { echo "wrote into the current folder although --out was given" >&2; exit 1; }

step "studykit generate --help"
"$studykit" generate --help | grep -q '^Examples:' || { echo "help has no examples" >&2; exit 1; }

step "studykit [suggest] (tab completion)"
[[ "$("$studykit" '[suggest:17]' 'generate --paper ')" == $'a4\nletter' ]] || { echo "no completions for --paper" >&2; exit 1; }

printf '\nOK: the packed tool installs and runs without a source tree.\n'
