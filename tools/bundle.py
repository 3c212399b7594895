"""Builds the desktop bundle: one folder holding the app and everything it needs, Python
and Qt included, made by PyInstaller from ``packaging/ketamine-cascade.spec``.

    python3 -m pip install -e ".[bundle]"
    python3 -m tools.bundle              # -> dist/ketamine-cascade/, then tries it

Builds for the system it runs on (Linux here; the same command on Windows or macOS). On
Linux the folder also holds ``install-desktop-entry.sh``, which adds the app to the desktop's
menu. After building, the bundle is tried with nothing on PATH: it lists the scenes,
simulates, exports a frame in English and in Chinese, and opens the window for a
screenshot (off screen).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "ketamine-cascade.spec"
NAME = "ketamine-cascade"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; returns the bundle's folder."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   cwd=ROOT, check=True)
    folder = dist / NAME
    if sys.platform.startswith("linux"):
        shutil.copy(ROOT / "packaging" / f"{NAME}.desktop", folder / f"{NAME}.desktop.in")
        shutil.copy(ROOT / "packaging" / "install-desktop-entry.sh", folder)
    shutil.copy(ROOT / "app" / "assets" / "fonts" / "OFL.txt", folder / "FONT-LICENSE.txt")
    return folder


def executable(folder: Path) -> Path:
    """The bundle's program (the console one on Windows)."""
    if sys.platform == "win32":
        return folder / f"{NAME}-cli.exe"
    return folder / NAME


def clean_environment(home: Path) -> dict[str, str]:
    """No Python on PATH (an empty folder), no Python variables, off-screen Qt."""
    empty = home / "bin"
    empty.mkdir(exist_ok=True)
    return {"PATH": str(empty), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8"}


def try_bundle(folder: Path, scratch: Path) -> list[Path]:
    """Run the checks of the module's docstring; returns the files they wrote."""
    program, environment = executable(folder), clean_environment(scratch)
    commands = [["scenes"], ["simulate", "--csv", str(scratch / "run.csv")]]
    for lang in ("en", "zh_CN"):
        commands.append(["export", "--scene", "glutamate-burst", "--time", "30min",
                         "--lang", lang, "--size", "960x540", "--out",
                         str(scratch / f"frame-{lang}.png")])
    commands.append(["--lang", "zh_CN", "--screenshot", str(scratch / "window.png")])
    for arguments in commands:
        subprocess.run([str(program), *arguments], cwd=scratch, env=environment, check=True,
                       timeout=300, stdout=subprocess.DEVNULL)
    return sorted(scratch.glob("*.*"))


def folder_size(folder: Path) -> int:
    """Bytes of every file in ``folder`` (links to another file in it count nothing)."""
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-try", action="store_true", help="build only")
    args = parser.parse_args(argv)
    folder = build(args.dist, ROOT / "build" / "pyinstaller")
    print(f"{folder}: {folder_size(folder) / 2**20:.0f} MiB")
    if not args.no_try:
        with tempfile.TemporaryDirectory() as scratch:
            made = try_bundle(folder, Path(scratch))
            print("tried: " + ", ".join(path.name for path in made))
    return 0


if __name__ == "__main__":
    sys.exit(main())
