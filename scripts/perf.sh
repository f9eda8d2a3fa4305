#!/usr/bin/env bash
# Whole-process performance checks for medpath, against the budgets of the performance issue:
#
#   start-up to the first complete frame, 10,000 students   within 1.5x of a minimal ratatui
#                                                            program drawing one frame
#   peak memory with 10,000 students                         under 30 MB
#   release binary                                           under 10 MB
#
# Start-up: both programs run under a pseudo-terminal of 200x60 with one key (`q`) already
# waiting, so each draws its first frame, reads the key and exits (`q` quits medpath from
# Home). The clock stops for the budget when the first frame has been written whole: ratatui
# ends a frame that has no cursor by hiding the cursor (ESC [?25l), which neither program
# writes before. The time to exit (reading the key, restoring the terminal, closing the
# database) is shown too. They run in pairs, alternating which goes first, and the ratio is
# taken per pair: noise from a busy machine hits both halves of a pair alike and cancels out
# in the ratio. A run counts only if it exits 0 and its output holds the first frame's text
# and its end. (The pty
# harness is a few lines of Python: util-linux `script` gives a 0x0 window when its own
# input is not a terminal, and hyperfine cannot interleave two commands.)
#
# Peak memory: /usr/bin/time -v (Maximum resident set size) for the full-screen start-up,
# `medpath roster --format csv` (counselor passphrase piped on stdin) and
# `medpath report --format html`, all on the 10,000-student database.
#
# The database is generated once with `examples/synth.rs` and kept in target/perf/, keyed by
# size, seed and the generator's source. This is a measuring script, not a test: a missed
# budget prints OVER BUDGET, and the script still exits 0 (the machine is noisy).
#
# Usage: scripts/perf.sh            (PAIRS=30 STUDENTS=10000 SEED=1 to change)

set -euo pipefail
cd "$(dirname "$0")/.."

STUDENTS=${STUDENTS:-10000}
SEED=${SEED:-1}
PAIRS=${PAIRS:-30}
PASS="blue heron morning"
OUT=target/perf
mkdir -p "$OUT"

echo "== building release (medpath, examples synth and minimal_frame)" >&2
cargo build --release --quiet --bin medpath --example synth --example minimal_frame
BIN=target/release/medpath
MINIMAL=target/release/examples/minimal_frame
SYNTH=target/release/examples/synth

KEY=$(cat src/store/synth.rs src/store/synth_words.rs examples/synth.rs | sha1sum | cut -c1-10)
DB="$OUT/students-$STUDENTS-seed$SEED-$KEY.db"
for old in "$OUT"/students-"$STUDENTS"-seed"$SEED"-*.db; do
    if [ -e "$old" ] && [ "$old" != "$DB" ]; then
        rm -f "$old" # made by an older generator
    fi
done
if [ ! -f "$DB" ]; then
    echo "== generating $STUDENTS students into $DB" >&2
    rm -f "$DB.partial" "$DB.partial-wal" "$DB.partial-shm"
    "$SYNTH" --students "$STUDENTS" --seed "$SEED" --passphrase "$PASS" --out "$DB.partial" \
        | tail -n 1 >&2
    mv "$DB.partial" "$DB"
fi

# The student with the fullest record (for the report).
STUDENT=$(python3 - "$DB" <<'PY'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(c.execute("""
    SELECT s.name FROM students s WHERE s.pin_hash IS NULL
    ORDER BY (SELECT count(*) FROM checkins c WHERE c.student_id = s.id)
           + (SELECT count(*) FROM goals g WHERE g.student_id = s.id)
           + (SELECT count(*) FROM interview_plans p WHERE p.student_id = s.id)
           + (SELECT count(*) FROM assessments a WHERE a.student_id = s.id) DESC, s.id
    LIMIT 1""").fetchone()[0])
PY
)

# ---- start-up, in pairs, under a pseudo-terminal ------------------------------------------
cat >"$OUT/pty_pairs.py" <<'PY'
import fcntl, os, pty, select, statistics, struct, sys, termios, time

medpath, db, minimal, pairs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
cols, rows = (int(n) for n in (sys.argv[5] if len(sys.argv) > 5 else "200x60").split("x"))
env = dict(os.environ, TERM="xterm-256color")
env.pop("NO_COLOR", None)
env.pop("MEDPATH_DB", None)

FRAME_END = b"\x1b[?25l"  # ratatui hides the cursor once a frame without one is written

