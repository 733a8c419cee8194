// Charts drawn with Apache ECharts (vendor/echarts-*.min.js, Apache-2.0, bundled: nothing is
// fetched): the timeline and dyad chart on a real time axis, the actor network, the map over
// Natural Earth country shapes (vendor/countries-110m.geojson, from world-atlas, ISC).
// Labels are data, never markup: ECharts draws them, and tooltips, as SVG text (richText tooltips:
// an actor's name never goes through innerHTML).
"use strict";

const QUAD = {
  1: { name: "1 verbal cooperation", colour: "#2e7d32" },
  2: { name: "2 material cooperation", colour: "#81c784" },
  3: { name: "3 verbal conflict", colour: "#ef9a9a" },
  4: { name: "4 material conflict", colour: "#c62828" },
};
const charts = new Map();  // element id → ECharts instance

function chartFor(node) {
  let chart = charts.get(node.id);
  if (!chart || chart.isDisposed()) {
    chart = echarts.init(node, null, { renderer: "svg" });
    charts.set(node.id, chart);
  }
  chart.off("click");
  return chart;
}

function clearChart(node) {
  const chart = charts.get(node.id);
  if (chart && !chart.isDisposed()) chart.clear();
}

window.addEventListener("resize", () => { for (const chart of charts.values()) if (!chart.isDisposed()) chart.resize(); });

function emptyTitle(text) { return { text, left: "center", top: "middle", textStyle: { color: "#66707a", fontSize: 13, fontWeight: "normal" } }; }

// Events per period, stacked by QuadClass, on a time axis (gaps are gaps, years are years).
function drawTimeline(node, series, interval, onPick) {
  const chart = chartFor(node);
  chart.clear();
  if (!series.length) { chart.setOption({ title: emptyTitle("no dated events match") }); return chart; }
  // Open on the span that holds all but the oldest 2% of events (a few 1776 or 1987 references
  // stay one drag of the slider away), on a true time axis.
  const total = series.reduce((sum, p) => sum + p.count, 0);
  let seen = 0, start = series[0].period;
  for (const p of series) { seen += p.count; if (seen > total * 0.02) { start = p.period; break; } }
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 16, top: 40, bottom: 52 },
    legend: { top: 4, type: "scroll", data: [1, 2, 3, 4].map((q) => QUAD[q].name) },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, renderMode: "richText" },
    dataZoom: [{ type: "slider", height: 18, bottom: 6, startValue: start, filterMode: "none" }, { type: "inside", filterMode: "none" }],
    xAxis: { type: "time" },
    yAxis: { type: "value", minInterval: 1, name: "events", nameGap: 8, nameTextStyle: { align: "left" } },
    series: [1, 2, 3, 4].map((q) => ({
      name: QUAD[q].name, type: "bar", stack: "events", barMaxWidth: 28, itemStyle: { color: QUAD[q].colour },
      data: series.map((p) => [p.period, p.quad_class[String(q)]]),
    })),
  });
  chart.on("click", (params) => onPick(params.value[0]));
  return chart;
}

// Cooperation up, conflict down, Goldstein sum as a line, per period on a time axis.
function drawDyad(node, series) {
  const chart = chartFor(node);
  chart.clear();
  if (!series.length) { chart.setOption({ title: emptyTitle("no events between these two") }); return chart; }
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 48, top: 36, bottom: 28 },
    legend: { top: 4 },
    tooltip: { trigger: "axis", renderMode: "richText" },
    xAxis: { type: "time" },
    yAxis: [{ type: "value", name: "events", minInterval: 1 }, { type: "value", name: "Goldstein", splitLine: { show: false } }],
    series: [
      { name: "cooperation (QuadClass 1–2)", type: "bar", stack: "x", itemStyle: { color: QUAD[2].colour }, data: series.map((p) => [p.period, p.cooperation]) },
      { name: "conflict (3–4)", type: "bar", stack: "x", itemStyle: { color: QUAD[3].colour }, data: series.map((p) => [p.period, -p.conflict]) },
      { name: "Goldstein sum", type: "line", yAxisIndex: 1, itemStyle: { color: "#333" }, data: series.map((p) => [p.period, p.goldstein]) },
    ],
  });
  return chart;
}

function goldsteinColour(mean) {
  if (mean === null || mean === undefined) return "#90a4ae";
  if (mean >= 1) return "#2e7d32";
  if (mean > -1) return "#78909c";
  return "#c62828";
}

