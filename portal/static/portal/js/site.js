/* Site chrome behaviour: mobile menu, text size and contrast (remembered), print buttons. */
(function () {
    "use strict";
    var root = document.documentElement;
    var SIZE_KEY = "portal-text-size";
    var CONTRAST_KEY = "portal-contrast";

    function store(key, value) {
        try {
            if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); }
        } catch (e) { /* private mode: the choice lasts for this page only */ }
    }

    // Main menu toggle on small screens.
    var nav = document.querySelector(".main-nav");
    var toggle = document.querySelector(".nav-toggle");
    if (nav && toggle) {
        toggle.addEventListener("click", function () {
            var open = nav.classList.toggle("open");
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        });
        nav.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && nav.classList.contains("open")) {
                nav.classList.remove("open");
                toggle.setAttribute("aria-expanded", "false");
                toggle.focus();
            }
        });
    }

    // Text size: steps -1 … 3, remembered in localStorage.
    function currentSize() { return parseInt(root.getAttribute("data-text-size") || "0", 10) || 0; }
    function setSize(size) {
        size = Math.max(-1, Math.min(3, size));
        if (size === 0) { root.removeAttribute("data-text-size"); store(SIZE_KEY, null); }
        else { root.setAttribute("data-text-size", String(size)); store(SIZE_KEY, String(size)); }
    }
    document.querySelectorAll("[data-text-size]").forEach(function (button) {
        if (button === root) { return; }
        button.addEventListener("click", function () {
            var action = button.getAttribute("data-text-size");
            if (action === "larger") { setSize(currentSize() + 1); }
            else if (action === "smaller") { setSize(currentSize() - 1); }
            else { setSize(0); }
        });
    });

    // High contrast toggle.
    var contrast = document.querySelector("[data-contrast-toggle]");
    if (contrast) {
        contrast.setAttribute("aria-pressed", root.classList.contains("high-contrast") ? "true" : "false");
        contrast.addEventListener("click", function () {
            var on = root.classList.toggle("high-contrast");
            contrast.setAttribute("aria-pressed", on ? "true" : "false");
            store(CONTRAST_KEY, on ? "high" : null);
        });
    }

    // Print buttons.
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