def run(argv, expect):
    """Runs argv on a fresh pty (200x60 unless told) with `q` waiting; returns seconds to the end of the
    first frame and seconds to exit."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execve(argv[0], argv, env)
    os.write(fd, b"q")
    out = bytearray()
    deadline = t0 + 20
    killed = False
    framed = None
    while True:
        r, _, _ = select.select([fd], [], [], max(0.0, deadline - time.perf_counter()))
        if not r:
            os.kill(pid, 9)
            killed = True
            break
        try:
            data = os.read(fd, 1 << 16)
        except OSError:
            break
        if not data:
            break
        out += data
        if framed is None and FRAME_END in out:
            framed = time.perf_counter() - t0
    _, status = os.waitpid(pid, 0)
    t = time.perf_counter() - t0
    os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    if killed or code != 0 or expect.encode() not in out or framed is None:
        sys.exit(f"{argv[0]}: exit {code}, killed={killed}, {expect!r} "
                 f"{'not ' if expect.encode() not in out else ''}seen in output, "
                 f"frame end {'not ' if framed is None else ''}seen")
    return framed, t

A = ([medpath, "--db", db], "Profiles")      # the Home screen's list title
B = ([minimal], "minimal")
for _ in range(3):                              # warm-up (page cache, first-run costs)
    run(*A); run(*B)
ta, tb, ratios = [], [], []      # to the end of the first frame
xa, xb, xratios = [], [], []     # to exit (start, one key, quit, restore the terminal)
for i in range(pairs):
    if i % 2 == 0:
        a = run(*A); b = run(*B)
    else:
        b = run(*B); a = run(*A)
    ta.append(a[0]); tb.append(b[0]); ratios.append(a[0] / b[0])
    xa.append(a[1]); xb.append(b[1]); xratios.append(a[1] / b[1])
med = statistics.median
q = statistics.quantiles(ratios, n=4)
print(f"{med(ta)*1000:.2f} {med(tb)*1000:.2f} {med(ratios):.3f} {q[0]:.3f} {q[2]:.3f} "
      f"{min(ta)*1000:.2f} {min(tb)*1000:.2f} "
      f"{med(xa)*1000:.2f} {med(xb)*1000:.2f} {med(xratios):.3f}")
PY
EMPTY="$OUT/empty.db"
if [ ! -f "$EMPTY" ]; then
    "$SYNTH" --students 0 --out "$EMPTY" >/dev/null
fi
echo "== start-up: $PAIRS pairs (medpath vs minimal_frame), 200x60 pty, key waiting" >&2
read -r MED_A MED_B RATIO RQ1 RQ3 MIN_A MIN_B X_A X_B X_RATIO <<<"$(python3 "$OUT/pty_pairs.py" "$BIN" "$DB" "$MINIMAL" "$PAIRS")"
echo "== start-up with no students, for comparison: $PAIRS pairs" >&2
read -r E_MED_A E_MED_B E_RATIO E_RQ1 E_RQ3 E_MIN_A E_MIN_B E_X_A E_X_B E_X_RATIO <<<"$(python3 "$OUT/pty_pairs.py" "$BIN" "$EMPTY" "$MINIMAL" "$PAIRS")"
echo "== start-up at 80x24 (a terminal window's usual size), for comparison: $PAIRS pairs" >&2
read -r S_MED_A S_MED_B S_RATIO S_RQ1 S_RQ3 _ _ _ _ _ <<<"$(python3 "$OUT/pty_pairs.py" "$BIN" "$DB" "$MINIMAL" "$PAIRS" 80x24)"

# ---- peak memory ----------------------------------------------------------------------------
echo "== peak memory (/usr/bin/time -v)" >&2
maxrss() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1"; }

# The full-screen start-up: /usr/bin/time runs medpath on the pty.
python3 - "$BIN" "$DB" "$MINIMAL" "$OUT" <<'PY'
import fcntl, os, pty, select, struct, sys, termios
medpath, db, minimal, out = sys.argv[1:5]
env = dict(os.environ, TERM="xterm-256color")
env.pop("MEDPATH_DB", None)
for name, argv in [("tui", [medpath, "--db", db]), ("minimal", [minimal])]:
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 200, 0, 0))
        os.execve("/usr/bin/time", ["/usr/bin/time", "-v", "-o", f"{out}/time-{name}.txt"] + argv, env)
    os.write(fd, b"q")
    while True:
        r, _, _ = select.select([fd], [], [], 20)
        if not r:
            os.kill(pid, 9)
            break
        try:
            if not os.read(fd, 1 << 16):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
PY
RSS_TUI=$(maxrss "$OUT/time-tui.txt")
RSS_MIN=$(maxrss "$OUT/time-minimal.txt")

echo "$PASS" | /usr/bin/time -v -o "$OUT/time-roster.txt" \
    env -u MEDPATH_DB "$BIN" --db "$DB" roster --format csv -o "$OUT/roster.csv" 2>/dev/null
RSS_ROSTER=$(maxrss "$OUT/time-roster.txt")
ROWS_ROSTER=$(($(wc -l <"$OUT/roster.csv") - 1))

/usr/bin/time -v -o "$OUT/time-report.txt" env -u MEDPATH_DB "$BIN" --db "$DB" \
    report --student "$STUDENT" --format html -o "$OUT/report.html" 2>/dev/null
RSS_REPORT=$(maxrss "$OUT/time-report.txt")

echo "$PASS" | /usr/bin/time -v -o "$OUT/time-report-notes.txt" env -u MEDPATH_DB "$BIN" \
    --db "$DB" report --student "$STUDENT" --format html --with-notes \
    -o "$OUT/report-notes.html" 2>/dev/null
RSS_REPORT_NOTES=$(maxrss "$OUT/time-report-notes.txt")

SIZE=$(stat -c %s "$BIN")

# ---- the table ----------------------------------------------------------------------------
over() { # value budget -> marker
    awk -v v="$1" -v b="$2" 'BEGIN { if (v + 0 > b + 0) print "OVER BUDGET"; else print "ok" }'
}
mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k * 1024 / 1e6 }'; }
MEM_BUDGET_KB=29297 # 30 MB = 30,000,000 bytes
printf '\n%-58s %-26s %-14s %s\n' "what ($STUDENTS students)" "measured" "budget" "status"
printf '%-58s %-26s %-14s %s\n' "start-up to first frame: medpath / minimal (median ratio)" \
    "${RATIO}x (IQR ${RQ1}-${RQ3})" "<= 1.5x" "$(over "$RATIO" 1.5)"
printf '%-58s %-26s %-14s %s\n' "  medpath, median of $PAIRS (min)" "$MED_A ms ($MIN_A)" "" ""
printf '%-58s %-26s %-14s %s\n' "  minimal_frame, median of $PAIRS (min)" "$MED_B ms ($MIN_B)" "" ""
printf '%-58s %-26s %-14s %s\n' "  same with no students: ratio (medpath, minimal)" \
    "${E_RATIO}x ($E_MED_A ms, $E_MED_B ms)" "" ""
printf '%-58s %-26s %-14s %s\n' "  same at 80x24: ratio (medpath, minimal)" \
    "${S_RATIO}x ($S_MED_A ms, $S_MED_B ms)" "" ""
printf '%-58s %-26s %-14s %s\n' "whole run (start, first frame, one key, quit): ratio" \
    "${X_RATIO}x ($X_A ms, $X_B ms)" "" ""
printf '%-58s %-26s %-14s %s\n' "  same with no students" \
    "${E_X_RATIO}x ($E_X_A ms, $E_X_B ms)" "" ""
printf '%-58s %-26s %-14s %s\n' "peak memory, full-screen start-up" "$(mb "$RSS_TUI")" "< 30 MB" \
    "$(over "$RSS_TUI" $MEM_BUDGET_KB)"
printf '%-58s %-26s %-14s %s\n' "  minimal_frame, for reference" "$(mb "$RSS_MIN")" "" ""
printf '%-58s %-26s %-14s %s\n' "peak memory, roster --format csv ($ROWS_ROSTER rows, $(wall "$OUT/time-roster.txt"))" \
    "$(mb "$RSS_ROSTER")" "< 30 MB" "$(over "$RSS_ROSTER" $MEM_BUDGET_KB)"
printf '%-58s %-26s %-14s %s\n' "peak memory, report --format html ($(wall "$OUT/time-report.txt"))" \
    "$(mb "$RSS_REPORT")" "< 30 MB" "$(over "$RSS_REPORT" $MEM_BUDGET_KB)"
printf '%-58s %-26s %-14s %s\n' "peak memory, report --format html --with-notes" \
    "$(mb "$RSS_REPORT_NOTES")" "< 30 MB" "$(over "$RSS_REPORT_NOTES" $MEM_BUDGET_KB)"
printf '%-58s %-26s %-14s %s\n' "release binary target/release/medpath" \
    "$(awk -v b="$SIZE" 'BEGIN { printf "%.2f MB", b / 1e6 }')" "< 10 MB" "$(over "$SIZE" 10000000)"
echo
echo "database: $DB ($(du -h "$DB" | cut -f1)); report student: $STUDENT" >&2
exit 0
