// Charts drawn as plain SVG: timeline bars, the dyad chart, the actor network and the map.
// Every label goes in through textContent, never as markup.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function tooltip(node, text) { node.appendChild(svgEl("title", {}, text)); return node; }

function emptyNote(svg, text) {
  const box = svg.viewBox.baseVal;
  svg.appendChild(svgEl("text", { x: box.width / 2, y: box.height / 2, "text-anchor": "middle", class: "tick" }, text));
}

// Bars per period, stacked by QuadClass (1 at the bottom).
function drawTimeline(svg, series, onPick) {
  clear(svg);
  if (!series.length) { emptyNote(svg, "no dated events match"); return; }
  const W = 960, H = 180, left = 34, bottom = 24, top = 8;
  const max = Math.max(...series.map((p) => p.count));
  const step = Math.min((W - left - 8) / series.length, 80);
  const scale = (H - bottom - top) / max;
  svg.appendChild(svgEl("line", { x1: left, x2: W - 4, y1: H - bottom, y2: H - bottom, class: "axis" }));
  svg.appendChild(svgEl("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "tick" }, String(max)));
  const every = Math.ceil(series.length / 12);
  series.forEach((period, i) => {
    let y = H - bottom;
    const x = left + i * step + step * 0.1;
    for (const quad of ["1", "2", "3", "4"]) {
      const count = period.quad_class[quad];
      if (!count) continue;
      const h = count * scale;
      y -= h;
      const bar = svgEl("rect", { x, y, width: Math.max(step * 0.8, 1), height: h, class: `bar q${quad}`, "data-period": period.period });
      tooltip(bar, `${period.period}: ${count} events of QuadClass ${quad} (Goldstein sum ${period.goldstein})`);
      if (onPick) bar.addEventListener("click", () => onPick(period));
      svg.appendChild(bar);
    }
    if (i % every === 0) {
      svg.appendChild(svgEl("text", { x: x + step * 0.4, y: H - 8, "text-anchor": "middle", class: "tick" }, period.period));
    }
  });
}

// Cooperation above the axis, conflict below, Goldstein sum as a line.
function drawDyad(svg, series) {
  clear(svg);
  if (!series.length) { emptyNote(svg, "no dated events between these two"); return; }
  const W = 960, H = 260, left = 40, mid = H / 2 - 6, half = H / 2 - 30;
  const maxCount = Math.max(1, ...series.map((p) => Math.max(p.cooperation, p.conflict)));
  const maxGold = Math.max(1, ...series.map((p) => Math.abs(p.goldstein)));
  const step = Math.min((W - left - 10) / series.length, 80);
  svg.appendChild(svgEl("line", { x1: left, x2: W - 6, y1: mid, y2: mid, class: "axis" }));
  svg.appendChild(svgEl("text", { x: left - 4, y: mid - half + 8, "text-anchor": "end", class: "tick" }, `+${maxCount}`));
  svg.appendChild(svgEl("text", { x: left - 4, y: mid + half, "text-anchor": "end", class: "tick" }, `-${maxCount}`));
  const points = [];
  const every = Math.ceil(series.length / 12);
  series.forEach((p, i) => {
    const x = left + i * step + step * 0.15, width = Math.max(step * 0.7, 1);
    const up = (p.cooperation / maxCount) * half, down = (p.conflict / maxCount) * half;
    if (up) svg.appendChild(tooltip(svgEl("rect", { x, y: mid - up, width, height: up, class: "bar coop" }), `${p.period}: ${p.cooperation} cooperative events`));
    if (down) svg.appendChild(tooltip(svgEl("rect", { x, y: mid, width, height: down, class: "bar conf" }), `${p.period}: ${p.conflict} conflictual events`));
    const gy = mid - (p.goldstein / maxGold) * half;
    points.push(`${x + width / 2},${gy}`);
    svg.appendChild(tooltip(svgEl("circle", { cx: x + width / 2, cy: gy, r: 3, class: "goldstein-point" }), `${p.period}: Goldstein sum ${p.goldstein}`));
    if (i % every === 0) svg.appendChild(svgEl("text", { x: x + width / 2, y: H - 6, "text-anchor": "middle", class: "tick" }, p.period));
  });
  svg.appendChild(svgEl("polyline", { points: points.join(" "), class: "goldstein" }));
}

function goldsteinColour(mean) {
  const t = Math.max(-1, Math.min(1, mean / 6));
  const red = [198, 40, 40], green = [46, 125, 50], grey = [150, 150, 150];
  const to = t < 0 ? red : green, a = Math.abs(t);
  const mix = grey.map((c, i) => Math.round(c + (to[i] - c) * a));
  return `rgb(${mix.join(",")})`;
}

// A small force layout: nodes repel, edges pull, everything drifts to the centre.
function layout(nodes, edges, W, H) {
  const index = new Map(nodes.map((n, i) => [String(n.id), i]));
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (W / 3) * Math.cos(angle); n.y = H / 2 + (H / 3) * Math.sin(angle);
  });
  const links = edges.map((e) => [index.get(String(e.source)), index.get(String(e.target)), e.weight])
    .filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.min(Math.sqrt((W * H) / Math.max(nodes.length, 1)) * 0.3, 90);
  const gravity = 0.01 * Math.max(nodes.length, 5);  // holds apart components on the canvas
  for (let round = 0; round < 300; round++) {
    const heat = 1 - round / 300;
    const dx = new Float64Array(nodes.length), dy = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(x * x + y * y, 1), f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const [a, b, w] of links) {
      const x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
      const d = Math.max(Math.sqrt(x * x + y * y), 1), f = (d / k) * Math.min(1 + Math.log(w), 3);
      dx[a] -= x * f * 0.1; dy[a] -= y * f * 0.1; dx[b] += x * f * 0.1; dy[b] += y * f * 0.1;
    }
    nodes.forEach((n, i) => {
      dx[i] += (W / 2 - n.x) * gravity; dy[i] += (H / 2 - n.y) * gravity * 1.5;
      const len = Math.max(Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 1), limit = 12 * heat + 0.5;
      n.x = Math.min(W - 110, Math.max(30, n.x + (dx[i] / len) * Math.min(len, limit)));
      n.y = Math.min(H - 20, Math.max(20, n.y + (dy[i] / len) * Math.min(len, limit)));
    });
  }
  return index;
}

