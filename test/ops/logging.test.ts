import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { createLogger, resolveLogFormat } from "../../src/logger";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

describe("log format", () => {
  it("is readable in a terminal and JSON anywhere else, unless LOG_FORMAT says otherwise", () => {
    expect(resolveLogFormat("auto", true)).toBe("pretty");
    expect(resolveLogFormat(undefined, true)).toBe("pretty");
    expect(resolveLogFormat("auto", false)).toBe("json");
    expect(resolveLogFormat("json", true)).toBe("json");
    expect(resolveLogFormat("pretty", false)).toBe("pretty");
  });

  it("LOG_FORMAT is validated, empty means auto", () => {
    expect(loadConfig({}).LOG_FORMAT).toBe("auto");
    expect(loadConfig({ LOG_FORMAT: "" }).LOG_FORMAT).toBe("auto");
    expect(loadConfig({ LOG_FORMAT: "json" }).LOG_FORMAT).toBe("json");
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(/LOG_FORMAT/);
  });

  it("pretty lines are plain text with the level and message, tokens still redacted", () => {
    const out = sink();
    const log = createLogger("info", "pretty", out.stream);
    log.info({ token: "xoxb-secret", settings: { botToken: "xoxb-secret2" }, port: 3000 }, "slack adapter listening");
    const text = out.text();
    expect(text).toMatch(/INFO.*slack adapter listening/);
    expect(text).toContain("port: 3000");
    expect(text).not.toContain("xoxb-secret");
    expect(() => JSON.parse(text)).toThrow();
  });

  it("JSON lines stay one object per line, tokens redacted", () => {
    const out = sink();
    createLogger("info", "json", out.stream).info({ appToken: "xapp-secret" }, "hello");
    const line = JSON.parse(out.text());
    expect(line).toMatchObject({ msg: "hello", appToken: "[redacted]", name: "careerbot" });
  });
});
