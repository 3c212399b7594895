"""The HTML player's page: markup, style and script around the data :mod:`app.export.html`
gathers. One file, nothing fetched: the pictures are ``data:`` URLs in a JSON block, and a
Content-Security-Policy forbids the browser to load anything else (no network, no
external scripts, styles or fonts), so the page works offline and from any course site.
"""
from __future__ import annotations

import html
import json

from app.scenes.theme import THEMES

# Only inline style and script, and pictures from data: URLs; nothing else may load.
CONTENT_SECURITY_POLICY = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                           "script-src 'unsafe-inline'")
HTML_LANG = {"en": "en", "zh_CN": "zh-CN"}


def player_page(player: dict, fields: dict[str, str], lang: str, theme: str) -> str:
    """The whole page: ``player`` (languages, scenes, images, text) as JSON for the script,
    ``fields`` (provenance) as meta tags, opening in ``lang`` with ``theme``'s colours."""
    text = player["text"][lang]
    metas = "\n".join(f'<meta name="ketamine-cascade:{html.escape(key.lower())}" '
                      f'content="{html.escape(value)}">' for key, value in fields.items())
    look = THEMES[theme]
    colours = (f"--bg:{look.background_bottom};--panel:{look.panel};--ink:{look.ink};"
               f"--muted:{look.muted}")
    return PAGE.format(
        lang=HTML_LANG[lang], csp=CONTENT_SECURITY_POLICY, metas=metas,
        generator=html.escape(fields["Software"]), title=html.escape(text["title"]),
        colours=colours, style=STYLE, data=script_json(player), script=SCRIPT)


def script_json(value) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element: no ``<`` at all, so
    neither ``</script>`` nor ``<!--`` in a caption or a title can end or bend the block."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{generator}">
{metas}
<title>{title}</title>
<style>:root{{{colours}}}{style}</style>
</head>
<body>
<header>
<h1 id="title">{title}</h1>
<button type="button" id="language" hidden></button>
</header>
<nav id="scenes" aria-label="scenes"></nav>
<main>
<figure>
<img id="frame" alt="">
<figcaption>
<div id="where"><strong id="scene-title"></strong> <span id="clock"></span></div>
<div id="beat"></div>
<p id="caption" aria-live="polite"></p>
</figcaption>
</figure>
<div id="controls">
<button type="button" id="previous-beat"><svg viewBox="0 0 16 16" aria-hidden="true">
<path d="M3 2h2v12H3zM14 2v12L6 8z"/></svg></button>
<button type="button" id="play"><svg viewBox="0 0 16 16" aria-hidden="true">
<path id="play-icon" d=""/></svg></button>
<button type="button" id="next-beat"><svg viewBox="0 0 16 16" aria-hidden="true">
<path d="M11 2h2v12h-2zM2 2v12l8-6z"/></svg></button>
<div id="track">
<input type="range" id="slider" min="0" max="1000" step="1" value="0">
<div id="markers"></div>
</div>
</div>
<p id="keys"></p>
<details id="about"><summary></summary><ul id="provenance"></ul><code id="scenario"></code>
</details>
</main>
<script type="application/json" id="player-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

