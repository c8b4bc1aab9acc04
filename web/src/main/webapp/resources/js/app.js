/* Pas-à-Pas learner tools: read aloud, bigger text, high contrast. Plain JavaScript, no library.
   Preferences stay on the tablet (localStorage). Pages work without this file. */
(function () {
  "use strict";
  var root = document.documentElement;
  var store = {
    get: function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode */ } }
  };

  /* The settings staff chose at enrolment, used until the learner chooses on this device (then theirs win). */
  var script = document.querySelector("script[data-start]");
  var start = ((script && script.getAttribute("data-start")) || "").split(" ");
  function chosen(key, startSetting) {
    var value = store.get(key);
    return value === null ? start.indexOf(startSetting) >= 0 : value === "1";
  }

  function toggle(buttonId, cssClass, key, startSetting) {
    var button = document.getElementById(buttonId);
    var on = chosen(key, startSetting);
    root.classList.toggle(cssClass, on);
    if (!button) { return; }
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.addEventListener("click", function () {
      on = !on;
      root.classList.toggle(cssClass, on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
      store.set(key, on ? "1" : "0");
    });
  }

  /* Reads the step aloud: the recorded audio when the content gives one, else the browser's French voice. */
  function readAloud() {
    var button = document.getElementById("read-aloud");
    if (!button) { return; }
    var target = document.querySelector(button.getAttribute("data-read"));
    var audioUrl = target && target.getAttribute("data-audio");
    var synth = window.speechSynthesis;
    if (!target || (!audioUrl && !synth)) { return; }
    var labelListen = button.textContent, labelStop = button.getAttribute("data-label-stop");
    var audio = audioUrl ? new Audio(audioUrl) : null;
    var playing = false;
    function done() { playing = false; button.textContent = labelListen; button.setAttribute("aria-pressed", "false"); }
    function text() {
      var parts = [];
      target.querySelectorAll("h1, p, li, legend, label, .button.choice, [data-say]").forEach(function (el) {
        if (!el.hasAttribute("data-say") && el.querySelector("[data-say]")) { return; } /* its part says it */
        var t = el.getAttribute("data-say") || el.value || el.textContent;
        if (t && t.trim()) { parts.push(t.trim()); }
      });
      return parts.join(". ");
    }
    /* Some tablets have no French voice: the screen then says so and how to add one. Voices may load late. */
    var tools = document.getElementById("tools");
    var lang = (tools && tools.getAttribute("data-lang")) || "fr-FR";
    function frenchVoice() { /* a voice for the language of the step: French, or English for a step in English */
      var voices = synth ? synth.getVoices() : [];
      var prefix = lang.substring(0, 2).toLowerCase();
      return voices.length === 0 || voices.some(function (v) { return v.lang.toLowerCase().indexOf(prefix) === 0; });
    }
    button.hidden = false;
    button.setAttribute("aria-pressed", "false");
    var automatic = false;
    button.addEventListener("click", function () {
      if (playing) {
        if (audio) { audio.pause(); audio.currentTime = 0; } else { synth.cancel(); }
        done();
        if (automatic) { store.set("pasapas.readAloud", "0"); } /* stopped what started by itself: not again */
        return;
      }
      if (!audio && !frenchVoice()) {
        var note = document.getElementById("no-voice");
        if (note) { note.hidden = false; note.focus(); }
        return;
      }
      playing = true;
      button.textContent = labelStop;
      button.setAttribute("aria-pressed", "true");
      if (audio) {
        audio.onended = done;
        audio.play().catch(done);
      } else {
        var u = new SpeechSynthesisUtterance(text());
        u.lang = lang;
        u.rate = 0.9;
        u.onend = done;
        u.onerror = done;
        synth.cancel();
        synth.speak(u);
      }
    });
    /* Read aloud on by default: each step is read when it opens (a browser that refuses without a tap stays silent). */
    if (chosen("pasapas.readAloud", "readAloud") && (audio || frenchVoice())) {
      automatic = true;
      button.click();
    }
  }

  /* Order steps: moves a line in place (no page load, no jump to the top) and keeps the focus on it. Without
     this script the same buttons send the form and the page comes back at the moved line. */
  function orderMoves() {
    var form = document.querySelector("form[data-order]");
    if (!form) { return; }
    var list = form.querySelector(".order-list");
    var field = form.querySelector("input[name=order]");
    function refresh() {
      var items = list.querySelectorAll(".order-item");
      var ids = [];
      items.forEach(function (li, i) {
        ids.push(li.getAttribute("data-item"));
        li.querySelector("[data-up]").disabled = i === 0;
        li.querySelector("[data-down]").disabled = i === items.length - 1;
      });
      field.value = ids.join(",");
    }
    list.addEventListener("click", function (event) {
      var button = event.target.closest("[data-up], [data-down]");
      if (!button) { return; }
      event.preventDefault();
      var li = button.closest(".order-item");
      var up = button.hasAttribute("data-up");
      var other = up ? li.previousElementSibling : li.nextElementSibling;
      if (!other) { return; }
      list.insertBefore(li, up ? other : other.nextElementSibling);
      refresh();
      var again = li.querySelector(up ? "[data-up]" : "[data-down]");
      (again.disabled ? li.querySelector(up ? "[data-down]" : "[data-up]") : again).focus();
      li.scrollIntoView({ block: "nearest" });
    });
  }

  toggle("text-size", "big-text", "pasapas.bigText", "biggerText");
  toggle("contrast", "high-contrast", "pasapas.contrast", "highContrast");
  readAloud();
  orderMoves();
})();
