//! Privacy guarantees: no networking code in the build, no socket opened in a full session,
//! owner-only files, and the safer journal on a network file system.

mod common;

use std::path::Path;
use std::process::Command;

use common::medpath;

/// Crates that talk to a network (HTTP clients and servers, TLS, async runtimes with
/// sockets, DNS, raw sockets). None may be in the build, not even as a test dependency.
const NETWORKING: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "h2",
    "h3",
    "quinn",
    "http",
    "tokio",
    "async-std",
    "smol",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
    "socket2",
    "tungstenite",
    "tokio-tungstenite",
    "websocket",
    "trust-dns-resolver",
    "hickory-resolver",
    "pnet",
    "sentry",
    "opentelemetry",
];

/// Whether a tool is there; in CI (`MEDPATH_REQUIRE_TOOLS=1`) its absence is a failure.
fn have(tool: &str) -> bool {
    let ok = Command::new(tool)
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("MEDPATH_REQUIRE_TOOLS").is_none(),
            "{tool} is required here (MEDPATH_REQUIRE_TOOLS is set) but is not installed"
        );
        eprintln!("skipped: {tool} is not installed");
    }
    ok
}

#[test]
fn no_networking_crate_in_the_dependency_tree() {
    // Everything in the lock file: normal, build and dev dependencies, every platform.
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let locked: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert!(
        locked.contains(&"rusqlite") && locked.len() > 50,
        "{locked:?}"
    );
    let bad: Vec<&&str> = locked.iter().filter(|n| NETWORKING.contains(n)).collect();
    assert!(bad.is_empty(), "networking crates in Cargo.lock: {bad:?}");

    // And what `cargo tree` resolves for the program itself.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal,build",
            "--prefix",
            "none",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = tree.lines().filter_map(|l| l.split(' ').next()).collect();
    assert!(names.contains(&"ratatui"), "{tree}");
    let bad: Vec<&&str> = names.iter().filter(|n| NETWORKING.contains(n)).collect();
    assert!(bad.is_empty(), "networking crates in cargo tree: {bad:?}");
}

/// The network system calls a command made, from `strace -e trace=network`.
fn network_calls(args: &[&str], db: &Path, stdin: Option<&str>) -> Vec<String> {
    let trace = db.with_file_name(format!("trace-{}.txt", args.join("-").replace('/', "_")));
    let mut cmd = Command::new("strace");
    cmd.args(["-f", "-qq", "-e", "trace=network", "-o"])
        .arg(&trace)
        .arg(env!("CARGO_BIN_EXE_medpath"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("MEDPATH_DB")
        .env("NO_COLOR", "1")
        .current_dir(db.parent().unwrap());
    let out = match stdin {
        None => cmd.output().unwrap(),
        Some(text) => {
            use std::io::Write;
            let mut child = cmd
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
            child.wait_with_output().unwrap()
        }
    };
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&trace)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("+++ exited") && !l.contains("--- SIG"))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_full_command_line_session_opens_no_socket() {
    if !have("strace") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    {
        let mut s = medpath::store::Store::open(&db).unwrap();
        s.set_up_counselor("quiet heron lantern morning 42", 1_795_000_000)
            .unwrap();
    }
    let template = medpath(&db)
        .args(["assess", "--template"])
        .output()
        .unwrap();
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        String::from_utf8(template.stdout)
            .unwrap()
            .replace("\"skip\"", "4"),
    )
    .unwrap();
    let a = answers.to_str().unwrap();
    let export = dir.path().join("maya.json");
    let e = export.to_str().unwrap();
    let report = dir.path().join("maya.html");
    let r = report.to_str().unwrap();
    let session: Vec<(Vec<&str>, Option<&str>)> = vec![
        (vec!["paths", "--json"], None),
        (vec!["careers", "list", "--json"], None),
        (vec!["careers", "show", "pediatrician"], None),
        (vec!["careers", "search", "heart"], None),
        (vec!["students", "add", "Maya", "--grade", "10"], None),
        (
            vec!["assess", "--student", "Maya", "--answers", a, "--json"],
            None,
        ),
        (vec!["matches", "--student", "Maya", "--json"], None),
        (vec!["interview", "list", "--student", "Maya"], None),
        (
            vec!["report", "--student", "Maya", "--format", "html", "-o", r],
            None,
        ),
        (vec!["export", "--student", "Maya", "-o", e], None),
        (vec!["students", "rename", "Maya", "Maya R"], None),
        (vec!["import", e, "--json"], None),
        (
            vec!["roster", "--format", "json"],
            Some("quiet heron lantern morning 42\n"),
        ),
        (vec!["students", "remove", "Maya", "--yes"], None),
        (vec!["doctor", "--no-backup"], None),
    ];
    for (args, stdin) in &session {
        let calls = network_calls(args, &db, *stdin);
        assert!(calls.is_empty(), "{args:?} made network calls: {calls:?}");
    }
}