STYLE = """
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
 font:16px/1.45 system-ui,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
header{display:flex;align-items:center;gap:1em;padding:.6em 1em}
h1{font-size:1.25em;margin:0;flex:1}
nav{display:flex;flex-wrap:wrap;gap:.4em;padding:0 1em}
button{font:inherit;color:var(--ink);background:var(--panel);border:1px solid var(--muted);
 border-radius:.4em;padding:.3em .7em;cursor:pointer}
button svg{width:1em;height:1em;fill:currentColor;vertical-align:-.12em}
button[aria-current="true"]{outline:2px solid var(--ink);font-weight:bold}
button:focus-visible,input:focus-visible{outline:3px solid #56B4E9;outline-offset:2px}
main{max-width:1280px;margin:0 auto;padding:.6em 1em 2em}
figure{margin:0}
#frame{display:block;margin:0 auto;height:auto;aspect-ratio:16/9;background:var(--panel);
 width:max(min(100%,20em),min(100%,calc((100vh - 19em)*16/9)))}
figcaption{min-height:7.5em;padding:.5em 0}
#clock,#beat{color:var(--muted)}
#caption{margin:.3em 0 0;font-size:1.1em}
#controls{display:flex;align-items:center;gap:.5em}
#track{position:relative;flex:1;height:2.4em}
#slider{position:absolute;left:0;right:0;top:.35em;width:100%;margin:0}
#markers{position:absolute;left:8px;right:8px;top:1.55em;height:.9em;pointer-events:none}
#markers button{position:absolute;width:.9em;height:.9em;padding:0;margin-left:-.45em;
 border-radius:50%;background:#E69F00;border:1px solid var(--bg);pointer-events:auto}
#markers button[aria-current="true"]{background:var(--ink)}
#keys,#about{color:var(--muted);font-size:.9em}
#scenario{display:block;white-space:pre-wrap;word-break:break-all;font-size:.85em}
"""

