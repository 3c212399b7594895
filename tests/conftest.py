"""Test configuration: Qt runs headless (offscreen) in every test, set before Qt loads."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
