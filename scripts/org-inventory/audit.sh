#!/usr/bin/env bash
# The org-inventory workflow's audit step: one matrix job audits a batch of repositories.
#   REPOSITORIES  owner/name ... (space separated, from matrix.mjs)
#   TOKEN         a token that can read them (contents: read)
#   SERVER        the GitHub server URL (github.server_url)
#   GUARD         the folder holding cross-account-guard's dist/cli.js
#   OUT           where the reports go: <OUT>/<owner>__<name>.json, and <OUT>/failures/<owner>__<name>.txt
# Each repository is cloned bare at its default branch's head (the token goes in through git's
# environment, never on a command line) and audited with the CLI; exit 1 (unapproved access) is an
# audit like any other, exit 2 (for example an invalid allowlist) is a failure the summary lists.
set -uo pipefail
: "${REPOSITORIES:?}" "${TOKEN:?}" "${SERVER:?}" "${GUARD:?}" "${OUT:?}"
mkdir -p "$OUT/failures"
work=$(mktemp -d)
auth=$(printf 'x-access-token:%s' "$TOKEN" | base64 -w0)
export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="http.${SERVER}/.extraheader" GIT_CONFIG_VALUE_0="AUTHORIZATION: basic ${auth}"
for repo in $REPOSITORIES; do
  case "$repo" in */*) ;; *) echo "skipping '$repo': not owner/name" >&2; continue ;; esac
  safe=${repo//\//__}
  if ! git clone --quiet --bare --depth 1 --no-tags "${SERVER}/${repo}.git" "$work/$safe" 2> "$OUT/failures/$safe.txt"; then
    echo "::warning::could not clone ${repo}"
    continue
  fi
  node "$GUARD/dist/cli.js" audit HEAD --repo "$work/$safe" --repo-name "$repo" --format json \
    --output "$OUT/$safe.json" 2> "$OUT/failures/$safe.txt"
  rc=$?
  if [ "$rc" -le 1 ] && [ -s "$OUT/$safe.json" ]; then
    rm -f "$OUT/failures/$safe.txt"
  else
    echo "::warning::audit of ${repo} failed (exit ${rc})"
    rm -f "$OUT/$safe.json"
  fi
  rm -rf "${work:?}/$safe"
done
rm -rf "$work"
exit 0
