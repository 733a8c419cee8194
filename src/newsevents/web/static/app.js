// The newsevents page: filters in the URL hash, one view at a time, everything from /api/.
// Article text only ever enters the page through textContent (never innerHTML).
"use strict";

const FILTERS = ["actor", "actor_id", "country", "root", "quad_class", "modality", "outlet", "place", "cluster", "since", "until", "q"];
const FILTERED_VIEWS = ["events", "network", "map", "dyad"];
const $ = (selector) => document.querySelector(selector);
let moreCursor = null, moreActors = null, moreClusters = null;
let labels = { root: {}, quad_class: {}, modality: {}, outlet: {}, country: {} };  // facet value → its words

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

function empty(node) { while (node.firstChild) node.removeChild(node.firstChild); }

// A failed request leaves nothing of the previous answer on screen: tables, totals and charts go.
function clearResults() {
  for (const body of document.querySelectorAll("main table tbody")) empty(body);
  for (const id of ["#events-total", "#dyad-pairs"]) $(id).textContent = "";
  for (const button of document.querySelectorAll("main button[id^=more-]")) button.hidden = true;
  for (const chart of document.querySelectorAll("main .chart")) clearChart(chart);
}

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
  const set = Object.keys(filters).length;
  $("#toggle-filters").textContent = set ? `Filters (${set} set)` : "Filters";
}

function toggleFilters(open) {
  const form = $("#filters");
  form.classList.toggle("collapsed", !open);
  $("#toggle-filters").setAttribute("aria-expanded", String(open));
}

function filtersChanged() {
  const { view, params } = route();
  const form = $("#filters");
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (!input) continue;
    if (input.value) params.set(name, input.value); else params.delete(name);
  }
  go(FILTERED_VIEWS.includes(view) ? view : "events", null, params);
}

// --- filters' choices, with how many events each would give (datasette-style facets) --------------
async function loadSummary() {
  const summary = await api("summary");
  const c = summary.counts;
  $("#counts").textContent = `${c.events} events · ${c.documents} documents · ${c.actors} actors`;
  for (const [code, name] of Object.entries(summary.cameo_roots)) labels.root[code] = `${code} ${name || ""}`;
  for (const [quad, name] of Object.entries(summary.quad_classes)) labels.quad_class[quad] = `${quad} ${name}`;
  for (const name of summary.modalities) labels.modality[name] = name;
  for (const o of summary.outlets) labels.outlet[o.outlet] = o.outlet;
}

async function showFacets(filters) {
  const facets = await api("facets", filters);
  for (const select of document.querySelectorAll("#filters select[data-facet]")) {
    const name = select.dataset.facet, chosen = filters[name] || "";
    const counts = new Map(facets[name].map((f) => [String(f.value), f.count]));
    const values = name === "country" ? [...counts.keys()] : Object.keys(labels[name]);
    if (chosen && !values.includes(chosen)) values.push(chosen);
    while (select.options.length > 1) select.remove(1);
    for (const value of values) {
      const count = counts.get(value) || 0;
      select.appendChild(el("option", { value, "data-count": count }, `${labels[name][value] || value} (${count})`));
    }
    select.value = chosen;
  }
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
  const row = el("tr", { "data-event": event.id, "data-document": event.document_id },
    el("td", {}, event.day || ""),
    actorCell(event.source),
    el("td", { class: `q${event.quad_class}` }, `${event.cameo} ${event.trigger}`, el("span", { class: "code" }, event.cameo_name || "")),
    actorCell(event.target),
    el("td", {}, event.modality),
    el("td", {}, event.place ? event.place.name : ""),
    saysCell(event.attribution),
    el("td", { class: "evidence" }, event.sentence),
    el("td", {}, event.outlet || ""));
  row.addEventListener("click", () => go("document", event.document_id, new URLSearchParams({ event: event.id })));
  return row;
}

