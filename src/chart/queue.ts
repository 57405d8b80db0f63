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
}

/**
 * A small queue in front of the drawer: a render is admitted only while few are ahead of it, so a flood of image
 * requests (anyone with chart URLs) is refused at once instead of piling up memory and delay; the wait for an
 * admitted render stays a few renders long.
 */
export class RenderQueue implements PngRenderer {
  #pending = 0;
  readonly #maxQueued: number;
  readonly #answerFactor: number;

  constructor(
    private readonly drawer: PngDrawer,
    options: RenderQueueOptions = {},
  ) {
    this.#maxQueued = options.maxQueued ?? 4;
    this.#answerFactor = options.answerFactor ?? 4;
  }

  get pending(): number {
    return this.#pending;
  }

  render(svg: () => string, options: RenderOptions = {}): Promise<Buffer> {
    const limit = options.forAnswer ? this.#maxQueued * this.#answerFactor : this.#maxQueued;
    if (this.#pending >= limit)
      return Promise.reject(new ChartsBusyError(`${this.#pending} chart renders queued: try again shortly`));
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
