import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import type { CareerData } from "../data/schema";
import { WorkerPngDrawer } from "./pngWorker";
import { type PngRenderer, type RenderOptions, RenderQueue } from "./queue";
import { salaryChartSpec } from "./spec";
import { FONT_FAMILY, salaryChartSvg } from "./svg";

/**
 * PNG pixels per SVG unit: 640 units become 960 pixels, about twice what Slack and Discord show inline, so the text
 * stays sharp on high-density screens. (Zoom 2 doubled the PNG encoding time for no visible gain.)
 */
export const ZOOM = 1.5;

const require = createRequire(import.meta.url);

/**
 * IBM Plex Sans (OFL), shipped as TTF files by an npm package: no system font is assumed or loaded. Its digits are
 * clear at small sizes, and resvg lays it out about twice as fast as Inter (14 ms against 26 ms for this chart).
 */
export const FONT_FILES = [
  require.resolve("@expo-google-fonts/ibm-plex-sans/400Regular/IBMPlexSans_400Regular.ttf"),
  require.resolve("@expo-google-fonts/ibm-plex-sans/600SemiBold/IBMPlexSans_600SemiBold.ttf"),
];

/**
 * SVG to PNG with resvg (Rust, prebuilt per platform through npm's optional dependencies), for one-off renders
 * (`careerbot chart`). `renderAsync` lays out on libuv's thread pool but `asPng()` encodes on the calling thread:
 * the running bot renders through WorkerPngRenderer instead (createSalaryCharts), off its event loop.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: ZOOM },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY },
    background: "#ffffff",
    logLevel: "off",
  });
  return image.asPng();
}

/**
 * A least-recently-used map bounded by a size: by default each entry counts 1 (a count of entries); with `sizeOf`
 * (a PNG's bytes), the total of the sizes. An entry larger than the whole capacity is not kept.
 */
export class Lru<K, V> {
  readonly #entries = new Map<K, { value: V; size: number }>();
  #total = 0;
  constructor(
    readonly capacity: number,
    private readonly sizeOf: (value: V) => number = () => 1,
  ) {}
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry?.value;
  }
  set(key: K, value: V): void {
    this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.capacity) return;
    this.#entries.set(key, { value, size });
    this.#total += size;
    while (this.#total > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }
  delete(key: K): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#total -= entry.size;
  }
  get size(): number {
    return this.#entries.size;
  }
  /** The sum of the entries' sizes (their bytes, with `sizeOf`). */
  get total(): number {
    return this.#total;
  }
}

export interface SalaryCharts {
  /**
   * The PNG for these roles in this order; empty means every role. Rendered once per role set, then cached. Rejects
   * with ChartsBusyError at once when too many renders are queued (answers may queue deeper than image requests).
   */
  png(roleIds: readonly string[], options?: RenderOptions): Promise<Buffer>;
  /** The PNG if it is already rendered: lets a reply carry the chart without waiting for anything. */
  cached(roleIds: readonly string[]): Buffer | undefined;
  /** Bytes of PNG held by the cache now, and its bound. */
  cacheBytes(): { used: number; capacity: number };
  data: CareerData;
  /** Ends the render worker. */
  close(): Promise<void>;
}

export interface SalaryChartsOptions {
  /**
   * The most PNG bytes kept (default 4 MiB: 50 to 100 charts of 40-90 KB; 325 ordered role sets would be about
   * 20 MB).
   */
  cacheBytes?: number;
  /** Renders an image request may find ahead of it before it is refused (see RenderQueue). */
  maxQueued?: number;
  /** Where PNGs are drawn; a RenderQueue in front of a worker thread by default. */
  renderer?: PngRenderer;
  /** Called with each render's duration, for logs and tests. */
  onRender?: (roleIds: readonly string[], ms: number) => void;
}

export const DEFAULT_CHART_CACHE_BYTES = 4 * 1024 * 1024;

export function chartKey(roleIds: readonly string[]): string {
  return roleIds.join(",");
}

export function createSalaryCharts(data: CareerData, options: SalaryChartsOptions = {}): SalaryCharts {
  const done = new Lru<string, Buffer>(options.cacheBytes ?? DEFAULT_CHART_CACHE_BYTES, (png) => png.length);
  const renderer =
    options.renderer ??
    new RenderQueue(
      new WorkerPngDrawer({ zoom: ZOOM, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, background: "#ffffff" }),
      { maxQueued: options.maxQueued },
    );
  // Concurrent asks for the same chart share one render.
  const pending = new Map<string, Promise<Buffer>>();
  return {
    data,
    cached: (roleIds) => done.get(chartKey(roleIds)),
    cacheBytes: () => ({ used: done.total, capacity: done.capacity }),
    close: () => renderer.close(),
    png(roleIds, renderOptions) {
      const key = chartKey(roleIds);
      const hit = done.get(key);
      if (hit) return Promise.resolve(hit);
      let job = pending.get(key);
      if (!job) {
        const started = performance.now();
        job = renderer
          .render(() => salaryChartSvg(salaryChartSpec(data, roleIds)).svg, renderOptions)
          .then((png) => {
            done.set(key, png);
            options.onRender?.(roleIds, performance.now() - started);
            return png;
          })
          .finally(() => pending.delete(key));
        pending.set(key, job);
      }
      return job;
    },
  };
}
