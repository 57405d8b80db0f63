/**
 * JSON already made for a value, so it is not made twice: rendering an answer serializes every block to measure the
 * message against Slack's limits (render.ts), and the acknowledgement carrying it would serialize them all again. A
 * WeakMap, not a property: the value itself is unchanged wherever it goes (Socket Mode, tests, a copy).
 */
const known = new WeakMap<object, string>();

/** Remembers `json` as `JSON.stringify(value)`; `value` must not change afterwards (render.ts freezes it). */
export function rememberJson<T extends object>(value: T, json: string): T {
  known.set(value, json);
  return value;
}

/**
 * Exactly `JSON.stringify(value)`, using the JSON remembered for the value or for any of its own properties (the
 * blocks of an acknowledgement body: `{ response_type, ...message }` is a new object, its `blocks` the rendered array).
 */
export function toJson(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const own = known.get(value);
  if (own !== undefined) return own;
  if (Array.isArray(value) || hasToJson(value)) return JSON.stringify(value);
  const members: string[] = [];
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    const json = (v !== null && typeof v === "object" && known.get(v)) || JSON.stringify(v);
    // JSON.stringify leaves out members whose value is undefined, a function or a symbol.
    if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${members.join(",")}}`;
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === "function";
}
