#!/usr/bin/env bash
# Times what issue 21 asks of a keystroke: from the Enter that adds an entry in the quick-add
# line to the new file on disk (renamed into place), in the real binary at 100,000 entries,
# against vim's `:w` of the same file.
#
# cvc runs in an 80×24 pseudo-terminal, on a fresh copy of the canvas each session. After the
# first frame the script waits until cvc is idle (the save worker has worked out every entry's
# text, as it does when a canvas opens), opens the quick-add line on Stakeholders (Tab, a), and
# then, round after round, types a name, waits until cvc is idle again, presses Enter and waits
# for the file to be renamed into place (inotify on the folder: IN_MOVED_TO of the file's own
# name; the backup has another name). The first save of a session also keeps the old file as
# NAME.ron.bak, so it is shown apart from the others. The CPU column is the whole process's
# user + system time from the Enter to the file on disk (the save worker waits 80 ms for more
# changes before it writes: that wait is in the wall time).
#
# vim: `vim -u NONE -N -n -i NONE -es` opens the same file and times only its `:w` with
# `reltime()` (vim's defaults: a write backup made and removed, the file synced), round after
# round on a fresh copy.
#
# Usage: bash benches/keyfile.sh              (builds the release binaries first)
#   N=100000  entries       RUNS=9  saves after the first (the median is taken)
#   SESSIONS=3  sessions, each opening a fresh copy: each gives one first save (their median)
#   CVC_BIN=path/to/cvc    time that binary instead of this tree's release build
# Needs python3 and vim. Measure on a quiet machine; name it beside the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
cargo build --release --locked -q -p cvc-benches --bin cvc-sample
export CVC_BIN="${CVC_BIN:-$PWD/target/release/cvc}" CVC_SAMPLE="$PWD/target/release/cvc-sample"
export N="${N:-100000}" RUNS="${RUNS:-9}" SESSIONS="${SESSIONS:-3}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KEYFILE_DIR="$dir"

python3 - <<'PY'
import ctypes, fcntl, os, pty, select, shutil, signal, statistics, struct, subprocess, termios, time

cvc, sample, d = os.environ["CVC_BIN"], os.environ["CVC_SAMPLE"], os.environ["KEYFILE_DIR"]
n, runs = int(os.environ["N"]), int(os.environ["RUNS"])
env = dict(os.environ, CVC_DATA_DIR=os.path.join(d, "data"), CVC_CONFIG_DIR=os.path.join(d, "config"),
           CVC_TODAY="2026-12-07", NO_COLOR="1")
canvas = os.path.join(d, "canvas", "c.ron")
os.makedirs(os.path.dirname(canvas))
pristine = os.path.join(d, "c.ron")
subprocess.run([sample, "write", str(n), pristine], check=True)
size = os.path.getsize(pristine)
sessions = int(os.environ["SESSIONS"])
rounds = max(runs // sessions, 1) + 1

libc = ctypes.CDLL(None, use_errno=True)
IN_MOVED_TO = 0x80


def watch(folder):
    """An inotify descriptor told of files renamed into `folder`."""
    fd = libc.inotify_init1(0)
    if fd < 0 or libc.inotify_add_watch(fd, folder.encode(), IN_MOVED_TO) < 0:
        raise SystemExit("inotify is not available")
    return fd


def renamed_into_place(fd, name, limit=60):
    """Waits until `name` is renamed into the watched folder."""
    end = time.perf_counter() + limit
    while True:
        left = end - time.perf_counter()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise SystemExit(f"{name} was not saved within {limit} s")
        data, at = os.read(fd, 65536), 0
        while at < len(data):
            _, mask, _, length = struct.unpack_from("iIII", data, at)
            got = data[at + 16:at + 16 + length].split(b"\0", 1)[0].decode()
            at += 16 + length
            if mask & IN_MOVED_TO and got == name:
                return


def cpu(pid):
    """The process's user + system time so far, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle(pid, master):
    """Waits until the process has used no CPU for half a second (its screen drained meanwhile)."""
    last, since = cpu(pid), time.perf_counter()
    while time.perf_counter() - since < 0.5:
        if select.select([master], [], [], 0.05)[0]:
            os.read(master, 65536)
        now = cpu(pid)
        if now != last:
            last, since = now, time.perf_counter()


def send(master, text):
    os.write(master, text.encode())


def session():
    """One session of cvc on a fresh copy of the canvas (no backup beside it): the time and CPU
    from each Enter to the file renamed into place, the first save's first."""
    shutil.copy(pristine, canvas)
    if os.path.exists(canvas + ".bak"):
        os.remove(canvas + ".bak")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    p = subprocess.Popen([cvc, canvas], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    while b"Agenda" not in seen:
        if not select.select([master], [], [], 60)[0]:
            raise SystemExit("cvc drew no first frame in 60 s")
        seen = seen[-16:] + os.read(master, 65536)
    idle(p.pid, master)
    send(master, "\t")
    send(master, "a")
    idle(p.pid, master)
    fd = watch(os.path.dirname(canvas))
    took, cpus = [], []
    for r in range(rounds):
        send(master, f"Field engineers {r}")
        idle(p.pid, master)
        before, start = cpu(p.pid), time.perf_counter()
        send(master, "\r")
        renamed_into_place(fd, os.path.basename(canvas))
        took.append(time.perf_counter() - start)
        cpus.append(cpu(p.pid) - before)
        idle(p.pid, master)
    p.send_signal(signal.SIGKILL)
    p.wait()
    os.close(master)
    os.close(fd)
    with open(canvas) as f:
        if f"Field engineers {rounds - 1}" not in f.read():
            raise SystemExit("the last entry added is not in the file")
    return took, cpus


firsts, first_cpus, took, cpus = [], [], [], []
for _ in range(sessions):
    t, c = session()
    firsts.append(t[0])
    first_cpus.append(c[0])
    took += t[1:]
    cpus += c[1:]

vim_took = []
copy = os.path.join(d, "vim", "c.ron")
os.makedirs(os.path.dirname(copy))
report = os.path.join(d, "vim-took.txt")
for r in range(runs):
    shutil.copy(pristine, copy)
    timed = f'let t = reltime() | w | call writefile([reltimestr(reltime(t))], "{report}", "a") | q'
    subprocess.run(["vim", "-u", "NONE", "-N", "-n", "-i", "NONE", "-es", "-c", timed, copy],
                   stdin=subprocess.DEVNULL, check=True)
with open(report) as f:
    vim_took = [float(line) for line in f if line.strip()]

ms = lambda s: f"{s * 1000:,.0f} ms"
vim = statistics.median(vim_took)
print(f"\nKey to file on disk at {n:,} entries ({size / 1e6:.0f} MB): medians of {len(took)} saves "
      f"and of {sessions} first saves, against {runs} of vim's")
print("| what | wall | CPU | × vim's :w |")
print("|---|---:|---:|---:|")
print(f"| vim `:w` | {ms(vim)} | | 1.00× |")
print(f"| cvc: quick-add Enter → file renamed into place | {ms(statistics.median(took))} | "
      f"{ms(statistics.median(cpus))} | {statistics.median(took) / vim:.2f}× |")
print(f"| cvc: the same, first save of a session (keeps NAME.ron.bak first) | {ms(statistics.median(firsts))} | "
      f"{ms(statistics.median(first_cpus))} | {statistics.median(firsts) / vim:.2f}× |")
PY
