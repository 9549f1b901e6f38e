/**
 * The few formulas the fake calculates: numbers, cell references, + - * / and parentheses, SUM and
 * SUBTOTAL(109, range) — what the add-in writes (totals rows) and what tests put in formation
 * sheets (FTE = hours / 36). Anything else calculates to 0. Division by zero gives #DIV/0!.
 */
import type { FakeSheet, FakeValue } from "./model";
import { parseRect } from "./model";

type Token = { kind: "number"; value: number } | { kind: "ref"; text: string } | { kind: "name"; text: string } | { kind: "op"; text: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z][A-Z0-9.]*)(?=\()|([-+*/(),]))/y;

function tokens(text: string): Token[] | undefined {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex === at) return text.slice(at).trim() === "" ? out : undefined;
    if (m[1] !== undefined) out.push({ kind: "number", value: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: "ref", text: m[2].replace(/\$/g, "") });
    else if (m[3] !== undefined) out.push({ kind: "name", text: m[3] });
    else out.push({ kind: "op", text: m[4] as string });
  }
  return out;
}

class Failed extends Error {
  constructor(readonly value: FakeValue) {
    super("formula");
  }
}

/** The value of a formula ("=C2/36") on a sheet. */
export function evaluateFormula(formula: string, sheet: FakeSheet): FakeValue {
  const list = tokens(formula.replace(/^=/, ""));
  if (!list) return 0;
  let i = 0;
  const peek = () => list[i];
  const take = () => list[i++];
  const numberAt = (row: number, col: number): number => {
    const v = sheet.contentAt(row, col);
    if (typeof v === "object") throw new Failed(v);
    return typeof v === "number" ? v : 0;
  };
  const sumOf = (ref: string): number => {
    const rect = parseRect(ref);
    if (!rect) throw new Failed({ error: "#REF!" });
    let sum = 0;
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sum += numberAt(r, c);
    return sum;
  };
  const primary = (): number => {
    const t = take();
    if (!t) throw new Failed(0);
    if (t.kind === "number") return t.value;
    if (t.kind === "ref") return sumOf(t.text);
    if (t.kind === "op" && t.text === "-") return -primary();
    if (t.kind === "op" && t.text === "(") {
      const v = sum();
      take();
      return v;
    }
    if (t.kind === "name") {
      take(); // "("
      const args: Token[][] = [[]];
      let depth = 0;
      for (let next = take(); next && !(depth === 0 && next.kind === "op" && next.text === ")"); next = take()) {
        if (next.kind === "op" && next.text === "(") depth++;
        if (next.kind === "op" && next.text === ")") depth--;
        if (depth === 0 && next.kind === "op" && next.text === ",") args.push([]);
        else (args[args.length - 1] as Token[]).push(next);
      }
      const refs = args.map((a) => (a.length === 1 && a[0]?.kind === "ref" ? a[0].text : undefined));
      if (t.text === "SUM") return refs.reduce((s, r) => s + (r ? sumOf(r) : 0), 0);
      if (t.text === "SUBTOTAL" && refs[1]) return sumOf(refs[1]);
      return 0;
    }
    throw new Failed(0);
  };
  const product = (): number => {
    let v = primary();
    for (let t = peek(); t?.kind === "op" && (t.text === "*" || t.text === "/"); t = peek()) {
      take();
      const right = primary();
      if (t.text === "/" && right === 0) throw new Failed({ error: "#DIV/0!" });
      v = t.text === "*" ? v * right : v / right;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    for (let t = peek(); t?.kind === "op" && (t.text === "+" || t.text === "-"); t = peek()) {
      take();
      v = t.text === "+" ? v + product() : v - product();
    }
    return v;
  };
  try {
    return sum();
  } catch (failure) {
    if (failure instanceof Failed) return failure.value;
    throw failure;
  }
}
