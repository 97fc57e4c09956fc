#!/bin/sh
# The connectivity diff of a change, for any CI system: compares the synthesized output of the base
# (e.g. the target branch) with that of the head (the change) and writes a Markdown comment.
#
# Usage: scripts/review-diff.sh <base output> <head output> [review options, e.g. --strict]
#   <base output>, <head output>   cdk.out or cdktf output directories, or template files
#
# Environment:
#   BACKUP_AGENT_CONNECTIVITY     the command to run (default: npx --no-install backup-agent-connectivity)
#   REVIEW_DIFF_MARKDOWN          where the comment is written (default: review-diff.md)
#   REVIEW_DIFF_COMMENT_COMMAND   a shell command that posts the comment; the file is its "$1"
#                                 (default: none, the comment is only written and printed)
#
# Exit status: the review command's: 0 nothing failing changed; 1 a required flow became blocked,
# a failing opening beyond the intent appeared or a new problem appeared; 2 the outputs could not be
# compared. A failing comment command makes the script fail with its status when the diff passed.
set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 <base output> <head output> [review options]" >&2
  exit 2
fi
base=$1
head=$2
shift 2
markdown=${REVIEW_DIFF_MARKDOWN:-review-diff.md}
cli=${BACKUP_AGENT_CONNECTIVITY:-npx --no-install backup-agent-connectivity}

# $cli is split into words on purpose: it may be a command with arguments.
$cli review --base "$base" "$head" --format markdown "$@" > "$markdown"
status=$?
if [ "$status" -ge 2 ]; then
  echo "review-diff: the outputs could not be compared (exit $status); see the messages above" >&2
  exit "$status"
fi
cat "$markdown"

if [ -n "${REVIEW_DIFF_COMMENT_COMMAND:-}" ]; then
  sh -c "$REVIEW_DIFF_COMMENT_COMMAND" review-diff "$markdown"
  posted=$?
  if [ "$posted" -ne 0 ]; then
    echo "review-diff: the comment command failed (exit $posted)" >&2
    [ "$status" -eq 0 ] && status=$posted
  fi
fi
exit "$status"
