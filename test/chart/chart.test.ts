import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { typicalPay } from "../../src/advice/criteria";
import { chartRoleIds } from "../../src/chart";
import { WorkerPngDrawer } from "../../src/chart/pngWorker";
import { ChartsBusyError, RenderQueue } from "../../src/chart/queue";
import { createSalaryCharts, FONT_FILES, Lru, svgToPng, ZOOM } from "../../src/chart/render";
import { salaryChartSpec } from "../../src/chart/spec";
import { chartHeight, FONT_FAMILY, LAYOUT, salaryChartSvg } from "../../src/chart/svg";
import { DEFAULT_DATA_DIR } from "../../src/data/load";
import { bot } from "../helpers";
import { decodePng, PNG_SIGNATURE } from "./png";

const data = bot.data;
const ALL = data.roles.map((r) => r.id);
const svgOf = (roleIds: readonly string[]) => salaryChartSvg(salaryChartSpec(data, roleIds)).svg;

/** The guide's figures straight from the JSON files, not through the loader the chart uses. */
function rawFigures(
  roleId: string,
): { label: string; value?: number; min?: number; max?: number; maxOpen?: boolean }[] {
  const role = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, "roles", `${roleId}.json`), "utf8"));
  return role.salary?.figures ?? [];
}

describe("salary chart spec: the bars are the guide's figures", () => {
  const spec = salaryChartSpec(data);

  it("has one row per role, in the data's order, with the documented figure as each bar", () => {
    expect(spec.rows.map((r) => r.roleId)).toEqual(ALL);
    const byId = Object.fromEntries(spec.rows.map((r) => [r.roleId, r]));
    expect(byId["entry-level-ai-engineer"]?.bar).toMatchObject({ low: 110_000, high: 175_000, openHigh: false });
    expect(byId["entry-level-ai-engineer"]?.average).toMatchObject({ low: 136_620, high: 136_620 });
    expect(byId["lead-ml-architect"]?.bar).toMatchObject({ label: "Base salary, range", low: 157_399, high: 227_416 });
    expect(byId["lead-ml-architect"]?.average).toMatchObject({ low: 188_940, high: 233_000 });
    expect(byId["lead-ml-architect"]?.context).toBe("US market, 2024");
    expect(byId["multimodal-ai-research-scientist"]?.bar).toMatchObject({
      low: 166_600,
      high: 360_000,
      openHigh: true,
    });
    expect(byId["multimodal-ai-research-scientist"]?.average).toBeUndefined();
    expect(byId["nlp-research-scientist"]?.bar).toMatchObject({ low: 78_000, high: 139_000, openHigh: false });
    expect(byId["nlp-research-scientist"]?.average).toMatchObject({ low: 105_000, high: 105_000 });
    expect(byId["senior-ai-application-engineer"]?.bar).toBeUndefined();
  });

  it("takes every bar end and average from a figure of that role in the data files", () => {
    for (const row of spec.rows) {
      const figures = rawFigures(row.roleId);
      if (!row.bar) {
        expect(figures).toEqual([]);
        continue;
      }
      const bar = figures.find((f) => f.label === row.bar?.label);
      expect(bar && [bar.min ?? bar.value, bar.max ?? bar.value]).toEqual([row.bar.low, row.bar.high]);
      expect(row.bar.openHigh).toBe(bar?.maxOpen === true);
      if (row.average) {
        const avg = figures.find((f) => f.label === row.average?.label);
        expect(avg && [avg.min ?? avg.value, avg.max ?? avg.value]).toEqual([row.average.low, row.average.high]);
      }
    }
  });

  it("keeps the order asked for, skips unknown ids, and covers every figure with its axis", () => {
    const two = salaryChartSpec(data, ["nlp-research-scientist", "no-such-role", "lead-ml-architect"]);
    expect(two.rows.map((r) => r.roleId)).toEqual(["nlp-research-scientist", "lead-ml-architect"]);
    expect(two.axis?.min).toBeLessThanOrEqual(78_000);
    expect(two.axis?.max).toBeGreaterThanOrEqual(233_000);
    expect(spec.axis?.max).toBeGreaterThan(360_000);
    expect(salaryChartSpec(data, ["senior-ai-application-engineer"]).axis).toBeUndefined();
  });
});

