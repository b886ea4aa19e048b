# Shared by the CI scripts.

# Runs a command; if it dies by a signal (exit status above 128: the toolchain crashed, not a
# compile error), says so and runs it once more. Real failures still fail.
retry_on_signal() {
  local status=0
  "$@" || status=$?
  if [ "$status" -gt 128 ]; then
    echo "note: '$*' died by signal $((status - 128)); retrying once" >&2
    status=0
    "$@" || status=$?
  fi
  return "$status"
}
