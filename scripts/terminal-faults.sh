#!/usr/bin/env bash
# Terminal faults, the out-of-process half (the in-process half is tests/terminal.rs).
#
# Runs the real medpath binary in a tmux pane (80x24, a plain bash) on a temporary database,
# and after each fault checks the terminal it leaves behind:
#   Ctrl-C, kill -TERM, -HUP, -INT, -QUIT, -USR1, -USR2: the program ends (with 128 + the
#     signal's number for a signal), and the pane is back to normal: line
#     editing and echo on (`stty -a` shows icanon and echo, and the same flags as before
#     medpath ran), the alternate screen left, mouse reporting off, the cursor visible;
#   kill -ALRM with no SIGHUP before it: ignored, the program goes on;
#   Ctrl-Z (pressed while typing a search): the job is stopped with the terminal restored,
#     and `fg` brings back the whole screen, redrawn, with the search still there;
#   resizing the window, to too small and back: the search is still there;
#   TERM=dumb, and output into a pipe: a plain message pointing at the command-line modes,
#     exit code 2, and not one escape code.
# Prints one PASS/FAIL line per check and exits 1 if any failed.
#
# Usage: scripts/terminal-faults.sh [path/to/medpath]
#   Without a path it builds the debug binary (cargo build) and uses target/debug/medpath.
#   Without tmux it prints SKIP and exits 0, unless MEDPATH_REQUIRE_TOOLS=1 (then exit 1).
#   MEDPATH_FAULTS_TIMEOUT: seconds to wait for anything to appear (default 10).

set -u

TIMEOUT=${MEDPATH_FAULTS_TIMEOUT:-10}

if ! command -v tmux >/dev/null 2>&1; then
    if [ "${MEDPATH_REQUIRE_TOOLS:-0}" = 1 ]; then
        echo "FAIL tmux is not installed (MEDPATH_REQUIRE_TOOLS=1)"
        exit 1
    fi
    echo "SKIP terminal faults: tmux is not installed"
    exit 0
fi

root=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -ge 1 ]; then
    BIN=$1
else
    (cd "$root" && cargo build --quiet --bin medpath) || {
        echo "FAIL cargo build"
        exit 1
    }
    BIN=${CARGO_TARGET_DIR:-$root/target}/debug/medpath
