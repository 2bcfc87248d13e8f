// Marsad: the quote popover on the article page. Plain JS, no framework, no inline handlers (CSP: script-src 'self').
// Hovering, focusing or tapping a highlighted span that belongs to a quote shows that quote's card (speaker,
// resolved entity, cue, kind, hedged, relayed) next to it. The cards are server-rendered in the side panel;
// this script only clones one into the popover and positions it. Escape or a tap elsewhere closes it.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  ready(function () {
    var text = document.getElementById("article-text");
    var pop = document.getElementById("popover");
    if (!text || !pop) { return; }
    var current = null;
    var pinned = false;

    function quoteOf(el) {
      var ids = (el.getAttribute("data-q") || "").split(" ").filter(Boolean);
      return ids.length ? ids[ids.length - 1] : null;  // the innermost (last listed) quote
    }

    function mark(id, on) {
      var spans = text.querySelectorAll("[data-q]");
      for (var i = 0; i < spans.length; i++) {
        var ids = spans[i].getAttribute("data-q").split(" ");
        spans[i].classList.toggle("active", on && ids.indexOf(id) >= 0);
      }
      var card = document.getElementById("card-" + id);
      if (card) { card.classList.toggle("active", on); }
    }

    function show(el) {
      var id = quoteOf(el);
      if (!id) { return; }
      var card = document.getElementById("card-" + id);
      if (!card) { return; }
      if (current && current !== id) { mark(current, false); }
      current = id;
      var copy = card.cloneNode(true);
      copy.removeAttribute("id");
      copy.removeAttribute("tabindex");
      copy.classList.remove("active");
      pop.replaceChildren(copy);
      pop.setAttribute("data-q", id);
      pop.hidden = false;
      var r = el.getBoundingClientRect();
      var w = pop.offsetWidth;
      // right-to-left text: the popover's right edge lines up with the span's right edge
      var left = r.right + window.scrollX - w;
      left = Math.min(Math.max(window.scrollX + 8, left), window.scrollX + document.documentElement.clientWidth - w - 8);
      pop.style.left = left + "px";
      pop.style.top = (r.bottom + window.scrollY + 6) + "px";
      mark(id, true);
    }

    function hide() {
      if (current) { mark(current, false); }
      current = null;
      pinned = false;
      pop.hidden = true;
      pop.removeAttribute("data-q");
    }

    text.addEventListener("mouseover", function (ev) {
      var el = ev.target.closest("[data-q]");
      if (el && !pinned) { show(el); }
    });
    text.addEventListener("mouseleave", function () { if (!pinned) { hide(); } });
    text.addEventListener("focusin", function (ev) {
      var el = ev.target.closest("[data-q]");
      if (el) { show(el); }
    });
    text.addEventListener("click", function (ev) {
      var el = ev.target.closest("[data-q]");
      if (!el) { hide(); return; }
      if (pinned && quoteOf(el) === current) { hide(); return; }
      show(el);
      pinned = true;
      ev.stopPropagation();
    });
    document.addEventListener("click", function (ev) {
      if (pinned && !pop.contains(ev.target) && !text.contains(ev.target)) { hide(); }
    });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hide(); } });

    // A card in the side panel highlights its spans in the text.
    var cards = document.querySelectorAll(".cards .card");
    for (var i = 0; i < cards.length; i++) {
      cards[i].addEventListener("mouseenter", function () { mark(this.getAttribute("data-q"), true); });
      cards[i].addEventListener("mouseleave", function () { mark(this.getAttribute("data-q"), false); });
    }
  });
})();
