import type { SalaryAverage, SalaryBar, SalaryChartSpec, SalaryRow } from "./spec";

/** Layout in SVG units; the PNG is rendered at ZOOM times this for sharp text on high-density screens. */
export const LAYOUT = {
  width: 640,
  pad: 24,
  /** Top of the first row (below the title, subtitle and gridline labels). */
  plotTop: 96,
  rowHeight: 72,
  barOffset: 27,
  barHeight: 18,
  footer: 58,
  /** Room the arrow of an open-ended bar takes past its last figure. */
  openArrow: 30,
} as const;

/** Okabe-Ito colours: told apart with every common colour-vision deficiency, and in greyscale by their shapes. */
export const COLORS = {
  bar: "#0072B2",
  average: "#E69F00",
  outline: "#1a1a1a",
  text: "#1a1a1a",
  muted: "#5c5c5c",
  grid: "#dcdcdc",
  background: "#ffffff",
} as const;

export const FONT_FAMILY = "IBM Plex Sans";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "$78,000 – $139,000", "$166,600 – $360,000+", "over $366,000", "$136,620". */
export function barText(bar: SalaryBar): string {
  if (bar.low === bar.high) return bar.openHigh ? `over ${usd.format(bar.low)}` : usd.format(bar.low);
  return `${usd.format(bar.low)} – ${usd.format(bar.high)}${bar.openHigh ? "+" : ""}`;
}

export function averageText(average: SalaryAverage): string {
  const about = /\babout\b|\baround\b/i.test(average.label) ? "about " : "";
  const value =
    average.low === average.high ? usd.format(average.low) : `${usd.format(average.low)} – ${usd.format(average.high)}`;
  return `average ${about}${value}`;
}

const shortUsd = (n: number) => (n >= 1_000_000 ? `$${n / 1_000_000}M` : `$${Math.round(n / 1000)}k`);

/** A drawn bar, in SVG units, with the figures it stands for: tests check one against the other. */
export interface DrawnBar {
  roleId: string;
  low: number;
  high: number;
  x1: number;
  x2: number;
}

export interface SalaryChartSvg {
  svg: string;
  width: number;
  height: number;
  bars: DrawnBar[];
}

export function chartHeight(rows: number): number {
  return LAYOUT.plotTop + rows * LAYOUT.rowHeight + LAYOUT.footer;
}