// The heaviest relations only (the API keeps the top edges, one node per actor); a force layout
// with labels that hide rather than overlap, the biggest actors labelled first.
function drawNetwork(node, graph, onPick) {
  const chart = chartFor(node);
  chart.clear();
  if (!graph.edges.length) { chart.setOption({ title: emptyTitle("no relations between two actors match") }); return chart; }
  const heaviest = Math.max(...graph.nodes.map((n) => n.weight));
  const widest = Math.max(...graph.edges.map((e) => e.weight));
  const fit = Math.min(1, chart.getWidth() / 900);  // a phone's narrow box: a tighter layout
  chart.setOption({
    animation: false,
    tooltip: { renderMode: "richText", formatter: (p) => p.dataType === "edge" ? `${p.data.sourceName} → ${p.data.targetName}: ${p.data.weight} events` : `${p.data.name}: ${p.data.weight} events` },
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true,
      force: { repulsion: 320 * fit, edgeLength: [60 * fit, 150 * fit], gravity: 0.15, friction: 0.2, layoutAnimation: false },
      labelLayout: { hideOverlap: true },
      label: { show: true, position: "right", fontSize: 11, color: "#1d232a" },
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 6,
      // Start from a circle (not ECharts' random spots): the same data always lays out the same way.
      data: graph.nodes.map((n, i) => ({
        x: 300 * Math.cos(2 * Math.PI * i / graph.nodes.length), y: 300 * Math.sin(2 * Math.PI * i / graph.nodes.length),
        id: String(n.id), name: n.code && n.code !== n.label ? `${n.label} (${n.code})` : String(n.label), weight: n.weight, raw: n,
        symbolSize: 8 + 28 * Math.sqrt(n.weight / heaviest), itemStyle: { color: "#1565c0" },
        label: { show: true },  // every label, the heaviest drawn first; hideOverlap drops those that would collide
      })),
      links: graph.edges.map((e) => {
        const mean = e.goldstein / e.weight;
        const names = Object.fromEntries(graph.nodes.map((n) => [String(n.id), n.label]));
        return { source: String(e.source), target: String(e.target), weight: e.weight, sourceName: names[String(e.source)], targetName: names[String(e.target)],
                 lineStyle: { width: 1 + 5 * e.weight / widest, color: goldsteinColour(mean), opacity: 0.7, curveness: 0.15 } };
      }),
    }],
  });
  chart.on("click", (params) => { if (params.dataType === "node") onPick(params.data.raw); });
  return chart;
}

// Country shapes with pan and zoom; rings (places the articles mention) under the filled event
// circles, and only the circles take clicks.
let worldRegistered = false;
function drawMap(node, world, places, onPick) {
  if (!worldRegistered) { echarts.registerMap("world", world); worldRegistered = true; }
  const chart = chartFor(node);
  chart.clear();
  const happened = places.filter((p) => p.events > 0);
  const most = Math.max(1, ...happened.map((p) => p.events));
  const mostDocs = Math.max(1, ...places.map((p) => p.documents || 0));
  chart.setOption({
    animation: false,
    tooltip: { renderMode: "richText", formatter: (p) => p.seriesIndex === 1 ? `${p.data.name}: ${p.data.events} events, mean Goldstein ${p.data.goldstein}` : `${p.data.name}: mentioned in ${p.data.documents} documents` },
    geo: { map: "world", roam: true, center: [12, 24], zoom: 1.3,  // Antarctica and the high Arctic just off the edge
           scaleLimit: { min: 1, max: 40 }, itemStyle: { areaColor: "#dde3e9", borderColor: "#fff" },
           emphasis: { disabled: true }, label: { show: false } },
    series: [
      { name: "mentioned", type: "scatter", coordinateSystem: "geo", z: 2, silent: true,
        symbolSize: (v, p) => 6 + 18 * Math.sqrt((p.data.documents || 0) / mostDocs),
        itemStyle: { color: "transparent", borderColor: "#5c6bc0", borderWidth: 1.2 },
        data: places.map((p) => ({ name: p.name, value: [p.lon, p.lat], documents: p.documents || 0 })) },
      { name: "events", type: "scatter", coordinateSystem: "geo", z: 5,
        symbolSize: (v, p) => 7 + 26 * Math.sqrt(p.data.events / most),
        itemStyle: { opacity: 0.85, borderColor: "#fff", borderWidth: 1 },
        data: happened.map((p) => ({ name: p.name, value: [p.lon, p.lat], events: p.events, goldstein: p.goldstein, place: p,
                                      itemStyle: { color: goldsteinColour(p.goldstein) } })) },
    ],
  });
  chart.on("click", (params) => { if (params.seriesIndex === 1) onPick(params.data.place); });
  return chart;
}
