// The participant's page. Every text from the server is set with textContent, never as markup.
"use strict";

(function () {
  const code = location.pathname.split("/")[2] || "";
  const base = "/j/" + code;
  const $ = (id) => document.getElementById(id);
  // The page's words in the room's language, as the server wrote them into the page (data, not
  // script: the Content-Security-Policy runs no inline script).
  let WORDS = {};
  try { WORDS = JSON.parse($("words").textContent); } catch (e) { /* English below */ }
  const w = (name, english) => (typeof WORDS[name] === "string" ? WORDS[name] : english);
  const SECTION_NAMES = {
    Context: w("section-context", "the context"), Stakeholders: w("section-stakeholders", "stakeholders"),
    Relationships: w("section-relationships", "relationships"), Parking: w("section-parking", "the parking lot"),
  };

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: kept for this visit */ }
  }
  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function randomId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // The device keeps its id, so a phone that loses the network goes on as the same device.
  let device = stored("cvc-device");
  if (!device || !/^[A-Za-z0-9_-]{8,64}$/.test(device)) {
    device = randomId();
    store("cvc-device", device);
  }

  let state = { view: null, vote: null };
  // The idea waiting for its answer: resent with the same key, so it is never taken twice.
  let pending = null;

  const idea = $("idea");
  const name = $("name");
  name.value = stored("cvc-name") || "";
  idea.value = stored("cvc-draft") || "";

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }
  function item(text, cls) {
    const li = document.createElement("li");
    li.textContent = text;
    if (cls) li.className = cls;
    return li;
  }

  // What was drawn last: a list is drawn again only when it changed, so the clock's tick never
  // replaces a button under a finger.
  let drawnView = "";
  let drawnVote = "";

  function renderView() {
    const v = state.view;
    if (!v) return;
    $("clock").textContent = v.clock || "";
    const key = JSON.stringify([v.block, v.prompts, v.section, v.section_name, v.entries]);
    if (key === drawnView) return;
    drawnView = key;
    $("block").textContent = v.block || w("the-room", "The room");
    const prompts = $("prompts");
    clear(prompts);
    (v.prompts || []).forEach((p) => prompts.appendChild(item(p)));
    $("section-name").textContent = v.section_name ? v.section_name : w("on-the-canvas", "On the canvas");
    const entries = $("entries");
    clear(entries);
    (v.entries || []).forEach((e) => entries.appendChild(item(e)));
    if (!v.entries || v.entries.length === 0) entries.appendChild(item(w("nothing-yet", "Nothing here yet."), "empty"));
    const toSection = $("to-section");
    if (v.section && v.section !== "Parking") {
      toSection.hidden = false;
      const where = v.section_name || SECTION_NAMES[v.section] || v.section;
      toSection.textContent = w("send-to", "Send to {section}").replace("{section}", where);
    } else {
      toSection.hidden = true;
    }
  }

  function renderVote() {
    const box = $("vote");
    const vote = state.vote;
    const key = JSON.stringify(vote);
    if (key === drawnVote) return;
    drawnVote = key;
    if (!vote) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const said = Array.isArray(WORDS["dots-left"]) ? WORDS["dots-left"] : [];
    const left = said[Math.min(vote.left, said.length - 1)];
    $("budget").textContent = typeof left === "string"
      ? left.replace("{budget}", String(vote.budget))
      : vote.left + " of " + vote.budget + (vote.budget === 1 ? " dot" : " dots") + " left. Only you see your dots.";
    const list = $("vote-entries");
    clear(list);
    vote.entries.forEach((e) => {
      const li = document.createElement("li");
      const text = document.createElement("span");
      text.className = "text";
      text.textContent = e.text;
      const minus = document.createElement("button");
      minus.type = "button";
      minus.className = "secondary";
      minus.textContent = "−";
      minus.setAttribute("aria-label", w("take-dot", "Take a dot from this entry"));
      minus.disabled = e.mine === 0;
      minus.addEventListener("click", () => giveDots(e.id, e.mine - 1));
      const dots = document.createElement("span");
      dots.className = e.mine > 0 ? "dots" : "dots none";
      dots.textContent = e.mine > 0 ? "●".repeat(e.mine) : "○";
      const plus = document.createElement("button");
      plus.type = "button";
      plus.textContent = "+";
      plus.setAttribute("aria-label", w("give-dot", "Give this entry a dot"));
      plus.disabled = vote.left === 0;
      plus.addEventListener("click", () => giveDots(e.id, e.mine + 1));
      li.append(text, minus, dots, plus);
      list.appendChild(li);
    });
  }

  async function post(path, body) {
    const response = await fetch(base + path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
    let answer = {};
    try { answer = await response.json(); } catch (e) { /* an empty answer */ }
    return { ok: response.ok, answer };
  }

  async function giveDots(entry, dots) {
    if (!state.vote) return;
    $("vote-note").textContent = "";
    try {
      const { ok, answer } = await post("/dots", { device, vote: state.vote.id, entry, dots });
      if (ok) {
        state.vote = answer;
        renderVote();
      } else {
        $("vote-note").textContent = answer.error || w("not-counted", "That did not count: try again.");
      }
    } catch (e) {
      $("vote-note").textContent = w("no-connection", "No connection to the room: try again.");
    }
  }

  function say(text, cls) {
    const sent = $("sent");
    sent.textContent = text;
    sent.className = "sent " + (cls || "");
  }

  let sending = false;
  async function send(toParking) {
    if (sending) return;
    const text = idea.value.trim();
    if (!text) {
      say(w("write-first", "Write an idea first."), "bad");
      return;
    }
    const section = toParking || !state.view || !state.view.section ? "Parking" : state.view.section;
    if (!pending || pending.text !== text || pending.section !== section) {
      pending = { key: randomId(), text, section };
    }
    store("cvc-name", name.value);
    sending = true;
    $("to-section").disabled = true;
    $("to-parking").disabled = true;
    say(w("sending", "Sending…"));
    try {
      const { ok, answer } = await post("/idea", {
        device, key: pending.key, text, name: name.value, section,
      });
      if (ok && answer.saved === true) {
        // Said only now: the idea is in the canvas file's inbox.
        say(w("arrived", "Arrived ✓ — in the facilitator's inbox."), "ok");
        idea.value = "";
        store("cvc-draft", "");
        pending = null;
      } else {
        say((answer.error || w("not-arrived", "Not arrived.")) + " " + w("text-kept", "Your text is kept."), "bad");
      }
    } catch (e) {
      say(w("not-arrived-offline", "Not arrived: no connection to the room. Your text is kept: send it again."), "bad");
    } finally {
      sending = false;
      $("to-section").disabled = false;
      $("to-parking").disabled = false;
      count();
    }
  }

  function count() {
    const n = Array.from(idea.value).length;
    const c = $("count");
    c.textContent = n + " / 280";
    c.className = n >= 280 ? "count full" : "count";
  }

  idea.addEventListener("input", () => {
    count();
    store("cvc-draft", idea.value);
  });
  $("idea-form").addEventListener("submit", (e) => {
    e.preventDefault();
    send(false);
  });
  $("to-parking").addEventListener("click", () => send(true));
  count();

  function connect() {
    const status = $("status");
    const source = new EventSource(base + "/events/" + device);
    source.addEventListener("room", (e) => {
      status.textContent = w("live", "Live");
      status.className = "status live";
      try {
        state = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      renderView();
      renderVote();
    });
    source.addEventListener("open", () => {
      status.textContent = w("live", "Live");
      status.className = "status live";
    });
    source.addEventListener("error", () => {
      status.textContent = w("reconnecting", "Reconnecting…");
      status.className = "status lost";
    });
  }
  connect();
})();
