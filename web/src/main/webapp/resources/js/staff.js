/* Pas-à-Pas staff pages: a form with data-busy="id" shows that element (a progress bar and a sentence) while it is
   sent, and its buttons are disabled so that a second click sends nothing twice. Pages work without this file. */
(function () {
  "use strict";
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var busy = document.getElementById(form.getAttribute("data-busy"));
      if (busy) { busy.hidden = false; }
      form.setAttribute("aria-busy", "true");
      /* disabled after the browser has read the clicked button's name into the request */
      setTimeout(function () {
        form.querySelectorAll("input[type=submit], button[type=submit]").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  });
})();
