// The newsevents page: filters in the URL hash, one view at a time, everything from /api/.
// Article text only ever enters the page through textContent (never innerHTML).
"use strict";

const FILTERS = ["actor", "actor_id", "country", "root", "quad_class", "modality", "outlet", "since", "until", "q"];
const $ = (selector) => document.querySelector(selector);
let moreCursor = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  const response = await fetch(`/api/${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status}`);
  return body;
}

function say(text) { $("#status").textContent = text || ""; }

// --- the hash: #/view/arg?filters ------------------------------------------------------------
function route() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [view, arg] = (path || "events").split("/");
  return { view, arg: arg ? decodeURIComponent(arg) : null, params: new URLSearchParams(query || "") };
}

function go(view, arg, params) {
  const query = params && params.toString();
  location.hash = `#/${view}${arg ? "/" + encodeURIComponent(arg) : ""}${query ? "?" + query : ""}`;
}

function currentFilters() {
  const params = route().params, filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}

function syncForm() {
  const filters = currentFilters();
  for (const name of FILTERS) {
    const input = $("#filters").elements[name];
    if (input) input.value = filters[name] || "";
  }
}

function filtersChanged() {
  const { view, params } = route();
  const form = $("#filters");
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (!input) continue;
    if (input.value) params.set(name, input.value); else params.delete(name);
  }
  go(["events", "network", "map", "dyad"].includes(view) ? view : "events", null, params);
}

// --- filters' choices ------------------------------------------------------------------------
async function loadSummary() {
  const summary = await api("summary");
  const c = summary.counts;
  $("#counts").textContent = `${c.events} events · ${c.documents} documents · ${c.actors} actors`;
  const root = $("#filters").elements.root;
  for (const [code, name] of Object.entries(summary.cameo_roots)) root.appendChild(el("option", { value: code }, `${code} ${name || ""}`));
  const modality = $("#filters").elements.modality;
  for (const name of summary.modalities) modality.appendChild(el("option", { value: name }, name));
  const outlet = $("#filters").elements.outlet;
  for (const o of summary.outlets) outlet.appendChild(el("option", { value: o.outlet }, `${o.outlet} (${o.documents})`));
}

// --- events view -------------------------------------------------------------------------------
function actorCell(actor) {
  if (!actor) return el("td");
  return el("td", {}, actor.name, actor.code ? el("span", { class: "code" }, actor.code) : null);
}

function saysCell(attribution) {
  if (!attribution) return el("td");
  let chain = attribution.speaker || "?";
  if (attribution.reported_by) chain += ` ← ${attribution.reported_by}`;
  if (attribution.citing) chain += ` (citing ${attribution.citing})`;
  return el("td", { title: attribution.claim }, chain, el("span", { class: "code" }, attribution.kind));
}

function eventRow(event) {
  const row = el("tr", { "data-event": event.id, "data-document": event.document_id, title: event.sentence },
    el("td", {}, event.day || ""),
    actorCell(event.source),
    el("td", { class: `q${event.quad_class}` }, `${event.cameo} ${event.trigger}`, el("span", { class: "code" }, event.cameo_name || "")),
    actorCell(event.target),
    el("td", {}, event.modality),
    el("td", {}, event.place ? event.place.name : ""),
    saysCell(event.attribution),
    el("td", {}, event.outlet || ""));
  row.addEventListener("click", () => go("document", event.document_id, new URLSearchParams({ event: event.id })));
  return row;
}

async function showEvents(append) {
  const filters = currentFilters();
  const body = $("#events-table tbody");
  const page = await api("events", { ...filters, limit: 100, total: !append, cursor: append ? moreCursor : null });
  if (!append) {
    while (body.firstChild) body.removeChild(body.firstChild);
    $("#events-total").textContent = `${page.total} match`;
    const interval = $("#timeline-interval").value;
    const timeline = await api("timeline", { ...filters, interval });
    drawTimeline($("#timeline"), timeline.series, (period) => {
      const params = route().params;
      params.set("since", period.period);
      params.set("until", periodEnd(period.period, interval));
      go("events", null, params);
    });
  }
  for (const event of page.items) body.appendChild(eventRow(event));
  moreCursor = page.next;
  $("#more-events").hidden = !page.next;
}

