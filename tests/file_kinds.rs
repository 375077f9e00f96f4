//! Only regular files are read and written (DESIGN.md §9): a FIFO, a device, a file larger than a
//! canvas can be, and the canvas itself as an export's output are refused with a short, clear
//! message; nothing blocks, nothing grows without end, nothing that is not a file is replaced.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Run, Sandbox, shipped};

/// How long a run may take before it counts as blocked.
const PATIENCE: Duration = Duration::from_secs(10);

/// Runs `cvc` in the sandbox with a time limit and a 2 GB memory limit: a run that blocks is
/// killed and fails the test, a run that grows without end fails to allocate.
fn bounded(s: &Sandbox, args: &[&str]) -> Run {
    let (out, err) = (s.path("stdout.txt"), s.path("stderr.txt"));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 2000000; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_cvc"))
        .args(args)
        .current_dir(s.dir.path())
        .env("CVC_DATA_DIR", s.path("data"))
        .env("CVC_CONFIG_DIR", s.path("config"))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > PATIENCE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("cvc {args:?} was still running after {PATIENCE:?}: it blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    Run { code: status.code().unwrap_or(-1), stdout: read(&out), stderr: read(&err) }
}

/// Makes a FIFO with `mkfifo`; false (and a note) where that is not possible.
fn mkfifo(path: &Path) -> bool {
    let made = Command::new("mkfifo").arg(path).status().is_ok_and(|s| s.success());
    if !made {
        eprintln!("note: mkfifo is not available here; the FIFO case was skipped");
    }
    made
}

#[cfg(unix)]
fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).unwrap().file_type().is_fifo()
}