async function showEvents(append) {
  const filters = currentFilters();
  const body = $("#events-table tbody");
  const page = await api("events", { ...filters, limit: 100, total: !append, cursor: append ? moreCursor : null });
  if (!append) {
    const interval = $("#timeline-interval").value;
    const [timeline] = await Promise.all([api("timeline", { ...filters, interval }), showFacets(filters)]);
    empty(body);
    $("#events-total").textContent = `${page.total} match`;
    const query = new URLSearchParams(filters).toString();
    $("#download-csv").href = `/api/events/download?format=csv${query ? "&" + query : ""}`;
    $("#download-json").href = `/api/events/download?format=json${query ? "&" + query : ""}`;
    drawTimeline($("#timeline"), timeline.series, interval, (start) => {
      const params = route().params;
      const day = new Date(start).toISOString().slice(0, 10);
      params.set("since", day);
      params.set("until", periodEnd(day, interval));
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
  const level = $("#network-level").value;
  const graph = await api("network", { ...currentFilters(), level, top: $("#network-top").value });
  drawNetwork($("#network"), graph, (node) => {
    const params = route().params;
    if (graph.level === "country") params.set("country", node.id); else params.set("actor_id", node.id);
    go("events", null, params);
  });
}

let world = null;
async function showMap() {
  if (!world) {
    const response = await fetch("/static/vendor/countries-110m.geojson");
    if (!response.ok) throw new Error(`the map's country shapes did not load (${response.status})`);
    world = await response.json();
  }
  const places = await api("places", currentFilters());
  drawMap($("#map"), world, places.items, (place) => {
    const params = route().params;
    params.set("place", place.name);
    go("events", null, params);
  });
}

// --- actors and clusters --------------------------------------------------------------------------
async function showActors(append) {
  const q = route().params.get("q") || "";
  $("#actor-search").elements.q.value = q;
  const page = await api("actors", { q, limit: 100, cursor: append ? moreActors : null });
  const body = $("#actors-table tbody");
  if (!append) empty(body);
  for (const a of page.items) {
    const row = el("tr", { "data-actor": a.id },
      el("td", {}, a.name), el("td", {}, a.code || ""), el("td", {}, a.kind), el("td", {}, a.country || ""),
      el("td", { class: "number" }, a.mentions), el("td", { class: "number" }, a.events), el("td", { class: "muted" }, (a.aliases || []).slice(0, 6).join(", ")));
    row.addEventListener("click", () => go("events", null, new URLSearchParams({ actor_id: a.id })));
    body.appendChild(row);
  }
  moreActors = page.next;
  $("#more-actors").hidden = !page.next;
}

async function showClusters(append) {
  const page = await api("clusters", { min_articles: $("#clusters-min").value, limit: 100, cursor: append ? moreClusters : null });
  const body = $("#clusters-table tbody");
  if (!append) empty(body);
  for (const c of page.items) {
    const row = el("tr", { "data-cluster": c.id },
      el("td", {}, c.day), el("td", {}, c.source || "", el("span", { class: "code" }, c.source_key)), el("td", {}, c.root),
      el("td", {}, c.target || "", el("span", { class: "code" }, c.target_key)), el("td", {}, c.place || ""),
      el("td", { class: "number" }, c.mentions), el("td", { class: "number" }, c.articles), el("td", { class: "number" }, c.sources),
      el("td", {}, `${c.first_report.outlet || ""} ${c.first_report.published || ""}`));
    row.addEventListener("click", () => go("events", null, new URLSearchParams({ cluster: c.id })));
    body.appendChild(row);
  }
  moreClusters = page.next;
  $("#more-clusters").hidden = !page.next;
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
  $("#filters").hidden = !FILTERED_VIEWS.includes(view);
  $("#toggle-filters").hidden = !FILTERED_VIEWS.includes(view);
  document.body.dataset.ready = "loading";
  say("");
  try {
    if (view === "dyad") await showDyad();
    else if (view === "network") await showNetwork();
    else if (view === "map") await showMap();
    else if (view === "actors") await showActors(false);
    else if (view === "clusters") await showClusters(false);
    else if (view === "document" && arg) await showDocument(arg, params.get("event"));
    else if (view === "document") say("Click an event to open its document.");
    else { $("#view-events").hidden = false; await showEvents(false); }
    document.body.dataset.ready = view;
  } catch (error) {
    clearResults();
    say(error.message);
    document.body.dataset.ready = "error";
  }
  document.body.dataset.renders = String(++renders);
}

function start() {
  toggleFilters(!window.matchMedia("(max-width: 600px)").matches);  // a phone starts with the results
  $("#toggle-filters").addEventListener("click", () => toggleFilters($("#filters").classList.contains("collapsed")));
  $("#filters").addEventListener("change", filtersChanged);
  $("#filters").addEventListener("submit", (event) => { event.preventDefault(); filtersChanged(); });
  $("#clear-filters").addEventListener("click", () => go(route().view === "document" ? "events" : route().view, null, null));
  $("#more-events").addEventListener("click", () => showEvents(true).catch((error) => say(error.message)));
  $("#timeline-interval").addEventListener("change", () => render());
  $("#network-level").addEventListener("change", () => render());
  $("#network-top").addEventListener("change", () => render());
  $("#clusters-min").addEventListener("change", () => render());
  $("#more-actors").addEventListener("click", () => showActors(true).catch((error) => say(error.message)));
  $("#more-clusters").addEventListener("click", () => showClusters(true).catch((error) => say(error.message)));
  $("#actor-search").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = event.target.elements.q.value.trim();
    go("actors", null, q ? new URLSearchParams({ q }) : null);
  });
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
