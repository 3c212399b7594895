"""The desktop bundle (``python3 -m tools.bundle``): built by PyInstaller into one folder,
it runs with no Python on PATH, in both languages, and adds itself to a desktop's menu."""
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.golden.test_golden_frames import MAX_CHANGED_FRACTION, changed_fraction
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
    bundled, checkout = QImage(str(tried / "frame-zh_CN.png")), QImage(str(ours))
    # the golden frames' allowance: anti-aliasing may differ, a moved or missing label not
    assert changed_fraction(bundled, checkout) <= MAX_CHANGED_FRACTION, (
        f"{changed_fraction(bundled, checkout):.4f} of the pixels differ")
    assert changed_fraction(bundled, QImage(str(tried / "frame-en.png"))) > 0.01


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