/** The chart as an SVG string: title, gridlines with dollar labels, one row per role, legend and source. */
export function salaryChartSvg(spec: SalaryChartSpec): SalaryChartSvg {
  const { width, pad, plotTop, rowHeight } = LAYOUT;
  const height = chartHeight(spec.rows.length);
  const plotLeft = pad;
  const plotRight = width - pad;
  const axis = spec.axis;
  const x = (value: number) =>
    axis ? round(plotLeft + ((value - axis.min) / (axis.max - axis.min)) * (plotRight - plotLeft)) : plotLeft;
  const plotBottom = plotTop + spec.rows.length * rowHeight;
  const parts: string[] = [];
  const bars: DrawnBar[] = [];

  parts.push(
    `<defs><linearGradient id="open"><stop offset="0" stop-color="${COLORS.bar}"/><stop offset="1" stop-color="${COLORS.bar}" stop-opacity="0.15"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="${COLORS.background}"/>`,
  );
  parts.push(text(pad, 34, spec.title, { size: 21, weight: 600 }));
  parts.push(text(pad, 57, "US dollars a year, as the careers guide gives them", { size: 13, fill: COLORS.muted }));
  if (axis) {
    for (const tick of axis.ticks) {
      const tx = x(tick);
      parts.push(
        `<line x1="${tx}" y1="${plotTop - 6}" x2="${tx}" y2="${plotBottom}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      );
      parts.push(text(tx, plotTop - 12, shortUsd(tick), { size: 12, fill: COLORS.muted, anchor: "middle" }));
    }
  }

  spec.rows.forEach((row, i) => {
    const top = plotTop + i * rowHeight;
    parts.push(rowTitle(row, pad, top + 19));
    const barTop = top + LAYOUT.barOffset;
    if (!row.bar || !axis) {
      parts.push(text(pad, barTop + 14, "no figure in the guide", { size: 14, fill: COLORS.muted }));
      return;
    }
    const drawn = { roleId: row.roleId, low: row.bar.low, high: row.bar.high, x1: x(row.bar.low), x2: x(row.bar.high) };
    bars.push(drawn);
    parts.push(barShape(row, drawn, barTop));
    if (row.average) parts.push(averageShape(row.average, x, barTop));
    const label = [barText(row.bar), row.average ? averageText(row.average) : ""].filter(Boolean).join(" · ");
    parts.push(text(pad, barTop + LAYOUT.barHeight + 16, label, { size: 13.5, fill: COLORS.text }));
  });

  parts.push(legend(spec, pad, plotBottom + 24));
  parts.push(
    text(pad, plotBottom + 46, `Source: ${spec.source}. Other figures (top earners, bonuses) are in the text answer.`, {
      size: 12,
      fill: COLORS.muted,
    }),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">${parts.join("")}</svg>`;
  return { svg, width, height, bars };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size: number; weight?: number; fill?: string; anchor?: "start" | "middle" | "end" },
): string {
  return `<text x="${x}" y="${y}" font-size="${style.size}" font-weight="${style.weight ?? 400}" fill="${style.fill ?? COLORS.text}"${style.anchor ? ` text-anchor="${style.anchor}"` : ""}>${escapeXml(content)}</text>`;
}

function rowTitle(row: SalaryRow, x: number, y: number): string {
  const context = row.context
    ? `<tspan dx="8" font-weight="400" fill="${COLORS.muted}">· ${escapeXml(row.context)}</tspan>`
    : "";
  return `<text x="${x}" y="${y}" font-size="15.5" font-weight="600" fill="${COLORS.text}">${escapeXml(row.title)}${context}</text>`;
}

function barShape(row: SalaryRow, bar: DrawnBar, top: number): string {
  const h = LAYOUT.barHeight;
  const data = `data-role="${escapeXml(row.roleId)}" data-low="${bar.low}" data-high="${bar.high}"`;
  const width = Math.max(bar.x2 - bar.x1, 4);
  const x1 = bar.x2 - bar.x1 < 4 ? bar.x1 - 2 : bar.x1;
  const solid = `<rect class="bar" ${data} x="${x1}" y="${top}" width="${round(width)}" height="${h}" rx="3" fill="${COLORS.bar}" stroke="${COLORS.outline}" stroke-width="1"/>`;
  if (!row.bar?.openHigh) return solid;
  // Open top: the bar fades out to an arrowhead past the last figure.
  const end = bar.x2 + LAYOUT.openArrow;
  const mid = top + h / 2;
  const fade = `<rect x="${bar.x2}" y="${top + 3}" width="${LAYOUT.openArrow - 8}" height="${h - 6}" fill="url(#open)"/>`;
  const arrow = `<path d="M${end - 9} ${top - 1} L${end} ${mid} L${end - 9} ${top + h + 1} Z" fill="${COLORS.bar}" stroke="${COLORS.outline}" stroke-width="1"/>`;
  return `${solid}${fade}${arrow}`;
}

function averageShape(average: SalaryAverage, x: (v: number) => number, barTop: number): string {
  const mid = barTop + LAYOUT.barHeight / 2;
  const data = `class="average" data-low="${average.low}" data-high="${average.high}"`;
  if (average.low === average.high) {
    const cx = x(average.low);
    const r = 8;
    return `<path ${data} d="M${cx} ${mid - r} L${cx + r} ${mid} L${cx} ${mid + r} L${cx - r} ${mid} Z" fill="${COLORS.average}" stroke="${COLORS.outline}" stroke-width="1.5"/>`;
  }
  // A range of averages: a bracket through the bar's middle.
  const a = x(average.low);
  const b = x(average.high);
  return `<g ${data} stroke="${COLORS.outline}" stroke-width="1.5" fill="${COLORS.average}"><rect x="${a}" y="${mid - 3}" width="${round(b - a)}" height="6"/><rect x="${a - 2}" y="${mid - 8}" width="4" height="16"/><rect x="${b - 2}" y="${mid - 8}" width="4" height="16"/></g>`;
}

/** Keys only for the marks this chart uses. */
function legend(spec: SalaryChartSpec, x: number, y: number): string {
  const items: string[] = [];
  let cx = x;
  const add = (shape: string, label: string, shapeWidth: number) => {
    items.push(shape, text(cx + shapeWidth + 6, y + 4, label, { size: 12.5, fill: COLORS.text }));
    cx += shapeWidth + 6 + label.length * 7 + 18;
  };
  if (spec.rows.some((r) => r.bar)) {
    add(
      `<rect x="${cx}" y="${y - 7}" width="26" height="12" rx="2" fill="${COLORS.bar}" stroke="${COLORS.outline}" stroke-width="1"/>`,
      "salary range",
      26,
    );
  }
  if (spec.rows.some((r) => r.average && r.average.low === r.average.high)) {
    const c = cx + 7;
    add(
      `<path d="M${c} ${y - 8} L${c + 7} ${y - 1} L${c} ${y + 6} L${c - 7} ${y - 1} Z" fill="${COLORS.average}" stroke="${COLORS.outline}" stroke-width="1.5"/>`,
      "average",
      14,
    );
  }
  if (spec.rows.some((r) => r.average && r.average.low !== r.average.high)) {
    add(
      `<rect x="${cx}" y="${y - 4}" width="26" height="6" fill="${COLORS.average}" stroke="${COLORS.outline}" stroke-width="1.5"/>`,
      "range of averages",
      26,
    );
  }
  if (spec.rows.some((r) => r.bar?.openHigh)) {
    add(
      `<path d="M${cx} ${y - 8} L${cx + 10} ${y - 1} L${cx} ${y + 6} Z" fill="${COLORS.bar}" stroke="${COLORS.outline}" stroke-width="1"/>`,
      "no upper figure (+)",
      10,
    );
  }
  return items.join("");
}
