#!/usr/bin/env bash
# The org-inventory workflow's merge step: every report of the matrix jobs into one inventory.
#   merge.sh <reports dir> <out dir> <summary file>   (GUARD: cross-account-guard's folder, default .guard)
# Writes <out>/inventory.{json,csv,sarif}; appends the Markdown summary and the repositories that
# could not be audited (their names only: what git or the audit printed stays in the artifact).
set -euo pipefail
reports=$1 out=$2 summary=$3
cli="${GUARD:-.guard}/dist/cli.js"
mkdir -p "$out"
if ! compgen -G "$reports/*.json" > /dev/null; then
  echo "No report to merge: every audit failed (see the audit jobs)." >> "$summary"
  exit 1
fi
node "$cli" merge "$reports" --format json --output "$out/inventory.json"
node "$cli" merge "$reports" --format csv --output "$out/inventory.csv"
node "$cli" merge "$reports" --format sarif --output "$out/inventory.sarif"
node "$cli" merge "$reports" --format markdown >> "$summary"
if compgen -G "$reports/failures/*.txt" > /dev/null; then
  mkdir -p "$out/failures"
  cp "$reports"/failures/*.txt "$out/failures/"
  {
    echo
    echo "### Repositories that could not be audited"
    echo
    for f in "$reports"/failures/*.txt; do
      name=$(basename "$f" .txt)
      echo "- \`${name//__//}\` (see failures/${name}.txt in the cag-inventory artifact)"
    done
  } >> "$summary"
fi
