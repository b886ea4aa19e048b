#!/usr/bin/env bash
# Runs swift-frontend and appends one line per compile or emit-module job to $FRONTEND_TIMING_LOG:
#   <start> <end> <module> <compile|emit> <primary files…>
# Used by `Scripts/consumer-build-time.sh --timeline` through the driver's SWIFT_DRIVER_SWIFT_FRONTEND_EXEC;
# $FRONTEND_TIMING_REAL is the real swift-frontend.
start=$(date +%s.%N)
"$FRONTEND_TIMING_REAL" "$@"
status=$?
end=$(date +%s.%N)
# Long command lines reach the frontend as a response file (@path, one argument per line).
arguments=()
for argument in "$@"; do
    if [[ "$argument" == @* && -r "${argument:1}" ]]; then
        while IFS= read -r line; do arguments+=("${line//\"/}"); done < "${argument:1}"
    else
        arguments+=("$argument")
    fi
done
module="?" kind="" files="" previous=""
for argument in "${arguments[@]}"; do
    case "$previous" in
        -module-name) module="$argument" ;;
        -primary-file) files="$files ${argument##*/}" ;;
    esac
    case "$argument" in
        -c) kind=compile ;;
        -emit-module) [ -z "$kind" ] && kind=emit ;;
    esac
    previous="$argument"
done
[ -n "$kind" ] && echo "$start $end $module $kind$files" >> "$FRONTEND_TIMING_LOG"
exit $status