fi
case $BIN in
/*) ;;
*) BIN=$(pwd)/$BIN ;;
esac
if [ ! -x "$BIN" ]; then
    echo "FAIL no medpath binary at $BIN"
    exit 1
fi
NAME=$(basename "$BIN" | cut -c1-15)

work=$(mktemp -d "${TMPDIR:-/tmp}/medpath-faults.XXXXXX")
DB=$work/medpath.db
SOCK=medpath-faults-$$
PROMPT='mpfaults$ '
PANE=faults:0.0

T() { tmux -L "$SOCK" -f /dev/null "$@"; }

cleanup() {
    T kill-server >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

failures=0
checks=0
pass() {
    checks=$((checks + 1))
    echo "PASS $*"
}
fail() {
    checks=$((checks + 1))
    failures=$((failures + 1))
    echo "FAIL $*"
}
# check CONDITION-EXIT-CODE DESCRIPTION [DETAIL]
check() {
    if [ "$1" -eq 0 ]; then pass "$2"; else fail "$2${3:+: $3}"; fi
}

# Polls a command until it succeeds, for up to $TIMEOUT seconds.
wait_until() {
    local tries=$((TIMEOUT * 10))
    while [ "$tries" -gt 0 ]; do
        "$@" && return 0
        sleep 0.1
        tries=$((tries - 1))
    done
    return 1
}

screen() { T capture-pane -p -t "$PANE"; }
shows() { screen | grep -qF -- "$1"; }
shows_not() { ! screen | grep -qF -- "$1"; }
fmt() { T display -p -t "$PANE" "$1"; }
# The shell is waiting: its prompt is the last line with anything on it.
at_prompt() { [ "$(screen | grep -v '^ *$' | tail -n 1)" = "${PROMPT% }" ] || [ "$(screen | grep -v '^ *$' | tail -n 1)" = "$PROMPT" ]; }
gone() { ! kill -0 "$1" 2>/dev/null; }
is_stopped() { case $(ps -o stat= -p "$1" 2>/dev/null) in T*) return 0 ;; *) return 1 ;; esac; }
type_line() {
    T send-keys -t "$PANE" -l "$1"
    T send-keys -t "$PANE" Enter
}

# The interesting terminal flags as `stty -a` prints them in the pane, one per line; $1 is
# a new file for its output (this runs in a subshell, so it cannot count for itself).
n=0
stty_flags() {
    local out=$1
    type_line "stty -a > '$out' 2>&1"
    wait_until test -s "$out" || return 1
    wait_until at_prompt
    tr -s ' ;\t' '\n' <"$out" | grep -Ex -- '-?(icanon|echo|isig|iexten|icrnl|ixon|opost|onlcr)' | sort
}

# Starts medpath in the pane and waits for its full screen; sets $pid.
start() {
    T send-keys -t "$PANE" -l "clear; '$BIN' --db '$DB'"
    T send-keys -t "$PANE" Enter
    if ! wait_until shows "7 Counselor"; then
        fail "$1: the full screen did not open"
        screen
        pid=
        return 1
    fi
    pid=$(pgrep -P "$(fmt '#{pane_pid}')" -x "$NAME" | head -n 1)
    [ -n "$pid" ] || {
        fail "$1: no medpath process found"
        return 1
    }
}

# The pane is a normal shell again.
check_terminal() {
    local label=$1 flags
    [ "$(fmt '#{alternate_on}')" = 0 ]
    check $? "$label: alternate screen left"
    for f in mouse_any_flag mouse_sgr_flag; do
        local v
        v=$(fmt "#{$f}")
        if [ -n "$v" ]; then
            [ "$v" = 0 ]
            check $? "$label: mouse reporting off ($f=$v)"
        fi
    done
    [ "$(fmt '#{cursor_flag}')" = 1 ]
    check $? "$label: cursor visible"
    n=$((n + 1))
    flags=$(stty_flags "$work/stty.$n")
    printf '%s\n' "$flags" | grep -qx icanon && printf '%s\n' "$flags" | grep -qx echo
    check $? "$label: stty shows icanon and echo" "$(echo $flags)"
    [ "$flags" = "$baseline" ]
    check $? "$label: terminal flags as before medpath ran" "$(echo $flags) (before: $(echo $baseline))"
}

# Before each fault: if the last one failed, start over with a fresh shell in a fresh pane
# (whatever it left running is killed), so one failure does not spoil the next checks.
seen_failures=0
fresh_pane() {
    [ "$failures" -eq "$seen_failures" ] && return 0
    seen_failures=$failures
    [ -n "${pid:-}" ] && kill -KILL "$pid" 2>/dev/null
    T respawn-pane -k -t "$PANE"
    wait_until at_prompt || echo "(the fresh pane shows no prompt)"
}

# Waits for the program to end and for the prompt.
ended() {
    local label=$1
    wait_until gone "$pid"
    check $? "$label: medpath ended"
    wait_until at_prompt
    check $? "$label: shell prompt back" "$(screen | grep -v '^ *$' | tail -n 2)"
}

# ---------------------------------------------------------------------------------------
T new-session -d -s faults -x 80 -y 24 \
    "env HOME='$work' XDG_DATA_HOME='$work/data' XDG_CONFIG_HOME='$work/config' \
     PS1='$PROMPT' PROMPT_COMMAND= HISTFILE=/dev/null bash --norc --noprofile" || {
    fail "could not start tmux"
    exit 1
}
T set -g remain-on-exit off >/dev/null 2>&1
if ! wait_until at_prompt; then
    fail "the shell in the tmux pane did not start"
    screen
    exit 1
fi
echo "terminal faults: $BIN in tmux $(tmux -V | cut -d' ' -f2), 80x24, database $DB"
baseline=$(stty_flags "$work/stty.0")
[ -n "$baseline" ]
check $? "stty -a readable in the pane" "$baseline"

# (a) Ctrl-C, from Explore.
if start "ctrl-c"; then
    T send-keys -t "$PANE" 4
    wait_until shows "Careers ("
    check $? "ctrl-c: Explore opened"
    T send-keys -t "$PANE" C-c
    ended "ctrl-c"
    check_terminal "ctrl-c"
fi

fresh_pane
# (b) SIGTERM.
if start "sigterm"; then
    kill -TERM "$pid"
    ended "sigterm"
    check_terminal "sigterm"
fi

fresh_pane
# (c) SIGHUP: the program restores the terminal it still has, and ends within a second
# even if it cannot.
if start "sighup"; then
    kill -HUP "$pid"
    ended "sighup"
    check_terminal "sighup"
fi

# The exit code the shell saw for the last command: 128 + the signal's number.
exit_code_is() {
    local label=$1 want=$2 out=$work/rc.$1
    type_line "echo \$? > '$out'"
    wait_until test -s "$out"
    [ "$(cat "$out" 2>/dev/null)" = "$want" ]
    check $? "$label: exit code $want" "got $(cat "$out" 2>/dev/null)"
    wait_until at_prompt
}

# (c2) Every other signal that ends a program: the terminal is restored first, and the exit
# code is 128 + the signal's number.
for sig in INT QUIT TERM USR1 USR2; do
    fresh_pane
    if start "sig$sig"; then
        T send-keys -t "$PANE" 4
        wait_until shows "Careers ("
        kill -"$sig" "$pid"
        ended "sig$sig"
        exit_code_is "sig$sig" $((128 + $(kill -l "$sig")))
        check_terminal "sig$sig"
    fi
done

fresh_pane
# (c3) SIGALRM with no SIGHUP before it is ignored: the program goes on.
if start "sigalrm"; then
    kill -ALRM "$pid"
    sleep 1.5
    ! gone "$pid" && shows "7 Counselor"
    check $? "sigalrm: the program goes on"
    T send-keys -t "$PANE" 4
    wait_until shows "Careers ("
    check $? "sigalrm: keys still work"
    kill -TERM "$pid"
    ended "sigalrm, then sigterm"
    check_terminal "sigalrm, then sigterm"
fi

fresh_pane
# (d) Ctrl-Z while typing a search, then fg.
if start "ctrl-z"; then
    T send-keys -t "$PANE" 4
    wait_until shows "Careers ("
    T send-keys -t "$PANE" /
    T send-keys -t "$PANE" -l kids
    wait_until shows "kids"
    check $? "ctrl-z: a search typed in Explore"
    T send-keys -t "$PANE" C-z
    wait_until is_stopped "$pid"
    check $? "ctrl-z: the job is stopped" "state $(ps -o stat= -p "$pid")"
    wait_until shows "Stopped"
    check $? "ctrl-z: the shell reports it stopped"
    wait_until at_prompt
    check $? "ctrl-z: shell prompt back" "$(screen | tail -n 3)"
    check_terminal "ctrl-z (stopped)"
    type_line "clear; fg"
    wait_until shows "7 Counselor"
    check $? "fg: the full screen is back"
    [ "$(fmt '#{alternate_on}')" = 1 ]
    check $? "fg: on the alternate screen again"
    v=$(fmt '#{mouse_any_flag}')
    [ -z "$v" ] || [ "$v" = 1 ]
    check $? "fg: mouse reporting on again"
    # Everything redrawn, not only what changed: (nearly) every row has something on it.
    wait_until sh -c "[ \$(tmux -L '$SOCK' capture-pane -p -t '$PANE' | grep -c -v '^ *\$') -ge 22 ]"
    check $? "fg: the whole screen redrawn" "$(screen | grep -c -v '^ *$') rows with text"
    shows "Careers (" && shows "kids" && shows_not "kidsz" && shows_not "$PROMPT"
    check $? "fg: still in Explore with the search, and no z typed" "$(screen | head -n 4)"
    T send-keys -t "$PANE" -l "ney"
    wait_until shows "kidney"
    check $? "fg: typing goes on where it stopped"
    T send-keys -t "$PANE" C-c
    ended "ctrl-z, fg, ctrl-c"
    check_terminal "ctrl-z, fg, ctrl-c"
fi

fresh_pane
# (e) Resizing: bigger, too small, back.
if start "resize"; then
    T send-keys -t "$PANE" 4
    wait_until shows "Careers ("
    T send-keys -t "$PANE" /
    T send-keys -t "$PANE" -l heart
    wait_until shows "heart"
    T resize-window -t faults -x 132 -y 43
    wait_until sh -c "tmux -L '$SOCK' capture-pane -p -t '$PANE' | grep -q '^ 1 Home.*7 Counselor' && [ \$(tmux -L '$SOCK' capture-pane -p -t '$PANE' | wc -l) -eq 43 ]"
    check $? "resize: drawn again at 132x43"
    T resize-window -t faults -x 40 -y 10
    wait_until shows "too small"
    check $? "resize: 40x10 says the window is too small"
    T resize-window -t faults -x 80 -y 24
    wait_until shows "7 Counselor"
    shows "Careers (" && shows "heart" && shows_not "too small"
    check $? "resize: back at 80x24 with the search kept" "$(screen | head -n 4)"
    T send-keys -t "$PANE" C-c
    ended "resize"
    check_terminal "resize"
fi

fresh_pane
# (f) TERM=dumb with a real terminal, and (g) output into a pipe: run in their own windows
# whose raw output is logged (pipe-pane) from before the program starts.
plain() {
    local label=$1 cmd=$2 log=$work/$1.log go=$work/$1.go rc=$work/$1.rc
    T new-window -d -t faults -n "$label" \
        "while [ ! -e '$go' ]; do sleep 0.05; done; $cmd; echo \$? > '$rc'.tmp; mv '$rc'.tmp '$rc'; sleep 30"
    T pipe-pane -t "faults:$label" -o "cat >> '$log'"
    touch "$go"
    wait_until test -e "$rc"
    check $? "$label: medpath returned"
    sleep 0.2
    T pipe-pane -t "faults:$label"
    local out
    out=$(cat "$log" "$work/$label.err" "$work/$label.out" 2>/dev/null)
    [ "$(cat "$rc" 2>/dev/null)" = 2 ]
    check $? "$label: exit code 2" "got $(cat "$rc" 2>/dev/null)"
    printf '%s' "$out" | grep -q "interactive terminal" && printf '%s' "$out" | grep -q "medpath careers"
    check $? "$label: plain message pointing at the command-line modes" "$out"
    ! cat "$log" "$work/$label.err" "$work/$label.out" 2>/dev/null | LC_ALL=C grep -q "$(printf '\033')"
    check $? "$label: no escape codes" "$(cat "$log" "$work/$label.err" "$work/$label.out" 2>/dev/null | cat -v | head -c 300)"
    T kill-window -t "faults:$label"
}
plain term-dumb "TERM=dumb '$BIN' --db '$DB' 2>'$work/term-dumb.err'"
plain pipe "{ '$BIN' --db '$DB' 2>'$work/pipe.err'; echo \$? > '$work/pipe.status'; } | cat > '$work/pipe.out'; (exit \$(cat '$work/pipe.status'))"
# And with no terminal at all.
out=$("$BIN" --db "$DB" </dev/null 2>&1 | cat)
printf '%s' "$out" | grep -q "interactive terminal" && ! printf '%s' "$out" | LC_ALL=C grep -q "$(printf '\033')"
check $? "no terminal at all: plain message, no escape codes" "$(printf '%s' "$out" | cat -v)"

echo "terminal faults: $((checks - failures)) of $checks checks passed"
[ "$failures" -eq 0 ]
