import type { PngDrawer } from "./pngWorker";

/** Refused at once: the render queue is full. An image request gets a 503; an answer goes without its chart. */
export class ChartsBusyError extends Error {
  override name = "ChartsBusyError";
}

export interface RenderOptions {
  /** Asked by an answer on its way (a Discord attachment, a Slack upload, a prerender), not by an image request. */
  forAnswer?: boolean;
}

export interface PngRenderer {
  /**
   * SVG to PNG; rejects with ChartsBusyError at once when the queue is full, before `svg` is called: a refused
   * request costs no layout.
   */
  render(svg: () => string, options?: RenderOptions): Promise<Buffer>;
  /** Renders admitted and not finished (the one drawing and those waiting). */
  readonly pending: number;
  close(): Promise<void>;
}

export interface RenderQueueOptions {
  /** Renders an image request may find ahead of it (drawing or waiting) before it is refused; default 4. */
  maxQueued?: number;
  /** Answers may find this many times more ahead (default 4): an image flood must not take charts from answers. */
  answerFactor?: number;
  /**
   * Renders image requests may start a second, on average (default 8; bursts up to `maxQueued`): a flood of
   * distinct chart URLs must not keep a core busy drawing. Answers are not counted.
   */
  requestRendersPerSecond?: number;
  now?: () => number;
}

/**
 * A small queue in front of the drawer: a render is admitted only while few are ahead of it, and image requests
 * start only a few renders a second, so a flood of image requests (anyone with chart URLs) is refused at once
 * instead of piling up memory, delay and CPU; the wait for an admitted render stays a few renders long.
 */
export class RenderQueue implements PngRenderer {
  #pending = 0;
  readonly #maxQueued: number;
  readonly #answerFactor: number;
  readonly #rate: number;
  readonly #now: () => number;
  /** Renders image requests may start now (a token bucket refilled at `rate` a second, holding `maxQueued`). */
  #tokens: number;
  #refilledAt: number;

  constructor(
    private readonly drawer: PngDrawer,
    options: RenderQueueOptions = {},
  ) {
    this.#maxQueued = options.maxQueued ?? 4;
    this.#answerFactor = options.answerFactor ?? 4;
    this.#rate = options.requestRendersPerSecond ?? 8;
    this.#now = options.now ?? (() => performance.now());
    this.#tokens = this.#maxQueued;
    this.#refilledAt = this.#now();
  }

  /** Whether an image request may start a render now (and takes its token if so). */
  #takeToken(): boolean {
    const now = this.#now();
    this.#tokens = Math.min(this.#maxQueued, this.#tokens + ((now - this.#refilledAt) / 1000) * this.#rate);
    this.#refilledAt = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  get pending(): number {
    return this.#pending;
  }

  render(svg: () => string, options: RenderOptions = {}): Promise<Buffer> {
    const limit = options.forAnswer ? this.#maxQueued * this.#answerFactor : this.#maxQueued;
    if (this.#pending >= limit)
      return Promise.reject(new ChartsBusyError(`${this.#pending} chart renders queued: try again shortly`));
    if (!options.forAnswer && !this.#takeToken())
      return Promise.reject(new ChartsBusyError(`over ${this.#rate} chart renders a second: try again shortly`));
    let drawing: Promise<Buffer>;
    try {
      drawing = this.drawer.draw(svg());
    } catch (error) {
      return Promise.reject(error);
    }
    this.#pending++;
    return drawing.finally(() => {
      this.#pending--;
    });
  }

  close(): Promise<void> {
    return this.drawer.close();
  }
}
