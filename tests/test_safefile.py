"""Safe writing and guarded reading (app.safefile): the real file behind a link is
replaced, a device or a read FIFO is written as it is, nothing special is turned into a
regular file, permissions are kept, and temporaries of a dead process are cleared."""
import os
import select
import shutil
import stat
import subprocess
import sys
import threading

import pytest

from app.model import Scenario
from app.safefile import (
    TEMPORARY_PREFIX,
    FileWriteError,
    atomic_path,
    remove_stale_temporaries,
    write_text_atomically,
)


def dead_pid() -> int:
    """The pid of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_symlink_is_followed_and_stays_a_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    Scenario(dose_mg=50).save(link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert Scenario.load(real).dose_mg == 50
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_a_symlink_into_another_folder_writes_there(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    link = tmp_path / "a" / "out.csv"
    link.symlink_to(tmp_path / "b" / "out.csv")  # dangling: the file does not exist yet
    write_text_atomically(link, "t_h\n")
    assert (tmp_path / "b" / "out.csv").read_text() == "t_h\n" and link.is_symlink()


@pytest.fixture
def null_device(tmp_path):
    """A character device to write to: our own null device (root), else /dev/null, which
    a non-root process could never replace anyway."""
    if os.geteuid() != 0:
        return "/dev/null"
    path = tmp_path / "null"
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return str(path)


def test_a_device_is_written_directly_not_replaced(null_device):
    write_text_atomically(null_device, "x" * 1000)
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


def test_simulate_into_a_device_keeps_the_device(null_device):
    from app.cli import main
    assert main(["simulate", "--horizon", "2h", "--csv", null_device]) == 0
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


def test_a_fifo_with_a_reader_receives_the_text(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = fifo_reader(fifo, received)
    write_text_atomically(fifo, "through the pipe")
    reader.join()
    assert received == [b"through the pipe"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def fifo_reader(fifo, received: list) -> threading.Thread:
    """A reader on ``fifo``, already open when this returns, collecting everything
    written into ``received`` until the writers close. (Linux reports no hang-up on a
    FIFO before a first writer has connected, so select waits for the writer.)"""
    descriptor = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)

    def read():
        chunks = []
        while True:
            select.select([descriptor], [], [])
            try:
                chunk = os.read(descriptor, 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                break
            chunks.append(chunk)
        os.close(descriptor)
        received.append(b"".join(chunks))

    thread = threading.Thread(target=read)
    thread.start()
    return thread


def test_a_fifo_nobody_reads_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileWriteError) as caught:
        write_text_atomically(fifo, "x")
    assert "named pipe (FIFO) that nothing reads from" in caught.value.strerror
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_folder_at_the_target_is_refused(tmp_path):
    with pytest.raises(FileWriteError, match="it is a folder"):
        write_text_atomically(tmp_path, "x")


def test_a_read_only_file_is_refused_and_kept(tmp_path):
    path = tmp_path / "kept.csv"
    path.write_text("mine")
    path.chmod(0o444)
    with pytest.raises(FileWriteError) as caught:
        write_text_atomically(path, "new")
    assert caught.value.strerror == "the file is read-only"
    assert path.read_text() == "mine" and os.listdir(tmp_path) == ["kept.csv"]


def test_the_cli_says_a_read_only_file_is_read_only(tmp_path, capsys):
    from app.cli import main
    path = tmp_path / "kept.csv"
    path.write_text("mine")
    path.chmod(0o444)
    assert main(["simulate", "--horizon", "2h", "--csv", str(path)]) == 2
    assert "the file is read-only" in capsys.readouterr().err


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_an_overwritten_file_keeps_its_permissions(tmp_path, mode):
    path = tmp_path / "private.json"
    path.write_text("{}")
    path.chmod(mode)
    Scenario(dose_mg=20).save(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == mode
    assert Scenario.load(path).dose_mg == 20


def test_an_immutable_file_is_reported_as_one_that_cannot_be_replaced(tmp_path):
    path = tmp_path / "locked.json"
    path.write_text("{}")
    if not shutil.which("chattr") or os.geteuid() != 0 or subprocess.run(
            ["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("needs root and a file system with the immutable attribute")
    try:
        with pytest.raises(FileWriteError) as caught:
            Scenario().save(path)
        assert "cannot be replaced" in caught.value.strerror
        assert path.read_text() == "{}" and os.listdir(tmp_path) == ["locked.json"]
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_failed_write_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError):
        with atomic_path(tmp_path / "out.txt") as temporary:
            temporary.write_text("half")
            raise RuntimeError("stop")
    assert os.listdir(tmp_path) == []


def test_temporaries_are_named_recognisably(tmp_path):
    with atomic_path(tmp_path / "out.txt") as temporary:
        assert temporary.name.startswith(f"{TEMPORARY_PREFIX}{os.getpid()}-")
        assert temporary.parent == tmp_path


def test_a_dead_process_s_temporaries_are_cleared_by_the_next_write(tmp_path):
    stale_file = tmp_path / f"{TEMPORARY_PREFIX}{dead_pid()}-abc-clip.mp4"
    stale_file.write_bytes(b"half a video")
    stale_folder = tmp_path / f"{TEMPORARY_PREFIX}{dead_pid()}-clips"
    stale_folder.mkdir()
    (stale_folder / "scene.mp4").write_bytes(b"x")
    live = tmp_path / f"{TEMPORARY_PREFIX}{os.getppid()}-abc-other.mp4"  # a live export's
    live.write_bytes(b"in progress")
    mine = tmp_path / "notes.txt"
    mine.write_text("not ours")
    write_text_atomically(tmp_path / "out.csv", "t_h\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, "notes.txt",
                                                                 "out.csv"])


def test_removing_stale_temporaries_in_a_missing_folder_does_nothing(tmp_path):
    assert remove_stale_temporaries(tmp_path / "missing") == []
