#!/usr/bin/env bash
# The HTTP engine's concurrency under ThreadSanitizer: the full cancellation stress test (20,000
# requests, 16 at a time, cancelled 0-2 ms after sending) and the transport and cancellation suites,
# in a build folder of their own so the ordinary debug build is left as it is. Fails on any report.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
retry_on_signal swift build --build-tests --sanitize=thread --scratch-path .build-tsan
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
ARIZE_STRESS_REQUESTS=20000 TSAN_OPTIONS=halt_on_error=1 swift test --sanitize=thread --scratch-path .build-tsan --skip-build \
    --filter "CancellationStressTests|CurlTransportTests|TransportPromiseTests|CorporateNetworkTests|CancellationTests|LockedTests" \
    2>&1 | tee "$log" | grep -E "Test run with|ThreadSanitizer" || true
if grep -q "ThreadSanitizer" "$log" || ! grep -Eq "Test run with [0-9]+ tests? in [0-9]+ suites? passed" "$log"; then
    echo "FAILED: ThreadSanitizer run (see above)"
    exit 1
fi
echo "ThreadSanitizer: the HTTP engine suites passed with no report"