/// The full-screen program, started in a pseudo-terminal and quit: its only "network" calls
/// are two socketpair(AF_UNIX) pipes inside the process that the terminal library uses to
/// wake itself on a signal; nothing leaves the process.
#[test]
fn the_full_screen_program_opens_no_network_socket() {
    if !have("strace") || !have("script") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana", "--grade", "9"])
        .assert()
        .success();
    let trace = dir.path().join("tui.txt");
    let inner = format!(
        "strace -f -qq -e trace=network -o {} {} --db {}",
        trace.display(),
        env!("CARGO_BIN_EXE_medpath"),
        db.display()
    );
    let mut child = Command::new("script")
        .args(["-qec", &inner, "/dev/null"])
        .env("TERM", "xterm-256color")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        // Tab through every area and quit.
        stdin.write_all(b"\t\t\t\t\t\t\t").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(800));
        stdin.write_all(b"\x03").unwrap();
    }
    assert!(child.wait().unwrap().success());
    let text = std::fs::read_to_string(&trace).unwrap();
    let calls: Vec<&str> = text
        .lines()
        .filter(|l| !l.contains("+++ exited") && !l.contains("--- SIG"))
        .collect();
    assert!(
        !calls.is_empty(),
        "the program did not run under strace: {text}"
    );
    // Allowed: making the in-process pair, and reading and writing on it (no address).
    // Never: socket(), connect(), bind(), listen(), accept(), or an Internet address.
    for c in &calls {
        // "PID call(args) = r", or "PID <... call resumed> …" for one strace split in two.
        let call = c.split_once(' ').map_or("", |(_, rest)| rest.trim_start());
        let name = match call.strip_prefix("<... ") {
            Some(rest) => rest.split(' ').next().unwrap_or(""),
            None => call.split('(').next().unwrap_or(""),
        };
        let local = match name {
            "socketpair" => call.starts_with("socketpair(AF_UNIX"),
            "recvfrom" | "sendto" | "recvmsg" | "sendmsg" | "shutdown" => true,
            _ => false,
        };
        assert!(local && !c.contains("AF_INET"), "network call: {c}");
    }
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn the_database_and_its_log_are_owner_only() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("medpath");
    let db = dir.join("m.db");
    let mut s = medpath::store::Store::open(&db).unwrap();
    s.add_student(
        &medpath::domain::NewStudent::parse("Ana", "9").unwrap(),
        1_795_000_000,
    )
    .unwrap();
    // While it is open, the write-ahead log and its index sit beside it.
    for suffix in ["", "-wal", "-shm"] {
        let p = dir.join(format!("m.db{suffix}"));
        assert!(p.exists(), "{}", p.display());
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    // The folder medpath made for it is its owner's only too.
    assert_eq!(mode(&dir), 0o700);
}

/// The journal mode kept in the file's header: 1 rollback, 2 WAL.
fn journal_in_header(db: &Path) -> u8 {
    std::fs::read(db).unwrap()[18]
}

#[test]
fn a_network_file_system_gets_the_rollback_journal_and_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana", "--grade", "9"])
        .assert()
        .success();
    assert_eq!(journal_in_header(&db), 2, "WAL on a local disk");

    let out = medpath(&db)
        .env("MEDPATH_NETWORK_FS", "1")
        .args(["students", "add", "Ben", "--grade", "10"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("network file system"), "{err}");
    assert!(err.contains("one copy of medpath open"), "{err}");
    assert_eq!(
        journal_in_header(&db),
        1,
        "rollback journal on a network file system"
    );
    assert!(!dir.path().join("m.db-wal").exists());

    // Back on a local disk, WAL again, and nothing was lost on the way.
    let out = medpath(&db)
        .args(["students", "list", "--json"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["count"], 2);
    assert_eq!(journal_in_header(&db), 2);
}