#[test]
fn a_fifo_is_refused_at_once_by_every_command() {
    let s = Sandbox::new();
    std::fs::create_dir(s.path("data")).unwrap();
    if !mkfifo(&s.path("pipe.ron")) || !mkfifo(&s.path("data/pipe.ron")) {
        return;
    }
    std::fs::copy(shipped("acme-2026-11"), s.path("good.ron")).unwrap();
    let said = "pipe.ron: is a FIFO (named pipe), not a canvas file";
    let run = bounded(&s, &["validate", "pipe.ron"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains(said), "{}", run.stdout);
    for args in
        [&["export", "pipe.ron"][..], &["diff", "pipe.ron", "good.ron"], &["diff", "good.ron", "pipe.ron"]]
    {
        let run = bounded(&s, args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
    }
    for args in [&["list"][..], &["list", "."][..]] {
        let run = bounded(&s, args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
    }
    let good = bounded(&s, &["list", "."]);
    assert!(good.stdout.contains("good.ron"), "the regular canvas beside it is listed: {}", good.stdout);
}

#[test]
fn a_device_is_refused_without_being_read() {
    let s = Sandbox::new();
    let run = bounded(&s, &["validate", "/dev/zero"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, "/dev/zero: is a device, not a canvas file: cvc reads only regular files\n");
    let run = bounded(&s, &["export", "/dev/zero"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("/dev/zero: is a device"), "{}", run.stderr);
}

#[test]
fn a_file_larger_than_a_canvas_can_be_is_refused_before_it_is_read() {
    let s = Sandbox::new();
    for (name, mib) in [("big.ron", 65), ("huge.ron", 200)] {
        let file = std::fs::File::create(s.path(name)).unwrap();
        file.set_len(mib * 1024 * 1024).unwrap();
        let run = bounded(&s, &["validate", name]);
        assert_eq!(run.code, 1);
        let said = format!("{name}: is {mib} MiB, larger than a canvas can be (64 MiB): not read\n");
        assert_eq!(run.stdout, said);
    }
}

#[test]
fn a_huge_junk_file_gets_a_message_of_a_line_or_two() {
    let s = Sandbox::new();
    let junk = "x".repeat(4 << 20);
    let shapes = [
        ("word.ron", junk.clone()),
        (
            "enum.ron",
            format!(
                "Canvas(format: 1, stakeholders: [Stakeholder(id: \"S1\", name: \"a\", stance: {junk})])"
            ),
        ),
        ("id.ron", format!("Canvas(format: 1, stakeholders: [Stakeholder(id: \"{junk}\", name: \"a\")])")),
        (
            "from.ron",
            format!(
                "Canvas(format: 1, relationships: [Relationship(id: \"R1\", from: \"{junk}\", to: \"{junk} x\")])"
            ),
        ),
        ("date.ron", format!("Canvas(format: 1, date: \"{}\")", "1 ".repeat(2 << 20))),
    ];
    for (name, text) in shapes {
        s.write(name, text);
        let run = bounded(&s, &["validate", name]);
        assert_eq!(run.code, 1, "{name}");
        assert!(run.stdout.len() < 800, "{name}: a {}-byte message", run.stdout.len());
        assert!(run.stdout.lines().all(|l| l.chars().count() <= 300), "{name}: {}", run.stdout);
        assert!(
            run.stdout.contains("xxx…") || run.stdout.contains("1 1 "),
            "{name}: quotes a little: {}",
            run.stdout
        );
    }
}

#[test]
#[cfg(unix)]
fn export_never_writes_over_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let s = Sandbox::new();
    let made = Command::new("mknod").arg(s.path("null")).args(["c", "1", "3"]).status();
    if !made.is_ok_and(|st| st.success()) {
        eprintln!(
            "note: mknod is not permitted here; the device case was skipped (the FIFO case covers the rule)"
        );
        return;
    }
    let canvas = shipped("acme-2026-11");
    for force in [true, false] {
        let mut args = vec!["export", canvas.to_str().unwrap(), "-o", "null"];
        args.extend(force.then_some("--force"));
        let run = bounded(&s, &args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.contains("null: cannot write here: it is a device, not a regular file"),
            "{}",
            run.stderr
        );
        assert!(std::fs::symlink_metadata(s.path("null")).unwrap().file_type().is_char_device());
    }
}

#[test]
#[cfg(unix)]
fn export_never_writes_over_a_fifo() {
    let s = Sandbox::new();
    if !mkfifo(&s.path("out.md")) {
        return;
    }
    let canvas = shipped("acme-2026-11");
    let run = bounded(&s, &["export", canvas.to_str().unwrap(), "-o", "out.md", "--force"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("out.md: cannot write here: it is a FIFO (named pipe)"), "{}", run.stderr);
    assert!(is_fifo(&s.path("out.md")));
}

#[test]
fn export_refuses_the_canvas_itself_as_its_output() {
    let s = Sandbox::new();
    let original = std::fs::read(shipped("acme-2026-11")).unwrap();
    s.write("plan.ron", &original);
    std::fs::create_dir(s.path("sub")).unwrap();
    std::fs::hard_link(s.path("plan.ron"), s.path("hard.md")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(s.path("plan.ron"), s.path("soft.md")).unwrap();
    for out in ["plan.ron", "./plan.ron", "sub/../plan.ron", "hard.md", "soft.md"] {
        for force in [true, false] {
            let mut args = vec!["export", "plan.ron", "-o", out];
            args.extend(force.then_some("--force"));
            let run = bounded(&s, &args);
            assert_eq!(run.code, 2, "{args:?}");
            let said = format!("{out}: is the canvas being exported; write the export to another file");
            assert!(run.stderr.contains(&said), "{args:?}: {}", run.stderr);
            assert_eq!(std::fs::read(s.path("plan.ron")).unwrap(), original, "{args:?} changed the canvas");
        }
    }
}

#[test]
#[cfg(unix)]
fn export_follows_a_symlink_to_a_regular_file() {
    let s = Sandbox::new();
    s.write("real.md", "old");
    std::os::unix::fs::symlink("real.md", s.path("link.md")).unwrap();
    let canvas = shipped("acme-2026-11");
    let run = bounded(&s, &["export", canvas.to_str().unwrap(), "-o", "link.md", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::read_to_string(s.path("real.md")).unwrap().starts_with("# Acme Field Service"));
    assert!(std::fs::symlink_metadata(s.path("link.md")).unwrap().file_type().is_symlink());
}
