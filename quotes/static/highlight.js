// quotes: render an article with its quotes highlighted, and a table of speakers x labels.
// Shared by the page of `quotes serve` and the report of `quotes report`; no network needed.
"use strict";

const QUOTES_PALETTE = ["#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fed7aa", "#a5f3fc", "#f5d0fe",
  "#d9f99d", "#e5e7eb"];

function quotesSpeakerKey(record) {
  const s = record.speaker || {};
  return s.name || s.mention || "(unknown)";
}

function quotesColours(records) {
  const colours = new Map();
  for (const r of records) {
    const key = quotesSpeakerKey(r);
    if (!colours.has(key)) colours.set(key, QUOTES_PALETTE[colours.size % QUOTES_PALETTE.length]);
  }
  return colours;
}

function quotesDescribe(r) {
  const s = r.speaker || {};
  const stances = Object.entries(r.stances || {}).map(([k, v]) => `${k}: ${Number(v).toFixed(2)}`).join(", ");
  return [`speaker: ${s.name || s.mention || "unknown"}${s.type ? " (" + s.type + ")" : ""}`,
    `kind: ${r.kind}`, `method: ${r.method}`, `confidence: ${r.confidence}`,
    `labels: ${(r.labels || []).join(", ") || "none"}`, stances ? `stances: ${stances}` : ""]
    .filter(Boolean).join("\n");
}

// Fill `target` with `text`, each quote a <mark> (one colour per speaker), each cue underlined.
function quotesRender(target, text, records) {
  target.textContent = "";
  const colours = quotesColours(records);
  const cuts = [];
  records.forEach((r, i) => {
    cuts.push({at: r.start, open: true, kind: "quote", i}, {at: r.end, open: false, kind: "quote", i});
    if (r.cue && r.cue.start < r.cue.end) {
      cuts.push({at: r.cue.start, open: true, kind: "cue", i}, {at: r.cue.end, open: false, kind: "cue", i});
    }
  });
  cuts.sort((a, b) => a.at - b.at || (a.open === b.open ? 0 : a.open ? 1 : -1));
  const open = new Map();
  let pos = 0;
  const emit = (end) => {
    if (end <= pos) return;
    let node = document.createTextNode(text.slice(pos, end));
    for (const [key, r] of open) {
      const el = document.createElement(key.startsWith("cue") ? "u" : "mark");
      if (!key.startsWith("cue")) {
        el.style.background = colours.get(quotesSpeakerKey(r));
        el.title = quotesDescribe(r);
        el.dataset.quote = r.quote_id;
        el.className = "quote";
      } else {
        el.className = "cue";
      }
      el.appendChild(node);
      node = el;
    }
    target.appendChild(node);
    pos = end;
  };
  for (const c of cuts) {
    emit(c.at);
    const key = `${c.kind}${c.i}`;
    if (c.open) open.set(key, records[c.i]); else open.delete(key);
  }
  emit(text.length);
}

// A table: one row per speaker, quote count and how many quotes carry each label.
function quotesSpeakerTable(target, records, labels) {
  const rows = new Map();
  for (const r of records) {
    const key = quotesSpeakerKey(r);
    const row = rows.get(key) || {quotes: 0, labels: {}};
    row.quotes += 1;
    for (const l of r.labels || []) row.labels[l] = (row.labels[l] || 0) + 1;
    rows.set(key, row);
  }
  const colours = quotesColours(records);
  const table = document.createElement("table");
  table.className = "counts";
  const head = table.createTHead().insertRow();
  for (const h of ["speaker", "quotes", ...labels]) {
    const th = document.createElement("th");
    th.textContent = h;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const [key, row] of [...rows].sort((a, b) => b[1].quotes - a[1].quotes)) {
    const tr = body.insertRow();
    const name = tr.insertCell();
    name.textContent = key;
    name.style.background = colours.get(key);
    tr.insertCell().textContent = row.quotes;
    for (const l of labels) tr.insertCell().textContent = row.labels[l] || 0;
  }
  target.textContent = "";
  target.appendChild(table);
}
