/* Pas-à-Pas learner tools: read aloud, bigger text, high contrast. Plain JavaScript, no library.
   Preferences stay on the tablet (localStorage). Pages work without this file. */
(function () {
  "use strict";
  var root = document.documentElement;
  var store = {
    get: function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode */ } }
  };

  function toggle(buttonId, cssClass, key) {
    var button = document.getElementById(buttonId);
    var on = store.get(key) === "1";
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
        var t = el.getAttribute("data-say") || el.value || el.textContent;
        if (t && t.trim()) { parts.push(t.trim()); }
      });
      return parts.join(". ");
    }
    button.hidden = false;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      if (playing) {
        if (audio) { audio.pause(); audio.currentTime = 0; } else { synth.cancel(); }
        done();
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
        u.lang = "fr-FR";
        u.rate = 0.9;
        u.onend = done;
        u.onerror = done;
        synth.cancel();
        synth.speak(u);
      }
    });
  }

  toggle("text-size", "big-text", "pasapas.bigText");
  toggle("contrast", "high-contrast", "pasapas.contrast");
  readAloud();
})();
