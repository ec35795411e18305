#!/usr/bin/env bash
# tests/layering_check.sh — checks the layered house of DESIGN.md §5 on the sources:
# each layer includes only itself and the layers below it; sqlite3_* only in src/store;
# lua_*/luaL_* only in src/lua. Prints every violation; exits 1 when there is one.
set -u
src=${1:?usage: layering_check.sh SRC_DIR}
declare -A allowed=(
  [store]="store"
  [ingest]="ingest store"
  [model]="model store"
  [export]="export model store"
  [report]="report export model store"
  [lua]="lua report export model store"
  [app]="app lua report export model ingest store"
)
status=0
for layer in "${!allowed[@]}"; do
  [ -d "$src/$layer" ] || { echo "missing layer folder: src/$layer"; status=1; continue; }
  while IFS= read -r hit; do
    file=${hit%%:*}
    included=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$hit")
    if [[ " ${allowed[$layer]} " != *" $included "* ]]; then
      echo "layering: $file includes $included/ (src/$layer may use only: ${allowed[$layer]})"
      status=1
    fi
  done < <(grep -rnE '#include "[a-z_]+/' "$src/$layer" --include='*.cpp' --include='*.hpp')
done
while IFS= read -r hit; do
  echo "sqlite3 API outside src/store: $hit"; status=1
done < <(grep -rnE '\bsqlite3_[a-z_0-9]+\s*\(' "$src" --include='*.cpp' --include='*.hpp' | grep -v "^$src/store/")
while IFS= read -r hit; do
  echo "Lua API outside src/lua: $hit"; status=1
done < <(grep -rnE '\b(lua|luaL)_[a-zA-Z_0-9]+\s*\(' "$src" --include='*.cpp' --include='*.hpp' | grep -v "^$src/lua/")
if [ $status -eq 0 ]; then echo "layering: every layer uses only the layers below it"; fi
exit $status
