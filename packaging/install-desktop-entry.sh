#!/bin/sh
# Adds Ketamine Cascade to the desktop's application menu (for this user), pointing at this
# folder: run it again after moving the folder. Remove with --remove.
set -e
here=$(cd "$(dirname "$0")" && pwd)
entry="${XDG_DATA_HOME:-$HOME/.local/share}/applications/ketamine-cascade.desktop"
if [ "$1" = "--remove" ]; then
    rm -f "$entry" && echo "removed $entry"
    exit 0
fi
mkdir -p "$(dirname "$entry")"
sed -e "s|@EXEC@|\"$here/ketamine-cascade\"|" \
    -e "s|@ICON@|$here/_internal/app/assets/icons/ketamine-cascade-256.png|" \
    "$here/ketamine-cascade.desktop.in" > "$entry"
echo "added $entry"
