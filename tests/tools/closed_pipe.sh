#!/bin/sh
# Pipes 2 MB of `newsdesk generate` into `head -c 5`, which stops reading at once. Passes when
# the program printed nothing on standard error: a reader that goes away is no error.
# Usage: closed_pipe.sh NEWSDESK default|ignored   (ignored: SIGPIPE ignored, so the program
#        sees EPIPE from write() instead of being stopped by the signal)
newsdesk=$1
if [ "$2" = ignored ]; then
  trap '' PIPE
fi
errors=$(mktemp)
"$newsdesk" generate --megabytes 2 --out - 2>"$errors" | head -c 5 > /dev/null
if [ -s "$errors" ]; then
  echo "standard error should be empty, but it says:"
  cat "$errors"
  rm -f "$errors"
  exit 1
fi
rm -f "$errors"
