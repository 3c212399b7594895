"""A wheel is the whole app: built from the checkout and installed (not editable) into a
fresh virtual environment, it draws the same Chinese frame as the checkout."""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.scenes.helpers import pixels as image_pixels

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "app" / "assets"
FRAME = ["export", "--scene", "bdnf-mtor", "--time", "45min", "--lang", "zh_CN",
         "--size", "640x360"]


def run(*command, cwd, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True,
                          text=True, timeout=300, **kwargs)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the checkout's sources (the build leaves its files
    beside them)."""
    source = tmp_path_factory.mktemp("source")
    shutil.copytree(ROOT / "app", source / "app",
                    ignore=shutil.ignore_patterns("__pycache__", "*.ts"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
        "--quiet", "-w", out, source, cwd=source)
    return next(out.glob("ketamine_cascade-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; its Python. The dependencies
    (Qt, numpy...) come from this interpreter's site-packages, so nothing is downloaded."""
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", venv, cwd=venv)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--quiet", wheel, cwd=venv)
    return python


def test_the_wheel_holds_every_asset_of_the_checkout(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [path for path in ASSETS.rglob("*") if path.is_file() and path.suffix != ".ts"]
    assert shipped, "no assets found in the checkout"
    for path in shipped:
        assert f"app/assets/{path.relative_to(ASSETS).as_posix()}" in names, path


def test_the_installed_wheel_draws_the_checkouts_chinese_frame(installed, tmp_path):
    where = run(installed, "-c", "import app; print(app.__file__)", cwd=tmp_path).stdout
    assert str(installed.parents[1]) in where  # the wheel's copy, not the checkout's
    environment = {"PATH": f"{installed.parent}:/usr/bin:/bin", "HOME": str(tmp_path),
                   "QT_QPA_PLATFORM": "offscreen"}
    run(installed.parent / "ketamine-cascade", *FRAME, "--out", tmp_path / "wheel.png",
        cwd=tmp_path, env=environment)
    run(sys.executable, ROOT / "main.py", *FRAME, "--out", tmp_path / "checkout.png",
        cwd=ROOT, env={**environment, "PATH": "/usr/bin:/bin"})
    wheel_frame, checkout_frame = (pixels(tmp_path / name) for name in ("wheel.png",
                                                                        "checkout.png"))
    assert np.array_equal(wheel_frame, checkout_frame)
    assert chinese_glyph_pixels(checkout_frame) > 0


def pixels(path: Path) -> np.ndarray:
    image = QImage(str(path))
    assert not image.isNull(), path
    return image_pixels(image)


def chinese_glyph_pixels(frame: np.ndarray) -> int:
    """A crude check that the frame has text at all (its title band is not blank)."""
    band = frame[: frame.shape[0] // 8, :, :3].astype(int)
    return int((np.abs(band - band[0, 0]).max(axis=2) > 60).sum())


def test_the_application_icon_has_every_size_a_desktop_asks_for(qapp):
    from app.ui.icon import application_icon
    icon = application_icon()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    image = icon.pixmap(48, 48).toImage()
    assert image.pixelColor(24, 24).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0
