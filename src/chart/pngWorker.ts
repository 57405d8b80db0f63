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
  /** Charts a worker draws before a fresh one takes over (default 64). */
  rendersPerWorker?: number;
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

/** One worker thread and the renders sent to it. */
interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Renders sent to it so far. */
  sent: number;
  /** No new renders go to it; it ends once those it has are done. */
  retired: boolean;
}

/**
 * PNG rendering on a worker thread, so neither the layout nor the PNG encode (15-30 ms a chart) ever runs on the
 * event loop that answers questions. One worker draws one chart at a time, in the order asked (the machine's other
 * cores stay for the answers); how many may wait is RenderQueue's business. resvg's native memory (a pixmap of a few
 * MB a chart) is freed only when V8 collects its wrappers, which the worker's small heap seldom does: so a worker
 * draws at most `rendersPerWorker` charts, then a fresh one takes over and the old one ends, its memory with it. A
 * worker keeps the process alive only while it has work.
 */
export class WorkerPngDrawer implements PngDrawer {
  #current?: Thread;
  #nextId = 0;
  #started = 0;
  readonly #timeoutMs: number;
  readonly #rendersPerWorker: number;

  constructor(private readonly options: WorkerDrawerOptions) {
    this.#timeoutMs = options.renderTimeoutMs ?? 15_000;
    this.#rendersPerWorker = options.rendersPerWorker ?? 64;
  }

  draw(svg: string): Promise<Buffer> {
    const thread = this.#thread();
    const id = ++this.#nextId;
    thread.sent++;
    if (thread.sent >= this.#rendersPerWorker) this.#retire(thread);
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(
        () => this.#fail(thread, new Error(`chart render took over ${this.#timeoutMs} ms`)),
        this.#timeoutMs,
      );
      timer.unref();
      thread.jobs.set(id, { resolve, reject, timer });
      // Held open while it has work: a render asked for is finished even if nothing else keeps the process alive.
      thread.worker.ref();
      thread.worker.postMessage({ id, svg });
    });
  }

  /** Worker threads started so far. */
  get workersStarted(): number {
    return this.#started;
  }

  async close(): Promise<void> {
    if (this.#current) this.#fail(this.#current, new Error("chart renderer closed"));
  }

  #thread(): Thread {
    if (this.#current) return this.#current;
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
    const thread: Thread = { worker, jobs: new Map(), sent: 0, retired: false };
    this.#started++;
    worker.unref();
    worker.on("message", (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = thread.jobs.get(message.id);
      if (!job) return;
      thread.jobs.delete(message.id);
      clearTimeout(job.timer);
      if (thread.jobs.size === 0) {
        worker.unref();
        if (thread.retired) void worker.terminate();
      }
      if (message.png) job.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
      else job.reject(new Error(`chart render failed: ${message.error}`));
    });
    worker.on("error", (error) => this.#fail(thread, error));
    worker.on("exit", (code) => this.#fail(thread, new Error(`chart render worker exited (${code})`)));
    this.#current = thread;
    return thread;
  }

  /** The next render starts a fresh worker; this one ends after the renders it has. */
  #retire(thread: Thread): void {
    thread.retired = true;
    if (this.#current === thread) this.#current = undefined;
  }

  /** A worker gone or stuck: every render it held fails; the next render starts a new worker. */
  #fail(thread: Thread, error: Error): void {
    this.#retire(thread);
    void thread.worker.terminate();
    for (const [id, job] of thread.jobs) {
      clearTimeout(job.timer);
      job.reject(error);
      thread.jobs.delete(id);
    }
  }
}
