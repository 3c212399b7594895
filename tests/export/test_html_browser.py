"""The HTML player in a real browser (headless Chromium through chromedriver): the slider
moves the picture and the caption, keys step frames and beats, the language switch
works, and nothing is fetched from the network."""
import json
import shutil
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from app.export.export import run
from app.export.requests import HtmlRequest
from tests.export.html_player import player_data

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Chromium and chromedriver (Debian: apt-get install chromium chromium-driver; "
           ".ci/run installs them)")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--window-size=1280,1000")


@pytest.fixture(scope="module")
def player(trajectory, tmp_path_factory):
    """A two-scene player, English first, with a switch to Chinese."""
    out = tmp_path_factory.mktemp("html") / "lesson.html"
    run(HtmlRequest(("glutamate-burst", "bdnf-mtor"), out, (320, 180), ("en", "zh_CN")),
        trajectory)
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium with a fresh profile, logging every network event."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(dir=tmp_path_factory.mktemp("chromium"))
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, player):
    """The player freshly opened; returns (driver, the file's data). The network log is
    emptied first, so a test reads what this page asked for."""
    browser.get_log("performance")
    browser.get(player.as_uri())
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "caption").text)
    return browser, player_data(player)


def shown(driver) -> dict:
    """What a student sees: picture, its alt text, clock, beat and caption, the title."""
    image = driver.find_element(By.ID, "frame")
    return {"src": image.get_attribute("src"), "alt": image.get_attribute("alt"),
            "clock": driver.find_element(By.ID, "clock").text,
            "beat": driver.find_element(By.ID, "beat").text,
            "caption": driver.find_element(By.ID, "caption").text,
            "title": driver.find_element(By.ID, "scene-title").text}


def expected(data, scene: int, frame: int, lang: str = "en") -> dict:
    """What the file says frame ``frame`` of scene ``scene`` shows."""
    words = data["scenes"][scene]["text"][lang]
    return {"src": data["images"][words["images"][frame]],
            "caption": words["captions"][words["caption_of"][frame]],
            "clock": words["clocks"][frame]}


def press(driver, key) -> None:
    ActionChains(driver).send_keys(key).perform()


def test_it_opens_at_the_first_beat_with_a_described_picture(page):
    driver, data = page
    now = shown(driver)
    first = data["scenes"][0]["beats"][0]
    assert {k: now[k] for k in ("src", "caption", "clock")} == expected(data, 0, first)
    assert now["beat"] == data["scenes"][0]["text"]["en"]["beats"][0]
    assert now["caption"] in now["alt"] and "glutamate" in now["alt"].lower()


def test_the_slider_moves_the_picture_and_the_caption(page):
    driver, data = page
    before = shown(driver)
    slider = driver.find_element(By.ID, "slider")
    # the offset is from the slider's centre: a click 40 % along its track
    ActionChains(driver).move_to_element_with_offset(slider, -slider.size["width"] // 10, 0) \
        .click().perform()
    after = shown(driver)
    assert after["src"] != before["src"] and after["clock"] != before["clock"]
    assert after["caption"] != before["caption"]
    frame = data["scenes"][0]["text"]["en"]["clocks"].index(after["clock"])
    assert {k: after[k] for k in ("src", "caption", "clock")} == expected(data, 0, frame)


def test_page_down_goes_to_the_next_beat_and_then_the_next_scene(page):
    driver, data = page
    scene = data["scenes"][0]
    for number, frame in enumerate(scene["beats"][1:], start=1):
        press(driver, Keys.PAGE_DOWN)
        assert shown(driver)["beat"] == scene["text"]["en"]["beats"][number]
        assert {k: shown(driver)[k] for k in ("src", "caption", "clock")} == \
            expected(data, 0, frame)
    press(driver, Keys.PAGE_DOWN)
    second = data["scenes"][1]
    assert shown(driver)["title"].endswith(second["text"]["en"]["title"])
    assert shown(driver)["caption"] == expected(data, 1, second["beats"][0])["caption"]
    press(driver, Keys.PAGE_UP)
    assert shown(driver)["beat"] == scene["text"]["en"]["beats"][-1]


def test_arrows_home_and_end_step_through_the_frames(page):
    driver, data = page
    frames = data["scenes"][0]["beats"][0]
    press(driver, Keys.ARROW_RIGHT)
    assert shown(driver)["clock"] == expected(data, 0, frames + 1)["clock"]
    press(driver, Keys.END)
    assert shown(driver)["clock"] == data["scenes"][0]["text"]["en"]["clocks"][-1]
    press(driver, Keys.HOME)
    assert shown(driver)["src"] == expected(data, 0, 0)["src"]


def test_space_plays_and_pauses(page):
    driver, _ = page
    start = shown(driver)["clock"]
    play = driver.find_element(By.ID, "play")
    press(driver, Keys.SPACE)
    assert play.get_attribute("aria-label") == "Pause"
    WebDriverWait(driver, 30).until(lambda d: shown(d)["clock"] != start)
    press(driver, Keys.SPACE)
    assert play.get_attribute("aria-label") == "Play"


def test_the_language_switch_shows_the_chinese_page(page):
    driver, data = page
    press(driver, Keys.PAGE_DOWN)
    english = shown(driver)
    driver.find_element(By.ID, "language").click()
    chinese = shown(driver)
    frame = data["scenes"][0]["beats"][1]
    assert {k: chinese[k] for k in ("src", "caption", "clock")} == \
        expected(data, 0, frame, "zh_CN")
    assert chinese["src"] != english["src"]
    assert chinese["title"].endswith(data["scenes"][0]["text"]["zh_CN"]["title"])
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    assert driver.find_element(By.ID, "language").text == "English"


def test_nothing_is_fetched_from_the_network(page):
    driver, _ = page
    driver.find_element(By.ID, "language").click()
    press(driver, Keys.PAGE_DOWN)
    assert driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)") == []
    requested = [json.loads(entry["message"])["message"]["params"]["request"]["url"]
                 for entry in driver.get_log("performance")
                 if '"Network.requestWillBeSent"' in entry["message"]]
    assert requested and all(url.startswith(("file:", "data:")) for url in requested)
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