describe("salary chart SVG", () => {
  const spec = salaryChartSpec(data);
  const drawn = salaryChartSvg(spec);

  it("draws each bar from its low to its high figure on the axis scale", () => {
    const axis = spec.axis;
    if (!axis) throw new Error("no axis");
    const scale = (v: number) =>
      LAYOUT.pad + ((v - axis.min) / (axis.max - axis.min)) * (LAYOUT.width - 2 * LAYOUT.pad);
    const rects = [...drawn.svg.matchAll(/<rect class="bar" ([^>]*)\/>/g)].map((m) => {
      const attr = (name: string) => Number(m[1]?.match(new RegExp(`${name}="([^"]+)"`))?.[1]);
      return {
        role: m[1]?.match(/data-role="([^"]+)"/)?.[1],
        low: attr("data-low"),
        high: attr("data-high"),
        x: attr("x"),
        width: attr("width"),
      };
    });
    expect(rects.map((r) => r.role)).toEqual(spec.rows.filter((r) => r.bar).map((r) => r.roleId));
    for (const rect of rects) {
      const row = spec.rows.find((r) => r.roleId === rect.role);
      expect([rect.low, rect.high]).toEqual([row?.bar?.low, row?.bar?.high]);
      expect(rect.x).toBeCloseTo(scale(rect.low), 1);
      expect(rect.x + rect.width).toBeCloseTo(scale(rect.high), 1);
    }
    expect(drawn.bars.map((b) => [b.low, b.high])).toEqual(rects.map((r) => [r.low, r.high]));
  });

  it("labels dollar values, averages, open ends, region and year, the missing figure and the source", () => {
    const svg = drawn.svg;
    for (const label of [
      "$110,000 – $175,000 · average about $136,620",
      "$157,399 – $227,416 · average $188,940 – $233,000",
      "$166,600 – $360,000+",
      "$78,000 – $139,000 · average about $105,000",
      "US market, 2024",
      "United States",
      "no figure in the guide",
      "Source: AiPathly careers guide",
    ]) {
      expect(svg).toContain(label);
    }
    expect(svg).toContain('class="average" data-low="105000" data-high="105000"');
  });

  it("escapes markup in the data", () => {
    const spec2 = salaryChartSpec(data, ["nlp-research-scientist"]);
    const row = spec2.rows[0];
    if (row) row.title = `<script>&"x"`;
    expect(salaryChartSvg(spec2).svg).toContain("&lt;script&gt;&amp;&quot;x&quot;");
  });
});

