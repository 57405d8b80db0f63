import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type AST, RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { describe, expect, it } from "vitest";

/**
 * Outside Unicode mode `\b` knows only ASCII letters, so `\bça` never matches after a space and `wymagają\b` never
 * before one: the alternative is silently dead (Québec "ça fait combien" was never read). This reads every regular
 * expression literal of the code and lists each `\b` set against a letter beyond ASCII. Patterns built from strings
 * (`new RegExp(...)`) are not read; most of those use `(?<![\p{L}])` and the `u` flag.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** A regular expression literal: `/body/flags`, not after a word or a closing bracket (division). */
const LITERAL = /(?<![\w)\]])\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuyv]*)/g;
const beyondAscii = (codePoint: number) => codePoint > 127 && /\p{L}/u.test(String.fromCodePoint(codePoint));

/** The characters an element can start (or end) with, where it is a letter or a group of them. */
function edgeChars(element: AST.Element | undefined, end: boolean): number[] {
  if (!element) return [];
  if (element.type === "Character") return [element.value];
  if (element.type === "Quantifier") return edgeChars(element.element, end);
  if (element.type === "Group" || element.type === "CapturingGroup")
    return element.alternatives.flatMap((a) => edgeChars(end ? a.elements.at(-1) : a.elements[0], end));
  return [];
}

function deadBoundaries(): string[] {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  const found: string[] = [];
  for (const file of [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "adapters"))]) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(LITERAL)) {
      const [, body = "", flags = ""] = match;
      if (flags.includes("u") || flags.includes("v")) continue;
      let pattern: AST.Pattern;
      try {
        pattern = parser.parsePattern(body, 0, body.length, { unicode: false });
      } catch {
        continue; // not a pattern: a path or a comment that looks like one
      }
      visitRegExpAST(pattern, {
        onAlternativeEnter(alternative) {
          alternative.elements.forEach((element, i) => {
            if (element.type !== "Assertion" || element.kind !== "word") return;
            const next = edgeChars(alternative.elements[i + 1], false).filter(beyondAscii);
            const before = edgeChars(alternative.elements[i - 1], true).filter(beyondAscii);
            if (next.length + before.length === 0) return;
            const line = text.slice(0, match.index).split("\n").length;
            const letters = String.fromCodePoint(...next, ...before);
            found.push(`${relative(ROOT, file)}:${line} \\b beside ${letters}`);
          });
        },
      });
    }
  }
  return found;
}

describe("word boundaries in the code's patterns", () => {
  it("sets no \\b against a letter beyond ASCII outside Unicode mode", () => {
    expect(deadBoundaries()).toEqual([]);
  });

  it("would find one", () => {
    // The check itself, on the bug it is for: a pattern literal holding "\bça".
    const parser = new RegExpParser({ ecmaVersion: 2025 });
    const pattern = parser.parsePattern(String.raw`\bça fait`, 0, 9, { unicode: false });
    const [alternative] = pattern.alternatives;
    expect(alternative && edgeChars(alternative.elements[1], false).filter(beyondAscii)).toEqual([0xe7]);
  });
});
