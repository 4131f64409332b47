#!/usr/bin/env bash
# Smoke test of the Linux installer (run by .ci/run after the tests):
#   1. builds the .deb with `mvn -B -Pinstaller -DskipTests package` and checks the size budget;
#   2. unpacks it with `dpkg-deb -x` (no install scripts run) into a temporary folder;
#   3. with no system Java (the JDKs hidden in a private mount namespace, `command -v java` failing,
#      an empty environment), runs the bundled launcher: --version, import of a seed into a
#      temporary database, list, the PDF report, the Word report and the workbook (POI and fastexcel,
#      real modules beside the runtime), and an import into the user's data folder;
#   4. where Xvfb is installed, starts the launcher with no arguments and waits for the window.
# Prints PASS/FAIL lines and exits non-zero when anything failed.
#
#   installer/smoke-test.sh              build the .deb, then test it
#   installer/smoke-test.sh --no-build   test the .deb already in target/installer
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# 70 MB (issue 14): Apache POI for the Word report brought the .deb from 47.8 to 63.8 MB.
budget_bytes=70000000
app=coproduction-readiness
passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
finish() {
  echo "smoke-test: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && exit 0 || exit 1
}
megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }

cd "$repo"
if [ "${1:-}" != "--no-build" ]; then
  started=$SECONDS
  if mvn -B -q -Pinstaller -DskipTests package; then
    pass "installer profile built in $((SECONDS - started)) s"
  else
    fail "mvn -Pinstaller package failed"
    finish
  fi
fi