describe("salary chart PNG", () => {
  it("decodes, has the expected size, and shows the bars where the spec puts them", async () => {
    const spec = salaryChartSpec(data);
    const drawn = salaryChartSvg(spec);
    const started = performance.now();
    const png = await svgToPng(drawn.svg);
    const ms = performance.now() - started;
    console.log(`salary chart (${spec.rows.length} roles) rendered in ${ms.toFixed(1)} ms, ${png.length} bytes`);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // IHDR is the first chunk: width and height at bytes 16 and 20.
    expect(png.toString("latin1", 12, 16)).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(LAYOUT.width * ZOOM);
    expect(png.readUInt32BE(20)).toBe(chartHeight(5) * ZOOM);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([960, chartHeight(5) * ZOOM]);
    // The middle of each bar is the bar colour (#0072B2); the background is white.
    for (const [i, bar] of drawn.bars.entries()) {
      const row = spec.rows.findIndex((r) => r.roleId === bar.roleId);
      const y = (LAYOUT.plotTop + row * LAYOUT.rowHeight + LAYOUT.barOffset + 3) * ZOOM;
      const x = (bar.x1 + 3) * ZOOM;
      expect(image.rgb(x, y), `bar ${i}`).toEqual([0x00, 0x72, 0xb2]);
    }
    expect(image.rgb(2, 2)).toEqual([255, 255, 255]);
  });

  it("renders each role set once, on a worker thread, shares concurrent renders, and keeps a cache bounded in bytes", async () => {
    const renders: string[] = [];
    const nlp = ["nlp-research-scientist"];
    const lead = ["lead-ml-architect"];
    const entry = ["entry-level-ai-engineer"];
    const sizes = await Promise.all([nlp, lead, entry].map(async (ids) => (await svgToPng(svgOf(ids))).length));
    // Room for the last two charts, not for the three.
    const capacity = (sizes[1] ?? 0) + (sizes[2] ?? 0);
    const charts = createSalaryCharts(data, { cacheBytes: capacity, onRender: (ids) => renders.push(ids.join(",")) });
    try {
      expect(charts.cached(nlp)).toBeUndefined();
      const [a, b] = await Promise.all([charts.png(nlp), charts.png(nlp)]);
      expect(a).toBe(b);
      // The worker draws the same bytes as resvg on this thread.
      expect(a.length).toBe(sizes[0]);
      expect(charts.cached(nlp)).toBe(a);
      await charts.png(nlp);
      expect(renders).toEqual(["nlp-research-scientist"]);
      await charts.png(lead);
      await charts.png(entry);
      expect(charts.cached(nlp)).toBeUndefined();
      expect(charts.cacheBytes()).toEqual({ used: capacity, capacity });
      expect(decodePng(a).height).toBe(chartHeight(1) * ZOOM);
    } finally {
      await charts.close();
    }
  });

  it("cycling many distinct charts keeps the cache within its bytes", async () => {
    const charts = createSalaryCharts(data, { cacheBytes: 200_000 });
    const pairs = ALL.flatMap((a) => ALL.filter((b) => b !== a).map((b) => [a, b]));
    const used: number[] = [];
    try {
      for (const pair of pairs.slice(0, 10)) {
        await charts.png(pair, { forAnswer: true });
        used.push(charts.cacheBytes().used);
      }
      expect(used.every((n) => n <= 200_000)).toBe(true);
      // Two-role charts weigh 50-60 KB: three fit, the first ones were let go.
      expect(charts.cached(pairs[0] as string[])).toBeUndefined();
      expect(charts.cached(pairs[9] as string[])).toBeDefined();
    } finally {
      await charts.close();
    }
  });

  it("hands over to a fresh worker every rendersPerWorker charts, renders in flight finishing on the old one", async () => {
    const drawer = new WorkerPngDrawer({
      zoom: ZOOM,
      fontFiles: FONT_FILES,
      defaultFontFamily: FONT_FAMILY,
      background: "#ffffff",
      rendersPerWorker: 2,
    });
    try {
      const heights = await Promise.all(ALL.map(async (id) => decodePng(await drawer.draw(svgOf([id]))).height));
      expect(heights).toEqual(ALL.map(() => chartHeight(1) * ZOOM));
      // 5 charts, 2 a worker.
      expect(drawer.workersStarted).toBe(3);
    } finally {
      await drawer.close();
    }
  });

  it("a render the worker cannot draw fails alone; the next one is drawn", async () => {
    const drawer = new WorkerPngDrawer({
      zoom: ZOOM,
      fontFiles: FONT_FILES,
      defaultFontFamily: FONT_FAMILY,
      background: "#ffffff",
    });
    try {
      await expect(drawer.draw("<not svg")).rejects.toThrow(/^chart render failed: /);
      expect(decodePng(await drawer.draw(svgOf(["nlp-research-scientist"]))).height).toBe(chartHeight(1) * ZOOM);
    } finally {
      await drawer.close();
    }
  });

  it("LRU keeps the most recently used, by count or by size", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.get("a");
    lru.set("c", 3);
    expect([lru.get("a"), lru.get("b"), lru.get("c"), lru.size]).toEqual([1, undefined, 3, 2]);

    const bytes = new Lru<string, Buffer>(100, (b) => b.length);
    bytes.set("a", Buffer.alloc(40));
    bytes.set("b", Buffer.alloc(40));
    bytes.get("a");
    bytes.set("c", Buffer.alloc(30));
    expect([bytes.get("a")?.length, bytes.get("b"), bytes.get("c")?.length, bytes.total]).toEqual([
      40,
      undefined,
      30,
      70,
    ]);
    // Larger than the whole cache: not kept, and nothing else is pushed out for it.
    bytes.set("huge", Buffer.alloc(101));
    expect([bytes.get("huge"), bytes.size, bytes.total]).toEqual([undefined, 2, 70]);
  });
});

