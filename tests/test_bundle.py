"""The desktop bundle (``python3 -m tools.bundle``): built by PyInstaller into one folder,
it runs with no Python on PATH, in both languages, and adds itself to a desktop's menu."""
import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.scenes.helpers import pixels
from tools import bundle

pytestmark = pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                                reason="PyInstaller is not installed (the test extras have it)")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return bundle.build(tmp_path_factory.mktemp("dist"), tmp_path_factory.mktemp("work"))


@pytest.fixture(scope="module")
def tried(built, tmp_path_factory) -> Path:
    scratch = tmp_path_factory.mktemp("tried")
    bundle.try_bundle(built, scratch)
    return scratch


def frame(path: Path) -> np.ndarray:
    image = QImage(str(path))
    assert not image.isNull(), path
    return pixels(image)


def test_the_bundle_simulates_and_opens_its_window_without_python(tried):
    assert (tried / "run.csv").read_text().startswith("t_h,")
    assert not QImage(str(tried / "window.png")).isNull()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the checkout's font stack")
def test_the_bundles_chinese_frame_is_the_checkouts(tried, tmp_path):
    ours = tmp_path / "checkout.png"
    subprocess.run([sys.executable, ROOT / "main.py", "export", "--scene", "glutamate-burst",
                    "--time", "30min", "--lang", "zh_CN", "--size", "960x540", "--out", ours],
                   cwd=ROOT, check=True, timeout=300, capture_output=True,
                   env=bundle.clean_environment(tmp_path) | {"PATH": "/usr/bin:/bin"})
    assert np.array_equal(frame(tried / "frame-zh_CN.png"), frame(ours))
    assert not np.array_equal(frame(tried / "frame-zh_CN.png"), frame(tried / "frame-en.png"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop menus are Linux")
def test_the_desktop_entry_points_at_the_bundle_wherever_it_is(built, tmp_path):
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                   "XDG_DATA_HOME": str(tmp_path / "share")}
    subprocess.run(["sh", built / "install-desktop-entry.sh"], check=True, env=environment,
                   capture_output=True)
    entry = (tmp_path / "share" / "applications" / "ketamine-cascade.desktop").read_text()
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    program = fields["Exec"].split('"')[1]
    assert Path(program) == built / "ketamine-cascade" and Path(program).is_file()
    assert Path(fields["Icon"]).is_file() and fields["Name[zh_CN]"]
    subprocess.run(["sh", built / "install-desktop-entry.sh", "--remove"], check=True,
                   env=environment, capture_output=True)
    assert not (tmp_path / "share" / "applications" / "ketamine-cascade.desktop").exists()
