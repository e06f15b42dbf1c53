#!/usr/bin/env bash
# Tests of tools/stack.sh that need no server, run by `./academy test` in a second: which settings
# the stack exports into the caller's shell.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf -- "$scratch"' EXIT
export ACADEMY_HOME=$scratch
# shellcheck source=tools/stack.sh
source "$here/stack.sh"

failed_cases=0
# Each case runs in a subshell, so what it exports stays there; it fails if any expectation did.
problems=0
expect() {
  local what=$1 actual=$2 expected=$3
  if [[ $actual != "$expected" ]]; then
    echo "stack-test: $what: expected '$expected', got '$actual'" >&2
    problems=$((problems + 1))
  fi
}

# The env file of PROFILE written and exported as stack_start does, without starting servers.
write_env() {
  _stack_layout "$1" && mkdir -p "$_stack_base" && _stack_credentials && _stack_write_env
}

# A run keeps the services the caller configured, whole, and gets the stack for the others.
(
  export ACADEMY_SOLAPI_API_KEY=callers-key ACADEMY_S3_ENDPOINT=https://s3.example.test
  write_env run
  expect "caller's Solapi key" "$ACADEMY_SOLAPI_API_KEY" callers-key
  expect "no stand-in URL beside the caller's key" "${ACADEMY_SOLAPI_BASE_URL-unset}" unset
  expect "caller's S3 endpoint" "$ACADEMY_S3_ENDPOINT" https://s3.example.test
  expect "no local S3 key beside the caller's endpoint" "${ACADEMY_S3_ACCESS_KEY-unset}" unset
  expect "the stack's database" "$ACADEMY_DB_PORT" 15432
  expect "the env file still names the stand-in" \
    "$(sed -n 's/^ACADEMY_SOLAPI_BASE_URL=//p' "$_stack_env_file")" http://127.0.0.1:19380
  ((problems == 0))
) || failed_cases=$((failed_cases + 1))

# What the stack exported itself is replaced on its next start, not mistaken for the caller's.
(
  write_env run
  sed -i 's/^ACADEMY_DB_PASSWORD=.*/ACADEMY_DB_PASSWORD=rotated/' "$_stack_credentials_file"
  write_env run
  expect "the stack's new password" "$ACADEMY_DB_PASSWORD" rotated
  ((problems == 0))
) || failed_cases=$((failed_cases + 1))

# Tests never reach a service of the caller's.
(
  export ACADEMY_SOLAPI_API_KEY=callers-key
  write_env test
  expect "the stand-in's key in tests" "$ACADEMY_SOLAPI_API_KEY" "$(_stack_credential ACADEMY_SOLAPI_API_KEY)"
  expect "the stand-in in tests" "$ACADEMY_SOLAPI_BASE_URL" http://127.0.0.1:29380
  ((problems == 0))
) || failed_cases=$((failed_cases + 1))

if ((failed_cases > 0)); then
  echo "stack-test: $failed_cases of 3 cases failed" >&2
  exit 1
fi
echo "stack-test: passed"
