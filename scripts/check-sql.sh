#!/usr/bin/env bash
# No SQL built by string concatenation with values: every value reaches SQLite
# through a bound parameter (`?1`). A grep-level check over the product code
# (or the files given), run by ctest and so by CI:
#   - a string literal holding SQL, joined with `+` / `+=` to something that is not a literal;
#   - something that is not a literal, joined with `+` to a string literal holding SQL;
#   - appending to a variable named like a statement (sql, query, stmt, statement, pragma);
#   - sqlite3_mprintf / sqlite3_snprintf / sqlite3_vmprintf.
# A line that must do it (a PRAGMA takes no parameters) ends with
# `// sql-ok: <why>`; those are listed, not failed.
#   scripts/check-sql.sh [FILE|DIR...]      (default: shared syncserver app tools bench)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
((${#targets[@]})) || targets=(shared syncserver app tools bench)

keywords='SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|WHERE|VALUES|ORDER BY|GROUP BY|LIMIT|FROM|JOIN|SET'
literal='"(?:[^"\\]|\\.)*'
patterns=(
  "${literal}\\b(?:${keywords})\\b(?:[^\"\\\\]|\\\\.)*\"\\s*\\+=?\\s*(?!\\s*\")"
  "[\\w\\)\\]]\\s*\\+\\s*${literal}\\b(?:${keywords})\\b"
  "\\b(?:sql|query|stmt|statement|pragma)\\w*\\s*(?:\\+=|\\.append\\s*\\()"
  "\\bsqlite3_v?(?:mprintf|snprintf)\\s*\\("
)

combined=$(IFS='|'; echo "${patterns[*]}")

# grep's own failure (exit 2: a bad pattern, an unreadable file) must fail the check, not pass it.
matches() {
  local status=0
  grep -nP "(?:$combined)" "$1" || status=$?
  if ((status > 1)); then
    echo "check-sql: grep failed on $1" >&2
    exit 2
  fi
}

found=0
allowed=0
while IFS= read -r -d '' file; do
  while IFS= read -r hit; do  # each line once, whichever patterns it matches
    [[ -z "$hit" ]] && continue
    if [[ "$hit" == *"// sql-ok:"* ]]; then
      allowed=$((allowed + 1))
      echo "allowed: $file:$hit"
    else
      found=$((found + 1))
      echo "SQL built by concatenation: $file:$hit" >&2
    fi
  done < <(matches "$file")
done < <(find "${targets[@]}" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \) -print0 | sort -z)

if ((found > 0)); then
  echo "check-sql: $found line(s) build SQL from values; bind them as parameters (or mark a PRAGMA with // sql-ok: why)" >&2
  exit 1
fi
echo "check-sql: no SQL built by concatenation ($allowed allowed line(s))"
