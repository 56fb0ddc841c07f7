// swift-bittensor dashboard: live updates, sortable tables and copy buttons. Served by the dashboard itself;
// no external script or style is ever loaded.
"use strict";

(() => {
  const main = document.getElementById("main");
  const head = document.getElementById("head-number");
  const finalized = document.getElementById("finalized-number");
  const connection = document.getElementById("connection");
  const announcer = document.getElementById("announcer");
  let shownVersion = Number(main.dataset.version);
  const refreshInterval = Number(main.dataset.refreshMs) || 1000;
  let refreshing = false;
  let refreshAgain = false;
  let refreshTimer = null;
  let lastRefresh = 0;
  let heldBack = null; // content that arrived while the reader had text selected
  const sortState = new Map(); // table id -> {column, descending}

  const blockText = (number) => (number === null || number === undefined ? "–" : "#" + number.toLocaleString("en-US"));

  function setConnection(live, text) {
    if (connection.textContent !== text) connection.textContent = text;
    connection.className = live ? "ok" : "down";
  }

  function announce(text) {
    announcer.textContent = "";
    setTimeout(() => { announcer.textContent = text; }, 50);
  }

  // The page's <main>, fetched again when the chain moved; at most once per the page's refresh interval (a
  // second; longer for pages that cost the node more), never two at a time.
  async function refreshMain() {
    if (refreshing) { refreshAgain = true; return; }
    const wait = refreshInterval - (Date.now() - lastRefresh);
    if (wait > 0) {
      if (refreshTimer === null) refreshTimer = setTimeout(() => { refreshTimer = null; refreshMain(); }, wait);
      return;
    }
    refreshing = true;
    lastRefresh = Date.now();
    try {
      const url = new URL(window.location.href);
      url.searchParams.set("fragment", "main");
      const response = await fetch(url, { headers: { Accept: "text/html" }, cache: "no-store" });
      const version = Number(response.headers.get("X-Dashboard-Version"));
      if (!Number.isNaN(version)) shownVersion = Math.max(shownVersion, version);
      const html = (response.headers.get("Content-Type") || "").startsWith("text/html");
      if (html && !response.headers.get("X-Dashboard-Busy")) replaceMain(await response.text());
    } catch (error) {
      setConnection(false, "dashboard unreachable");
    } finally {
      refreshing = false;
      if (refreshAgain) { refreshAgain = false; refreshMain(); }
    }
  }

  function selectingInMain() {
    const selection = window.getSelection();
    return selection && !selection.isCollapsed && main.contains(selection.anchorNode);
  }

  // Swaps in new content, keeping keyboard focus, open disclosures and each table's sort order. While the reader
  // has text selected in the page the content is held back, and shown once the selection goes.
  function replaceMain(html) {
    if (selectingInMain()) { heldBack = html; return; }
    heldBack = null;
    const active = document.activeElement;
    const focusKey = active && main.contains(active) ? focusKeyOf(active) : null;
    const open = Array.from(main.querySelectorAll("details[id][open]"), (details) => details.id);
    main.innerHTML = html;
    for (const id of open) {
      const details = document.getElementById(id);
      if (details) details.open = true;
    }
    for (const [id, state] of sortState) {
      const table = document.getElementById(id);
      if (table) sortTable(table, state.column, state.descending);
    }
    if (focusKey) {
      const matches = main.querySelectorAll(focusKey.selector);
      const again = matches[Math.max(0, Math.min(focusKey.index, matches.length - 1))];
      if (again) again.focus({ preventScroll: true });
    }
  }

  document.addEventListener("selectionchange", () => {
    if (heldBack !== null && !selectingInMain()) replaceMain(heldBack);
  });

  // Where focus was, as a selector and the element's place among its matches, to find it again after a refresh.
  function focusKeyOf(element) {
    let selector = null;
    if (element.id) selector = "#" + CSS.escape(element.id);
    else if (element.tagName === "SUMMARY" && element.parentElement.id) selector = `#${CSS.escape(element.parentElement.id)} > summary`;
    else if (element.tagName === "A") selector = `a[href="${CSS.escape(element.getAttribute("href"))}"]`;
    else if (element.dataset.copy) selector = `[data-copy="${CSS.escape(element.dataset.copy)}"]`;
    else if (element.dataset.column && element.closest("table[id]")) {
      selector = `#${CSS.escape(element.closest("table[id]").id)} button[data-column="${element.dataset.column}"]`;
    }
    if (!selector) return null;
    return { selector, index: Array.from(main.querySelectorAll(selector)).indexOf(element) };
  }

  // Live updates over Server-Sent Events; the browser reconnects by itself after a drop, and this reopens the
  // stream (after 1 s, then longer, at most 30 s) when the browser gives up. A hidden tab closes its stream (a
  // browser allows only six connections to one server, and every open tab would hold one) and reopens it, and
  // refreshes, when shown again.
  let events = null;
  function listen(delay) {
    if (document.hidden) return;
    events = new EventSource("/events");
    events.onopen = () => { delay = 1000; };
    events.onmessage = (message) => {
      const update = JSON.parse(message.data);
      head.textContent = blockText(update.head);
      finalized.textContent = blockText(update.finalized);
      setConnection(update.connected, update.connected ? "live" : "node unreachable");
      if (update.version !== shownVersion) refreshMain();
    };
    const source = events;
    source.onerror = () => {
      setConnection(false, "reconnecting to the dashboard…");
      if (source.readyState === EventSource.CLOSED && events === source) {
        events = null;
        setTimeout(() => { if (events === null) listen(Math.min(delay * 2, 30000)); }, delay);
      }
    };
  }

  document.addEventListener("visibilitychange", () => {
    if (document.hidden) {
      if (events) events.close();
      events = null;
    } else if (events === null) {
      listen(1000);
      refreshMain();
    }
  });

  // Sorting: header buttons sort by the cells' data-value (numbers) or text, cells without a value last; again
  // reverses.
  function sortTable(table, column, descending) {
    const body = table.tBodies[0];
    if (!body) return;
    const key = (row) => {
      const cell = row.cells[column];
      if (!cell) return null;
      if (cell.dataset.value !== undefined) return Number(cell.dataset.value);
      const text = cell.textContent.trim();
      return text === "" || text === "–" ? null : text.toLowerCase();
    };
    const rows = Array.from(body.rows, (row) => ({ row, key: key(row) }));
    rows.sort((a, b) => {
      if (a.key === null || b.key === null) return (a.key === null) - (b.key === null);
      const order = typeof a.key === "number" && typeof b.key === "number" ? a.key - b.key : String(a.key).localeCompare(String(b.key));
      return descending ? -order : order;
    });
    for (const { row } of rows) body.appendChild(row);
    table.querySelectorAll("thead th").forEach((th, index) => {
      if (index === column) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
  }

  async function copy(text, button) {
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
      button.focus();
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
      announce(`Sorted by ${sortButton.textContent}, ${descending ? "descending" : "ascending"}`);
      return;
    }
    const copyButton = event.target.closest("button.copy");
    if (copyButton) {
      const done = await copy(copyButton.dataset.copy, copyButton);
      copyButton.textContent = done ? "Copied" : "Copy failed";
      announce(done ? "Copied to the clipboard" : "Could not copy");
      setTimeout(() => { copyButton.textContent = "Copy"; }, 1500);
    }
  });

  listen(1000);
})();