function drawNetwork(svg, graph, onPick) {
  clear(svg);
  const nodes = graph.nodes.slice(0, 80);
  if (!nodes.length) { emptyNote(svg, "no events with both a source and a target match"); return; }
  const W = 960, H = 600;
  const index = layout(nodes, graph.edges, W, H);
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight));
  const maxNode = Math.max(1, ...nodes.map((n) => n.weight));
  for (const edge of graph.edges) {
    const a = nodes[index.get(String(edge.source))], b = nodes[index.get(String(edge.target))];
    if (!a || !b) continue;
    const line = svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge",
      stroke: goldsteinColour(edge.goldstein / edge.weight), "stroke-width": 1 + (5 * edge.weight) / maxEdge });
    svg.appendChild(tooltip(line, `${a.label} → ${b.label}: ${edge.weight} events (${edge.cooperation} cooperative, ${edge.conflict} conflictual), Goldstein sum ${edge.goldstein}`));
  }
  for (const node of nodes) {
    const r = 5 + 12 * Math.sqrt(node.weight / maxNode);
    const circle = svgEl("circle", { cx: node.x, cy: node.y, r, class: "node", fill: node.kind === "person" ? "#5c6bc0" : "#26a69a", "data-id": node.id });
    tooltip(circle, `${node.label}${node.code ? " (" + node.code + ")" : ""}: ${node.weight} events`);
    circle.addEventListener("click", () => onPick(node));
    svg.appendChild(circle);
    svg.appendChild(svgEl("text", { x: node.x + r + 2, y: node.y + 4, class: "node-label" }, node.label));
  }
}

function project(lon, lat) { return [((lon + 180) / 360) * 960, ((90 - lat) / 180) * 480]; }

function drawMap(svg, land, places, onPick) {
  clear(svg);
  const cell = (land.step / 360) * 960;
  for (let lon = -180; lon <= 180; lon += 30) {
    const [x] = project(lon, 0);
    svg.appendChild(svgEl("line", { x1: x, x2: x, y1: 0, y2: 480, class: "graticule" }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    const [, y] = project(0, lat);
    svg.appendChild(svgEl("line", { x1: 0, x2: 960, y1: y, y2: y, class: "graticule" }));
  }
  for (const [lon, lat] of land.points) {
    const [x, y] = project(lon, lat);
    svg.appendChild(svgEl("rect", { x: x - cell / 2, y: y - cell / 2, width: cell, height: cell, class: "land" }));
  }
  const maxEvents = Math.max(1, ...places.map((p) => p.events));
  for (const place of places.slice().sort((a, b) => b.events - a.events)) {
    const [x, y] = project(place.lon, place.lat);
    const label = `${place.name}${place.country ? ", " + place.country : ""}: ${place.events} events, mentioned in ${place.documents} documents`;
    if (place.events > 0) {
      const circle = svgEl("circle", { cx: x, cy: y, r: 4 + 10 * Math.sqrt(place.events / maxEvents), class: "place",
        fill: goldsteinColour(place.goldstein || 0), "data-place": place.id });
      circle.addEventListener("click", () => onPick(place));
      svg.appendChild(tooltip(circle, label));
    } else {
      svg.appendChild(tooltip(svgEl("circle", { cx: x, cy: y, r: 3, class: "mentioned" }), label));
    }
  }
}
