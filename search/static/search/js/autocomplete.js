/* Autocomplete for the header search box (ARIA 1.2 combobox with a listbox popup).
   The input names its endpoint in data-autocomplete-url; suggestions come back as
   {"suggestions": [{"title", "url", "section"}]}. Arrow keys move through the list, Enter opens
   the highlighted page, Escape closes the list; without JavaScript the form still submits. */
(function () {
    "use strict";
    var MIN_LENGTH = 2;
    var DELAY = 200;

    function setup(input) {
        var url = input.getAttribute("data-autocomplete-url");
        var form = input.form;
        if (!url || !form) { return; }
        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "autocomplete";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Gợi ý tìm kiếm");
        list.hidden = true;
        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.style.position = "relative";
        form.appendChild(list);
        form.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var timer = null;
        var active = -1;
        var items = [];
        var lastQuery = "";
        var request = 0;

        function close() {
            list.hidden = true;
            list.innerHTML = "";
            items = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            if (!items.length) { return; }
            active = (index + items.length) % items.length;
            items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
            input.setAttribute("aria-activedescendant", items[active].id);
            items[active].scrollIntoView({ block: "nearest" });
        }

        function render(suggestions) {
            close();
            if (!suggestions.length) {
                status.textContent = "Không có gợi ý.";
                return;
            }
            suggestions.forEach(function (suggestion, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = suggestion.url;
                var title = document.createElement("span");
                title.className = "autocomplete-title";
                title.textContent = suggestion.title;
                option.appendChild(title);
                if (suggestion.section) {
                    var section = document.createElement("span");
                    section.className = "autocomplete-section";
                    section.textContent = suggestion.section;
                    option.appendChild(section);
                }
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();  // keep focus in the input until we navigate
                    window.location.href = suggestion.url;
                });
                list.appendChild(option);
                items.push(option);
            });
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
            status.textContent = suggestions.length + " gợi ý; dùng phím mũi tên để chọn.";
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) { return; }
            lastQuery = query;
            if (query.length < MIN_LENGTH) { close(); status.textContent = ""; return; }
            var mine = ++request;
            fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (mine === request) { render(data.suggestions || []); } })
                .catch(function () { if (mine === request) { close(); } });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });
        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown") {
                if (list.hidden) { lastQuery = ""; fetchSuggestions(); return; }
                event.preventDefault();
                highlight(active + 1);
            } else if (event.key === "ArrowUp") {
                if (list.hidden) { return; }
                event.preventDefault();
                highlight(active - 1);
            } else if (event.key === "Enter") {
                if (!list.hidden && active >= 0) {
                    event.preventDefault();
                    window.location.href = items[active].dataset.url;
                }
            } else if (event.key === "Escape") {
                if (!list.hidden) { event.preventDefault(); close(); }
            }
        });
        input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    }

    document.querySelectorAll("input[data-autocomplete-url]").forEach(setup);
})();
