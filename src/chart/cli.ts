import { writeFileSync } from "node:fs";
import { loadConfig } from "../config";
import { loadCareerData } from "../data/load";
import { UsageError } from "../usageError";
import { svgToPng, ZOOM } from "./render";
import { salaryChartSpec } from "./spec";
import { salaryChartSvg } from "./svg";

export interface SalaryChartOptions {
  /** Comma-separated role ids; every role when undefined or empty. */
  roles?: string;
  /** Where to write the PNG (or the SVG with `svg`). */
  out: string;
  /** Write the SVG instead of the PNG. */
  svg: boolean;
  /** Renders this many times (a whole number, as typed) and prints the median and slowest render time. */
  repeat: string;
}

/**
 * `careerbot chart salary [--roles id,id] [--out salary.png] [--svg] [--repeat N]`: writes the chart the bots attach.
 * The options come parsed from src/cli.ts; a wrong value is a UsageError.
 */
export async function writeSalaryChart(values: SalaryChartOptions): Promise<number> {
  // Checked before anything loads.
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new UsageError("--repeat must be a whole number of at least 1");
  const data = loadCareerData(loadConfig().DATA_DIR);
  const roleIds =
    values.roles
      ?.split(",")
      .map((id) => id.trim())
      .filter(Boolean) ?? [];
  const unknown = roleIds.filter((id) => !data.roles.some((r) => r.id === id));
  if (unknown.length > 0)
    throw new UsageError(`unknown role id: ${unknown.join(", ")} (known: ${data.roles.map((r) => r.id).join(", ")})`);

  const drawn = salaryChartSvg(salaryChartSpec(data, roleIds));
  const times: number[] = [];
  let png: Buffer = Buffer.alloc(0);
  // CPU time (every thread of the process) tells the render's own cost apart from waiting on a busy machine.
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    png = await svgToPng(salaryChartSvg(salaryChartSpec(data, roleIds)).svg);
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / repeat;
  const out = values.out;
  writeFileSync(out, values.svg ? drawn.svg : png);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const size = values.svg
    ? `${drawn.width}x${drawn.height} SVG`
    : `${Math.round(drawn.width * ZOOM)}x${Math.round(drawn.height * ZOOM)} PNG, ${Math.round(png.length / 1024)} KB`;
  const timing =
    repeat > 1
      ? `median render ${median.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms, ${cpuMs.toFixed(1)} ms CPU each, over ${repeat} renders`
      : `rendered in ${median.toFixed(1)} ms`;
  console.log(`${out}: ${size}, ${drawn.bars.length} bars; ${timing}`);
  return 0;
}