function periodEnd(start, interval) {
  const day = new Date(start + "T00:00:00Z");
  if (interval === "week") day.setUTCDate(day.getUTCDate() + 6);
  else if (interval === "month") { day.setUTCMonth(day.getUTCMonth() + 1); day.setUTCDate(0); }
  return day.toISOString().slice(0, 10);
}

// --- dyad view -----------------------------------------------------------------------------------
async function showDyad() {
  const { params } = route();
  const form = $("#dyad-form");
  let { a, b } = { a: params.get("a"), b: params.get("b") };
  const kind = params.get("kind") || "country", interval = params.get("interval") || "month";
  if (!a || !b) {  // start with the pair most often in the news
    const graph = await api("network", { ...currentFilters(), level: kind === "country" ? "country" : "actor", max_edges: 5 });
    const top = graph.edges[0];
    if (top) { a = String(top.source); b = String(top.target); }
    $("#dyad-pairs").textContent = graph.edges.length ? "Busiest pairs: " + graph.edges.map((e) => `${e.source}–${e.target} (${e.weight})`).join(", ") : "";
  }
  form.elements.a.value = a || "";
  form.elements.b.value = b || "";
  form.elements.kind.value = kind === "code" || kind === "actor" ? kind : "country";
  form.elements.interval.value = interval;
  if (!a || !b) { drawDyad($("#dyad-chart"), []); return; }
  const data = await api("dyads/series", { ...currentFilters(), a, b, kind: form.elements.kind.value, interval });
  drawDyad($("#dyad-chart"), data.series);
}

// --- network and map ------------------------------------------------------------------------------
async function showNetwork() {
  const graph = await api("network", { ...currentFilters(), level: $("#network-level").value });
  drawNetwork($("#network"), graph, (node) => {
    const params = new URLSearchParams();
    if (graph.level === "country") params.set("country", node.id); else params.set("actor_id", node.id);
    go("events", null, params);
  });
}

let land = null;
async function showMap() {
  land = land || await api("basemap");
  const places = await api("places", currentFilters());
  drawMap($("#map"), land, places.items, (place) => go("events", null, new URLSearchParams({ country: place.country || "" })));
}