SCRIPT = r"""
"use strict";
const P = JSON.parse(document.getElementById("player-data").textContent);
const $ = (id) => document.getElementById(id);
const SPEED = 1 / 12000;  /* a whole scene plays in 12 s */
const PLAY_ICON = "M4 2v12l10-6z", PAUSE_ICON = "M3 2h4v12H3zM9 2h4v12H9z";
const state = {lang: P.languages[0], scene: 0, position: 0, frame: 0, playing: false,
               last: 0};

function label(element, text) {
  element.title = text;
  element.setAttribute("aria-label", text);
}

function scene() { return P.scenes[state.scene]; }
function words() { return P.text[state.lang]; }
function sceneWords() { return scene().text[state.lang]; }

function frameAt(position) {
  const frames = scene().frames;
  let found = 0;
  for (let i = 0; i < frames.length; i++) {
    if (frames[i] <= position + 1e-9) found = i;
  }
  return found;
}

function beatOfFrame(frame) {
  const beats = scene().beats;
  let found = -1;
  for (let i = 0; i < beats.length; i++) {
    if (beats[i] <= frame) found = i;
  }
  return found;
}

function show() {
  const s = scene(), w = sceneWords(), f = state.frame;
  const caption = w.captions[w.caption_of[f]];
  const img = $("frame");
  img.src = P.images[w.images[f]];
  img.alt = words().alt.replace("{scene}", w.title).replace("{clock}", w.clocks[f])
    .replace("{caption}", caption);
  $("scene-title").textContent = s.number + ". " + w.title;
  $("clock").textContent = w.clocks[f];
  const beat = beatOfFrame(f);
  $("beat").textContent = beat < 0 ? words().beat_none : w.beats[beat];
  $("caption").textContent = caption;
  $("slider").value = Math.round(state.position * 1000);
  $("slider").setAttribute("aria-valuetext", w.clocks[f]);
  document.querySelectorAll("#markers button").forEach((b, i) =>
    b.setAttribute("aria-current", String(i === beat)));
  document.querySelectorAll("#scenes button").forEach((b, i) =>
    b.setAttribute("aria-current", String(i === state.scene)));
  $("play-icon").setAttribute("d", state.playing ? PAUSE_ICON : PLAY_ICON);
  label($("play"), state.playing ? words().pause : words().play);
}

function goTo(position) {
  state.position = Math.min(1, Math.max(0, position));
  state.frame = frameAt(state.position);
  show();
}

function goToFrame(sceneIndex, frame) {
  state.scene = sceneIndex;
  state.frame = frame;
  state.position = scene().frames[frame];
  buildMarkers();
  show();
}

function openScene(index) {
  if (index < 0 || index >= P.scenes.length) return;
  const beats = P.scenes[index].beats;
  goToFrame(index, beats.length ? beats[0] : 0);
}

function stepBeat(direction) {
  const beats = scene().beats, f = state.frame;
  const next = direction > 0 ? beats.find((b) => b > f)
                             : [...beats].reverse().find((b) => b < f);
  if (next !== undefined) return goToFrame(state.scene, next);
  const other = state.scene + direction;
  if (other < 0 || other >= P.scenes.length) return;
  const otherBeats = P.scenes[other].beats;
  const last = P.scenes[other].frames.length - 1;
  goToFrame(other, direction > 0 ? (otherBeats[0] ?? 0) : (otherBeats.at(-1) ?? last));
}

function stepFrame(direction) {
  const last = scene().frames.length - 1;
  goToFrame(state.scene, Math.min(last, Math.max(0, state.frame + direction)));
}

function tick(now) {
  if (!state.playing) return;
  const elapsed = Math.min(250, now - state.last);
  state.last = now;
  goTo(state.position + elapsed * SPEED);
  if (state.position >= 1) { state.playing = false; show(); return; }
  requestAnimationFrame(tick);
}

function togglePlay() {
  state.playing = !state.playing;
  if (state.playing) {
    if (state.position >= 1) goTo(0);
    state.last = performance.now();
    requestAnimationFrame(tick);
  }
  show();
}

function buildMarkers() {
  const box = $("markers"), s = scene(), w = sceneWords();
  box.replaceChildren();
  s.beats.forEach((frame, i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.style.left = (s.frames[frame] * 100) + "%";
    label(b, w.beats[i] + " (" + w.clocks[frame] + ")");
    b.addEventListener("click", () => goToFrame(state.scene, frame));
    box.appendChild(b);
  });
}

function buildPage() {
  const w = words();
  document.documentElement.lang = state.lang === "zh_CN" ? "zh-CN" : "en";
  document.title = w.title;
  $("title").textContent = w.title;
  const nav = $("scenes");
  nav.setAttribute("aria-label", w.scenes);
  nav.replaceChildren();
  P.scenes.forEach((s, i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = s.number + ". " + s.text[state.lang].title;
    b.addEventListener("click", () => openScene(i));
    nav.appendChild(b);
  });
  const other = P.languages.find((l) => l !== state.lang);
  $("language").hidden = other === undefined;
  if (other !== undefined) {
    $("language").textContent = P.text[other].language_name;
    $("language").title = w.switch_language;
    $("language").lang = other === "zh_CN" ? "zh-CN" : "en";
  }
  label($("previous-beat"), w.previous_beat);
  label($("next-beat"), w.next_beat);
  $("slider").setAttribute("aria-label", w.timeline);
  $("keys").textContent = w.keys;
  document.querySelector("#about summary").textContent = w.about;
  $("provenance").replaceChildren(...w.provenance.map((line) => {
    const li = document.createElement("li");
    li.textContent = line;
    return li;
  }));
  $("scenario").textContent = w.scenario_json;
  buildMarkers();
  show();
}

function switchLanguage() {
  const other = P.languages.find((l) => l !== state.lang);
  if (other === undefined) return;
  state.lang = other;
  buildPage();
}

const KEYS = {
  " ": togglePlay, "ArrowLeft": () => stepFrame(-1), "ArrowRight": () => stepFrame(1),
  "ArrowUp": () => stepBeat(-1), "ArrowDown": () => stepBeat(1),
  "PageUp": () => stepBeat(-1), "PageDown": () => stepBeat(1),
  "Home": () => goTo(0), "End": () => goTo(1),
};

document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const action = KEYS[event.key];
  if (action) {
    event.preventDefault();
    action();
  } else if (/^[1-9]$/.test(event.key)) {
    openScene(Number(event.key) - 1);
  }
});
$("slider").addEventListener("input", (e) => goTo(Number(e.target.value) / 1000));
$("play").addEventListener("click", togglePlay);
$("previous-beat").addEventListener("click", () => stepBeat(-1));
$("next-beat").addEventListener("click", () => stepBeat(1));
$("language").addEventListener("click", switchLanguage);
buildPage();
openScene(0);
"""
