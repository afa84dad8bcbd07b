#!/usr/bin/env bash
# P4: dashboard latency with 1,000 and with 1,000,000 trades (see README.md). Run from anywhere in the repository.
# Usage: bench/dashboard/run.sh [sizes]   e.g. bench/dashboard/run.sh 1000,1000000 (the default)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sizes="${1:-1000,1000000}"
cd "$root"
mvn -B -ntp -pl backend test -Dtest=DashboardLatencyBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.trades="$sizes" -Dbench.out="$root/bench/dashboard/last-run.md" | grep -E 'BENCH|Tests run|ERROR|FAIL' || true
echo "--- $root/bench/dashboard/last-run.md"
cat "$root/bench/dashboard/last-run.md"
