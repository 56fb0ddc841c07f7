// swift-bittensor dashboard: live updates, sortable tables and copy buttons. Served by the dashboard itself;
// no external script or style is ever loaded.
"use strict";

(() => {
  const main = document.getElementById("main");
  const head = document.getElementById("head-number");
  const finalized = document.getElementById("finalized-number");
  const connection = document.getElementById("connection");
  let shownVersion = null;
  let refreshing = false;
  let refreshAgain = false;
  let lastRefresh = 0;
  const sortState = new Map(); // table id -> {column, descending}

  const blockText = (number) => (number === null || number === undefined ? "–" : "#" + number.toLocaleString("en-US"));

  function setConnection(live, text) {
    connection.textContent = text;
    connection.className = live ? "ok" : "down";
  }

  // The page's <main>, fetched again when the chain moved; at most once a second, never two at a time.
  async function refreshMain() {
    if (refreshing) { refreshAgain = true; return; }
    const wait = 1000 - (Date.now() - lastRefresh);
    if (wait > 0) { setTimeout(refreshMain, wait); return; }
    refreshing = true;
    lastRefresh = Date.now();
    try {
      const url = new URL(window.location.href);
      url.searchParams.set("fragment", "main");
      const response = await fetch(url, { headers: { Accept: "text/html" }, cache: "no-store" });
      if (response.ok) replaceMain(await response.text());
    } catch (error) {
      setConnection(false, "dashboard unreachable");
    } finally {
      refreshing = false;
      if (refreshAgain) { refreshAgain = false; refreshMain(); }
    }
  }

  // Swaps in new content, keeping keyboard focus and each table's sort order.
  function replaceMain(html) {
    const active = document.activeElement;
    const focusKey = active && main.contains(active) ? focusKeyOf(active) : null;
    main.innerHTML = html;
    for (const [id, state] of sortState) {
      const table = document.getElementById(id);
      if (table) sortTable(table, state.column, state.descending);
    }
    if (focusKey) {
      const again = main.querySelector(focusKey);
      if (again) again.focus({ preventScroll: true });
    }
  }

  function focusKeyOf(element) {
    if (element.id) return "#" + CSS.escape(element.id);
    if (element.dataset.copy) return `[data-copy="${CSS.escape(element.dataset.copy)}"]`;
    if (element.dataset.column) {
      const table = element.closest("table");
      if (table && table.id) return `#${CSS.escape(table.id)} button[data-column="${element.dataset.column}"]`;
    }
    return null;
  }

  function listen() {
    const events = new EventSource("/events");
    events.onmessage = (message) => {
      const update = JSON.parse(message.data);
      head.textContent = blockText(update.head);
      finalized.textContent = blockText(update.finalized);
      setConnection(update.connected, update.connected ? "live" : "node unreachable");
      if (shownVersion !== null && update.version !== shownVersion) refreshMain();
      shownVersion = update.version;
    };
    events.onerror = () => setConnection(false, "reconnecting to the dashboard…");
  }

  // Sorting: header buttons sort by the cells' data-value (numbers) or text; again reverses.
  function sortTable(table, column, descending) {
    const body = table.tBodies[0];
    if (!body) return;
    const rows = Array.from(body.rows);
    const key = (row) => {
      const cell = row.cells[column];
      if (!cell) return "";
      const value = cell.dataset.value;
      return value !== undefined ? Number(value) : cell.textContent.trim().toLowerCase();
    };
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
    for (const row of rows) body.appendChild(row);
    table.querySelectorAll("th").forEach((th, index) => {
      th.setAttribute("aria-sort", index === column ? (descending ? "descending" : "ascending") : "none");
    });
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "offscreen";
      document.body.appendChild(area);
      area.select();
      const done = document.execCommand("copy");
      area.remove();
      return done;
    }
  }

  document.addEventListener("click", async (event) => {
    const sortButton = event.target.closest("button.sort");
    if (sortButton) {
      const table = sortButton.closest("table");
      const column = Number(sortButton.dataset.column);
      const previous = sortState.get(table.id);
      const descending = previous && previous.column === column ? !previous.descending : false;
      sortState.set(table.id, { column, descending });
      sortTable(table, column, descending);
      return;
    }
    const copyButton = event.target.closest("button.copy");
    if (copyButton) {
      const done = await copy(copyButton.dataset.copy);
      copyButton.textContent = done ? "Copied" : "Copy failed";
      setTimeout(() => { copyButton.textContent = "Copy"; }, 1500);
    }
  });

  listen();
})();
