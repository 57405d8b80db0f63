import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** Something that turns an SVG into PNG bytes. */
export interface PngDrawer {
  draw(svg: string): Promise<Buffer>;
  close(): Promise<void>;
}

export interface WorkerDrawerOptions {
  /** A render not finished by then ends the worker (a new one starts for the next render). */
  renderTimeoutMs?: number;
  /** resvg's options: zoom, fonts, background. */
  zoom: number;
  fontFiles: readonly string[];
  defaultFontFamily: string;
  background: string;
}

const require = createRequire(import.meta.url);

/**
 * The worker's code, inline so it needs no file of its own in dist/ (esbuild bundles the rest): resvg's synchronous
 * render and PNG encode, one render at a time, on the worker's own thread. (resvg-js 2 passes its options as JSON:
 * font files by path, not preloaded buffers.)
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require(workerData.resvg);
const options = {
  fitTo: { mode: "zoom", value: workerData.zoom },
  font: { loadSystemFonts: false, fontFiles: workerData.fontFiles, defaultFontFamily: workerData.defaultFontFamily },
  background: workerData.background,
  logLevel: "off",
};
parentPort.on("message", ({ id, svg }) => {
  try {
    const png = new Uint8Array(new Resvg(svg, options).render().asPng());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Job {
  resolve(png: Buffer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * PNG rendering on a worker thread, so neither the layout nor the PNG encode (15-30 ms a chart) ever runs on the
 * event loop that answers questions. One worker draws one chart at a time, in the order asked (the machine's other
 * cores stay for the answers); how many may wait is RenderQueue's business. The worker keeps the process alive only
 * while it has work.
 */
export class WorkerPngDrawer implements PngDrawer {
  #worker?: Worker;
  readonly #jobs = new Map<number, Job>();
  #nextId = 0;
  readonly #timeoutMs: number;

  constructor(private readonly options: WorkerDrawerOptions) {
    this.#timeoutMs = options.renderTimeoutMs ?? 15_000;
  }

  draw(svg: string): Promise<Buffer> {
    const worker = this.#start();
    const id = ++this.#nextId;
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(
        () => this.#fail(worker, new Error(`chart render took over ${this.#timeoutMs} ms`)),
        this.#timeoutMs,
      );
      timer.unref();
      this.#jobs.set(id, { resolve, reject, timer });
      // Held open while it has work: a render asked for is finished even if nothing else keeps the process alive.
      worker.ref();
      worker.postMessage({ id, svg });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    if (worker) this.#fail(worker, new Error("chart renderer closed"));
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        resvg: require.resolve("@resvg/resvg-js"),
        fontFiles: this.options.fontFiles,
        zoom: this.options.zoom,
        defaultFontFamily: this.options.defaultFontFamily,
        background: this.options.background,
      },
    });
    worker.unref();
    worker.on("message", (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = this.#jobs.get(message.id);
      if (!job) return;
      this.#jobs.delete(message.id);
      clearTimeout(job.timer);
      if (this.#jobs.size === 0) worker.unref();
      if (message.png) job.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
      else job.reject(new Error(`chart render failed: ${message.error}`));
    });
    worker.on("error", (error) => this.#fail(worker, error));
    worker.on("exit", (code) => this.#fail(worker, new Error(`chart render worker exited (${code})`)));
    this.#worker = worker;
    return worker;
  }

  /** The worker is gone or stuck: every render it held fails, and the next render starts a new worker. */
  #fail(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    void worker.terminate();
    for (const [id, job] of this.#jobs) {
      clearTimeout(job.timer);
      job.reject(error);
      this.#jobs.delete(id);
    }
  }
}
