#!/usr/bin/env bash
# Lints every CloudFormation template of deploy/ with cfn-lint for the Seoul region and fails on
# any finding: errors, warnings and informational notes alike. `./academy test` runs it; it also
# runs alone (deploy/lint.sh).
#
# It first proves that it can fail: copies of a template with a property misspelt (an error) and
# with a parameter nobody uses (a warning) must both be refused, or the script fails.
#
# cfn-lint comes from PATH (CI machines and developers' have it), or is installed once, pinned,
# into a virtual environment under .academy/ from PyPI (python3-venv from Debian if missing).
set -euo pipefail

ACADEMY_HOME=${ACADEMY_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
readonly ACADEMY_HOME
readonly DEPLOY_DIR=$ACADEMY_HOME/deploy
readonly CFN_LINT_VERSION=1.51.0
readonly CFN_LINT_VENV=$ACADEMY_HOME/.academy/tools/cfn-lint
readonly REGION=ap-northeast-2

find_cfn_lint() {
  if command -v cfn-lint >/dev/null; then
    command -v cfn-lint
    return
  fi
  if [[ ! -x $CFN_LINT_VENV/bin/cfn-lint ]]; then
    install_cfn_lint >&2
  fi
  echo "$CFN_LINT_VENV/bin/cfn-lint"
}

install_cfn_lint() {
  command -v python3 >/dev/null || {
    echo "lint: python3 is needed to install cfn-lint" >&2
    exit 1
  }
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    # shellcheck source=tools/stack.sh
    source "$ACADEMY_HOME/tools/stack.sh"
    stack_apt_install python3-venv
  fi
  echo "Installing cfn-lint $CFN_LINT_VERSION into $CFN_LINT_VENV ..."
  rm -rf -- "$CFN_LINT_VENV"
  python3 -m venv "$CFN_LINT_VENV"
  if ! "$CFN_LINT_VENV/bin/pip" install --quiet "cfn-lint==$CFN_LINT_VERSION"; then
    rm -rf -- "$CFN_LINT_VENV"
    echo "lint: could not install cfn-lint from PyPI; install it (pip install cfn-lint==$CFN_LINT_VERSION) and re-run" >&2
    exit 1
  fi
}

# Lints FILES; succeeds only when cfn-lint reports nothing at all.
lint() {
  "$CFN_LINT" --regions "$REGION" --include-checks I -- "$@"
}

# Writes to $scratch/NAME a copy of deploy/NAME with FROM replaced by TO, failing if FROM is absent
# (a self-test whose break no longer applies would pass without testing anything).
broken_copy() {
  local name=$1 from=$2 to=$3
  grep -qF -- "$from" "$DEPLOY_DIR/$name" || {
    echo "lint self-test: '$from' is no longer in deploy/$name; choose another break" >&2
    exit 1
  }
  python3 -c 'import sys; src, dst, old, new = sys.argv[1:]; open(dst, "w").write(open(src).read().replace(old, new, 1))' \
    "$DEPLOY_DIR/$name" "$scratch/$name" "$from" "$to"
}

expect_refused() {
  local what=$1 file=$2
  if lint "$file" >/dev/null 2>&1; then
    echo "lint self-test: cfn-lint accepted $what; the check cannot fail" >&2
    exit 1
  fi
}

CFN_LINT=$(find_cfn_lint)
readonly CFN_LINT
echo "lint: $("$CFN_LINT" --version)"

scratch=$(mktemp -d)
trap 'rm -rf -- "$scratch"' EXIT

broken_copy queues.yaml "ReceiveMessageWaitTimeSeconds: 20" "ReceiveMessageWaitTimeSecond: 20"
expect_refused "a misspelt queue property" "$scratch/queues.yaml"
broken_copy edge.yaml "Parameters:" "Parameters:
  NobodyUsesThis:
    Type: String
    Default: unused"
expect_refused "an unused parameter (a warning)" "$scratch/edge.yaml"

templates=("$DEPLOY_DIR"/*.yaml)
lint "${templates[@]}"
echo "lint: ${#templates[@]} templates clean"
