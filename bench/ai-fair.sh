#!/usr/bin/env bash
# AI fair sharing (issue 13): WeightedSlots alone under 24 threads, then the resource adapter
# against an embedded ElasticMQ with lite (weight 1) and basic (weight 3) sharing a slot group of 5:
# the basic share per 400 deliveries while both queues are busy, and the slots in use while lite is
# idle. Needs no running server.
#   bench/ai-fair.sh [DELIVERY_MS] [LOOPS_PER_QUEUE] [BASIC_MESSAGES]    (defaults 100 8 1200)
# Figures go to docs/performance.md ("AI fair sharing").
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -o -Dstyle.color=never -pl academy-sqs-ra test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/ai-fair.cp >/dev/null
java -cp "academy-sqs-ra/target/test-classes:academy-sqs-ra/target/classes:$(cat academy-sqs-ra/target/ai-fair.cp)" \
  kr.academy.sqsra.FairShareBench "${1:-100}" "${2:-8}" "${3:-1200}" 2>&1 \
  | grep -v -e '^SLF4J' -e ' kr.academy.sqsra.' -e '^INFO: ' -e '^WARNING: '