// --- document view: the clean text with every span highlighted ------------------------------------
async function showDocument(id, eventId) {
  const doc = await api(`documents/${encodeURIComponent(id)}`);
  $("#document-tab").hidden = false;
  $("#doc-title").textContent = doc.title || doc.id;
  const meta = $("#doc-meta");
  while (meta.firstChild) meta.removeChild(meta.firstChild);
  meta.append(`${doc.outlet || "unknown outlet"} · ${doc.published || "no date"} · ${doc.articles} article(s)`);
  const url = safeUrl(doc.url);
  if (url) meta.append(" · ", el("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, url));
  const spans = [];
  for (const m of doc.mentions) spans.push({ start: m.start, end: m.end, cls: "mention", title: `${m.actor}${m.code ? " (" + m.code + ")" : ""}`, actor: m.actor_id });
  for (const e of doc.events) {
    spans.push({ start: e.start, end: e.end, cls: "sentence", event: e.id });
    spans.push({ start: e.trigger_start, end: e.trigger_end, cls: "trigger", event: e.id, title: `${e.cameo} ${e.cameo_name || ""}` });
  }
  for (const a of doc.attributions) spans.push({ start: a.start, end: a.end, cls: "claim", title: `${a.kind}: ${a.speaker || "?"}` });
  renderBody(Array.from(doc.body), doc.paragraphs, spans);
  listDocumentSide(doc);
  selectEvent(eventId ? Number(eventId) : null);
}

function renderBody(chars, paragraphs, spans) {
  const body = $("#doc-body");
  while (body.firstChild) body.removeChild(body.firstChild);
  const blocks = paragraphs.length ? paragraphs : [[0, chars.length]];
  for (const [start, end] of blocks) {
    const cuts = new Set([start, end]);
    for (const s of spans) {
      if (s.end <= start || s.start >= end) continue;
      cuts.add(Math.max(s.start, start)); cuts.add(Math.min(s.end, end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const paragraph = el("p");
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const text = chars.slice(from, to).join("");
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      if (!covering.length) { paragraph.append(text); continue; }
      const events = [...new Set(covering.filter((s) => s.event).map((s) => s.event))];
      const segment = el("span", {
        class: "seg " + [...new Set(covering.map((s) => s.cls))].join(" "),
        "data-events": events.join(" ") || null,
        "data-actor": (covering.find((s) => s.actor) || {}).actor,
        title: covering.filter((s) => s.title).map((s) => s.title).join(" · ") || null,
      }, text);
      segment.addEventListener("click", () => {
        if (events.length) selectEvent(events[events.length - 1]);
        else if (segment.dataset.actor) go("events", null, new URLSearchParams({ actor_id: segment.dataset.actor }));
      });
      paragraph.appendChild(segment);
    }
    body.appendChild(paragraph);
  }
}

function listDocumentSide(doc) {
  const events = $("#doc-events"), attributions = $("#doc-attributions"), actors = $("#doc-actors");
  for (const list of [events, attributions, actors]) while (list.firstChild) list.removeChild(list.firstChild);
  for (const e of doc.events) {
    const item = el("li", { "data-event": e.id },
      `${e.source ? e.source.name : "?"} —${e.cameo} ${e.trigger}→ ${e.target ? e.target.name : "?"}`,
      el("span", { class: "code" }, `${e.modality}${e.attribution ? ", per " + (e.attribution.speaker || "?") : ""}`));
    item.addEventListener("click", () => selectEvent(e.id));
    events.appendChild(item);
  }
  for (const a of doc.attributions) {
    attributions.appendChild(el("li", {}, `${a.speaker || "?"}${a.reported_by ? " ← " + a.reported_by : ""}${a.citing ? " (citing " + a.citing + ")" : ""}: `,
      el("q", {}, a.claim), el("span", { class: "code" }, a.kind)));
  }
  const seen = new Map();
  for (const m of doc.mentions) if (!seen.has(m.actor_id)) seen.set(m.actor_id, m);
  for (const [actorId, m] of seen) {
    const link = el("a", { href: `#/events?actor_id=${encodeURIComponent(actorId)}` }, m.actor);
    actors.appendChild(el("li", {}, link, m.code ? el("span", { class: "code" }, m.code) : null));
  }
}

function selectEvent(eventId) {
  for (const node of document.querySelectorAll("#view-document .current")) node.classList.remove("current");
  if (!eventId) return;
  const segments = [...document.querySelectorAll("#doc-body .seg[data-events]")]
    .filter((s) => s.dataset.events.split(" ").includes(String(eventId)));
  segments.forEach((s) => s.classList.add("current"));
  const item = document.querySelector(`#doc-events li[data-event="${Number(eventId)}"]`);
  if (item) item.classList.add("current");
  if (segments[0]) segments[0].scrollIntoView({ block: "center" });
}

// --- wiring ------------------------------------------------------------------------------------
let renders = 0;  // finished renders, so a test (or a user script) can wait for the next one

async function render() {
  const { view, arg, params } = route();
  syncForm();
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const tab of document.querySelectorAll("#tabs a")) tab.classList.toggle("active", tab.dataset.view === view);
  $("#filters").hidden = view === "document";
  document.body.dataset.ready = "loading";
  say("");
  try {
    if (view === "dyad") await showDyad();
    else if (view === "network") await showNetwork();
    else if (view === "map") await showMap();
    else if (view === "document" && arg) await showDocument(arg, params.get("event"));
    else if (view === "document") say("Click an event to open its document.");
    else { $("#view-events").hidden = false; await showEvents(false); }
    document.body.dataset.ready = view;
  } catch (error) {
    say(error.message);
    document.body.dataset.ready = "error";
  }
  document.body.dataset.renders = String(++renders);
}

function start() {
  $("#filters").addEventListener("change", filtersChanged);
  $("#filters").addEventListener("submit", (event) => { event.preventDefault(); filtersChanged(); });
  $("#clear-filters").addEventListener("click", () => go(route().view === "document" ? "events" : route().view, null, null));
  $("#more-events").addEventListener("click", () => showEvents(true).catch((error) => say(error.message)));
  $("#timeline-interval").addEventListener("change", () => render());
  $("#network-level").addEventListener("change", () => render());
  $("#dyad-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const params = route().params;
    for (const name of ["a", "b", "kind", "interval"]) params.set(name, event.target.elements[name].value.trim());
    go("dyad", null, params);
  });
  window.addEventListener("hashchange", render);
  loadSummary().catch((error) => say(error.message)).finally(render);
}

document.addEventListener("DOMContentLoaded", start);