describe("the render queue", () => {
  /** A drawer whose renders finish only when the test says so. */
  function gatedDrawer() {
    const waiting: (() => void)[] = [];
    return {
      drawn: 0,
      draw(_svg: string) {
        return new Promise<Buffer>((resolve) =>
          waiting.push(() => {
            this.drawn++;
            resolve(Buffer.from("png"));
          }),
        );
      },
      release: () => {
        for (const finish of waiting.splice(0)) finish();
      },
      close: async () => {},
    };
  }

  it("refuses an image request at once when maxQueued renders are ahead; answers may queue deeper", async () => {
    const drawer = gatedDrawer();
    // Tokens refill at once: this test is about the depth of the queue alone.
    const queue = new RenderQueue(drawer, { maxQueued: 2, answerFactor: 3, requestRendersPerSecond: 1e9 });
    const admitted = [queue.render(() => "a"), queue.render(() => "b")];
    // Refused before its SVG is even laid out.
    await expect(
      queue.render(() => {
        throw new Error("laid out");
      }),
    ).rejects.toThrow(ChartsBusyError);
    expect(queue.pending).toBe(2);
    // Answers: up to 2 x 3 ahead.
    for (const svg of ["d", "e", "f", "g"]) admitted.push(queue.render(() => svg, { forAnswer: true }));
    await expect(queue.render(() => "h", { forAnswer: true })).rejects.toThrow(ChartsBusyError);
    expect(queue.pending).toBe(6);
    drawer.release();
    expect((await Promise.all(admitted)).map(String)).toEqual(Array(6).fill("png"));
    expect([queue.pending, drawer.drawn]).toEqual([0, 6]);
    const next = queue.render(() => "i");
    drawer.release();
    expect(String(await next)).toBe("png");
  });

  it("lets image requests start only a few renders a second (bursts up to maxQueued); answers are not counted", async () => {
    const drawer = gatedDrawer();
    let now = 0;
    const queue = new RenderQueue(drawer, { maxQueued: 2, requestRendersPerSecond: 4, now: () => now });
    const started: Promise<Buffer>[] = [];
    const tryRender = () => {
      const render = queue.render(() => "svg");
      started.push(render.catch(() => Buffer.alloc(0)));
      return render.then(
        () => "drawn",
        (error: Error) => error.name,
      );
    };
    // A burst of two, then nothing until a quarter second has passed.
    const burst = [tryRender(), tryRender()];
    drawer.release();
    expect(await Promise.all(burst)).toEqual(["drawn", "drawn"]);
    expect(await tryRender()).toBe("ChartsBusyError");
    now = 200;
    expect(await tryRender()).toBe("ChartsBusyError");
    now = 250;
    const next = tryRender();
    drawer.release();
    expect(await next).toBe("drawn");
    // Answers do not wait for tokens.
    const answer = queue.render(() => "svg", { forAnswer: true });
    drawer.release();
    expect(String(await answer)).toBe("png");
    expect(drawer.drawn).toBe(4);
  });
});

describe("which answers carry a chart", () => {
  it("every role's pay, and comparisons that include pay; not one role's salary or a skills comparison", () => {
    expect(chartRoleIds(bot.answer("salaries"), data)).toEqual(ALL);
    expect(
      chartRoleIds(bot.answer("compare nlp research scientist and multimodal ai research scientist"), data),
    ).toEqual(expect.arrayContaining(["nlp-research-scientist", "multimodal-ai-research-scientist"]));
    expect(chartRoleIds(bot.answer("compare salaries of lead ml architect and entry level ai engineer"), data)).toEqual(
      expect.arrayContaining(["lead-ml-architect", "entry-level-ai-engineer"]),
    );
    expect(chartRoleIds(bot.answer("what does an NLP research scientist earn?"), data)).toBeUndefined();
    expect(
      chartRoleIds(bot.answer("compare skills of nlp research scientist and lead ml architect"), data),
    ).toBeUndefined();
    expect(
      chartRoleIds(
        { ...bot.answer("salaries"), chart: { kind: "salary", roleIds: ["senior-ai-application-engineer"] } },
        data,
      ),
    ).toBeUndefined();
  });
});

describe("rankings by pay carry a chart", () => {
  /** The roles the guide gives a typical figure for, by that figure, straight from the data. */
  const byPay = (sign: 1 | -1) =>
    data.roles
      .map((r) => ({ id: r.id, pay: typicalPay(r) }))
      .filter((r): r is { id: string; pay: number } => r.pay !== undefined)
      .sort((a, b) => sign * (a.pay - b.pay))
      .map((r) => r.id);

  it("charts the ranked roles with salary figures, in the ranking's order, highest or lowest first", () => {
    const most = bot.answer("which role pays the most?");
    expect(most.intent).toBe("salary");
    expect(most.chart).toEqual({ kind: "salary", roleIds: byPay(-1) });
    expect(most.roles[0]).toBe(byPay(-1)[0]);
    expect(chartRoleIds(most, data)).toEqual(byPay(-1));
    const least = bot.answer("which role pays the least?");
    expect(least.intent).toBe("salary");
    expect(chartRoleIds(least, data)).toEqual(byPay(1));
    for (const id of chartRoleIds(most, data) ?? []) {
      expect(data.roles.find((r) => r.id === id)?.salary?.figures.length).toBeGreaterThan(0);
    }
  });

  it("no chart for rankings by anything else, or for recommendations", () => {
    const byYears = bot.answer("which role needs the least experience?");
    expect(byYears.intent).toBe("qualifications");
    expect(byYears.chart).toBeUndefined();
    const fit = bot.answer("which role fits me?");
    expect(fit.intent).toBe("recommend");
    expect(fit.chart).toBeUndefined();
  });
});