shopt -s nullglob
debs=(target/installer/*.deb)
if [ ${#debs[@]} -ne 1 ]; then
  fail "expected one .deb in target/installer, found ${#debs[@]}"
  finish
fi
deb=${debs[0]}
deb_bytes=$(stat -c %s "$deb")
if [ "$deb_bytes" -le "$budget_bytes" ]; then
  pass ".deb size $(megabytes "$deb_bytes") (budget $(megabytes $budget_bytes)): $deb"
else
  fail ".deb size $(megabytes "$deb_bytes") is over the budget of $(megabytes $budget_bytes): $deb"
fi
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*}   # 0.1.0-1 -> 0.1.0

work=$(mktemp -d)
cleanup() {
  [ -n "${window_pid:-}" ] && kill "$window_pid" 2>/dev/null && sleep 1
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "${hidden_java:-}" ] && mv "$hidden_java" /usr/bin/java
  rm -rf "$work"
}
trap cleanup EXIT
root=$work/root
home=$work/home
mkdir -p "$root" "$home"
dpkg-deb -x "$deb" "$root"
launcher=$root/opt/$app/bin/$app
if [ -x "$launcher" ]; then
  pass "unpacked with dpkg-deb -x; installed size $(du -sh "$root" | cut -f1) ($(du -sh "$root/opt/$app/lib/runtime" | cut -f1) of it the runtime)"
else
  fail "no launcher at /opt/$app/bin/$app in the package"
  finish
fi
desktop=$(ls "$root/opt/$app/lib/"*.desktop 2>/dev/null | head -1)
if [ -n "$desktop" ] && grep -qx 'Categories=Office;' "$desktop" && grep -qx 'Name=Co-production Readiness' "$desktop" \
    && grep -qx "Exec=/opt/$app/bin/$app" "$desktop" && [ -f "$root/opt/$app/lib/$app.png" ]; then
  pass "menu entry 'Co-production Readiness' in the Office category, with its icon"
else
  fail "menu entry missing or wrong: ${desktop:-no .desktop file}"
fi

# no_java runs a command with no system Java:
# - an empty environment: PATH=/usr/bin:/bin, HOME=a temporary folder, any NAME=VALUE given first.
#   Java takes user.home from the password file, not from HOME, so JAVA_TOOL_OPTIONS points it at
#   that folder too (Java notes this on stderr): the test never touches the real user's data;
# - in a private mount namespace, an empty tmpfs over the JDKs' folder, so /usr/bin/java (a link
#   into it) leads nowhere, for that command only. Where no namespace can be made, CI moves
#   /usr/bin/java aside until the test ends.
# The command's process id is left in $work/pid (each step execs the next, so it is the launcher's).
cat >"$work/no-java.sh" <<'SCRIPT'
home=$1 pidfile=$2
shift 2
echo $$ >"$pidfile"
exec env -i PATH=/usr/bin:/bin HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$@"
SCRIPT
if [ -d /usr/lib/jvm ] && unshare --mount --propagation private true 2>/dev/null; then
  no_java() {
    unshare --mount --propagation private sh -c 'mount -t tmpfs none /usr/lib/jvm && exec sh "$@"' \
      sh "$work/no-java.sh" "$home" "$work/pid" "$@"
  }
else
  if [ "${CI:-}" = true ] && [ -e /usr/bin/java ] && [ -w /usr/bin ]; then
    hidden_java=/usr/bin/java.hidden-by-smoke-test
    mv /usr/bin/java "$hidden_java"
  fi
  no_java() { sh "$work/no-java.sh" "$home" "$work/pid" "$@"; }
fi

if found=$(no_java sh -c 'command -v java'); then
  fail "java is still reachable in the test environment: $found"
else
  pass "no system Java in the test environment (env -i PATH=/usr/bin:/bin, command -v java fails)"
fi

out=$(no_java "$launcher" --version 2>"$work/stderr")
status=$?
if [ $status -eq 0 ] && [ "$out" = "Co-production Readiness $version" ]; then
  pass "$app --version: $out"
else
  fail "$app --version exited $status: $out $(cat "$work/stderr")"
fi

jvm=$(no_java LD_DEBUG=files "$launcher" --version 2>&1 | grep -o '/[^ ]*/libjvm\.so' | head -1)
if [ "$jvm" = "$root/opt/$app/lib/runtime/lib/server/libjvm.so" ]; then
  pass "the launcher runs the bundled runtime: /opt/$app/lib/runtime/lib/server/libjvm.so"
else
  fail "the launcher loaded ${jvm:-no libjvm.so}"
fi

db=$work/test.db
out=$(no_java "$launcher" --db "$db" import "$repo/seeds/riverside-2023.json" 2>"$work/stderr")
status=$?
if [ $status -eq 0 ] && [ -s "$db" ]; then
  pass "$app --db <tmp>/test.db import seeds/riverside-2023.json: exit 0, $(stat -c %s "$db") bytes"
else
  fail "$app import exited $status: $out $(cat "$work/stderr")"
fi

out=$(no_java "$launcher" --db "$db" list 2>"$work/stderr")
status=$?
if [ $status -eq 0 ] && grep -q 'Riverside Community Wellbeing' <<<"$out"; then
  pass "$app --db <tmp>/test.db list shows the imported assessment"
  sed 's/^/      /' <<<"$out"
else
  fail "$app list exited $status: $out $(cat "$work/stderr")"
fi

# The PDF report runs the PDF libraries, which are automatic modules beside the runtime.
out=$(no_java "$launcher" --db "$db" report 1 --out "$work/report.pdf" 2>"$work/stderr")
status=$?
if [ $status -eq 0 ] && [ "$(head -c 5 "$work/report.pdf" 2>/dev/null)" = "%PDF-" ]; then
  pass "$app --db <tmp>/test.db report 1 --out <tmp>/report.pdf: a PDF of $(stat -c %s "$work/report.pdf") bytes"
else
  fail "$app report exited $status: $out $(cat "$work/stderr")"
fi

# The Word report and the workbook: Apache POI and fastexcel, whose modules need automatic ones and
# so sit beside the runtime too. Office files are zip files: they start with "PK".
for made in "report 1 --out $work/report.docx" "export 1 --format xlsx --out $work/data.xlsx"; do
  file=${made##* }
  # shellcheck disable=SC2086
  out=$(no_java "$launcher" --db "$db" $made 2>"$work/stderr")
  status=$?
  # Nothing from the libraries' logging on stderr (Log4j complains there when left to itself).
  if [ $status -eq 0 ] && [ "$(head -c 2 "$file" 2>/dev/null)" = "PK" ] && ! grep -qiE 'log4j|exception|error' "$work/stderr"; then
    pass "$app --db <tmp>/test.db ${made%% *} … $(basename "$file"): $(stat -c %s "$file") bytes, no complaint on stderr"
  else
    fail "$app ${made%% *} exited $status: $out $(cat "$work/stderr")"
  fi
done

# With no --db, the data goes to the user's data folder, never beside the program.
out=$(no_java "$launcher" import "$repo/seeds/riverside-2023.json" 2>"$work/stderr")
status=$?
data=$home/.local/share/$app/$app.db
written=$(find "$root" -newer "$db" -type f | head -3)
if [ $status -eq 0 ] && [ -s "$data" ] && [ -z "$written" ]; then
  pass "with no --db the database is ~/.local/share/$app/$app.db; nothing written under /opt/$app"
else
  fail "default database: import exited $status, ${written:+wrote $written, }$out $(cat "$work/stderr")"
fi

# The window, where there is an X server to show it in.
if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
  # Xvfb picks a free display itself and writes its number once it is ready.
  Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$work/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
  done
  display=:$(head -1 "$work/display")
  no_java DISPLAY="$display" "$launcher" >"$work/window.log" 2>&1 &
  sleep 0.5
  window_pid=$(cat "$work/pid")
  shown=""
  for _ in $(seq 1 40); do
    if xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"Co-production Readiness"'; then
      shown=yes
      break
    fi
    sleep 0.5
  done
  if [ -n "$shown" ] && kill -0 "$window_pid" 2>/dev/null; then
    pass "$app with no arguments opens the window 'Co-production Readiness' (Xvfb)"
    if command -v import >/dev/null; then
      sleep 5   # let it finish opening the database
      import -display "$display" -window root "$repo/target/installer/smoke-test-window.png" 2>/dev/null \
        && echo "      screenshot: target/installer/smoke-test-window.png"
    fi
  else
    fail "no window within 20 s: $(head -c 2000 "$work/window.log")"
  fi
  if [ -e "$home/.openjfx" ]; then
    fail "JavaFX unpacked its native libraries into ~/.openjfx instead of using the runtime's"
  else
    pass "JavaFX loads its native libraries from the bundled runtime (no ~/.openjfx)"
  fi
else
  echo "NOTE: Xvfb or xwininfo is not installed: the window was not started"
fi

finish
