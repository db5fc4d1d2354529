import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { Grid } from "../src/core/grid/grid";
import type { CellValue } from "../src/core/grid/grid";
import { readXlsx } from "../src/hosts/file/xlsx";
import { a1 } from "../src/core/grid/a1";
import { review } from "../src/core/review";

export const FIXTURES = join(__dirname, "fixtures");
export const CORPUS = join(FIXTURES, "corpus");

export interface TruthInconsistency {
  rule: string;
  cell: string;
  detail: string;
  related_cells?: string[];
}

export interface Truth {
  id: string;
  family: string;
  header_row: number;
  indicators: { row: number; weight: number | null; claimed_score: number | null; target?: string | null; actual?: string | null }[];
  totals: { claimed_total: number | null; claimed_total_cell: string | null };
  inconsistencies: TruthInconsistency[];
  truncated: boolean;
}

export function corpusIds(): string[] {
  return readdirSync(join(CORPUS, "truth"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
}

export function truth(id: string): Truth {
  return JSON.parse(readFileSync(join(CORPUS, "truth", `${id}.json`), "utf8"));
}

export async function corpusGrid(id: string): Promise<Grid> {
  const { sheets } = await readXlsx(readFileSync(join(CORPUS, "cases", `${id}.xlsx`)));
  return sheets[0];
}

/**
 * Fixture JSONs read and parsed once per test file, by path: a metamorphic test loads each sheet once per test (some
 * ten times per file). Only read: Grid.fromValues copies the values, every call gets a fresh grid.
 */
const parsedFixtures = new Map<string, { grid: CellValue[][]; merges?: string[] }>();

/** A grid from a fixture JSON ({grid: rows of values, merges}). */
export function jsonGrid(path: string, name = "Sheet1"): Grid {
  let j = parsedFixtures.get(path);
  if (!j) parsedFixtures.set(path, (j = JSON.parse(readFileSync(path, "utf8")) as { grid: CellValue[][]; merges?: string[] }));
  return Grid.fromValues(name, j.grid, j.merges ?? []);
}

/** A small seeded PRNG (mulberry32): the generated-sheet tests build the same cases on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seeds a generated suite runs, 1…cases, then each of `pinned` past them: seeds that failed at a larger count and
 * whose cause was fixed, run at every count so CI keeps them.
 */
export function seedsWithPinned(cases: number, pinned: readonly number[]): number[] {
  return [...Array.from({ length: cases }, (_, i) => i + 1), ...pinned.filter((n) => n > cases)];
}

/** One check of a seeded generator: a sheet (`#seed layout`) and a kind (clean, or an injected error), right or not. */
export interface GeneratedOutcome {
  id: string;
  kind: string;
  ok: boolean;
  detail: string;
}

const outcomeKey = (o: GeneratedOutcome) => `${o.id}::${o.kind}`;

/** With the environment variable set, print every failing check (`#seed layout::kind  detail`) to list their causes. */
export function reportFailing(outcomes: GeneratedOutcome[], envVar: string): void {
  if (!process.env[envVar]) return;
  const bad = outcomes.filter((o) => !o.ok);
  // eslint-disable-next-line no-console
  console.log(`${bad.length} failing of ${outcomes.length}\n` + bad.map((o) => `${outcomeKey(o)}  ${o.detail}`).join("\n"));
}

/**
 * The two tests of every seeded generator, over the outcomes its beforeAll fills: nothing fails outside KNOWN, and every
 * KNOWN entry still fails (an entry no failing check matches, fixed or no longer generated, must be deleted).
 */
export function knownGapTests(outcomes: GeneratedOutcome[], known: Record<string, string>, what = "every combination and injected error is found"): void {
  test(`${what}, except those listed in KNOWN`, () => {
    const unexpected = outcomes.filter((o) => !o.ok && !known[outcomeKey(o)]).map((o) => `${outcomeKey(o)}  ${o.detail}`);
    expect(unexpected).toEqual([]);
  });
  test("each KNOWN combination still fails (delete its entry when it is fixed)", () => {
    const failing = new Set(outcomes.filter((o) => !o.ok).map(outcomeKey));
    expect(Object.keys(known).filter((k) => !failing.has(k))).toEqual([]);
  });
}

/**
 * The lines and merges of a generated sheet `width` columns wide whose first line is sheet row `top`: `add` writes a
 * line (cells past the ones given blank) and returns its sheet row, `merge` records a range (a single cell is none).
 */
export function sheetRows(width: number, top = 1) {
  const rows: (string | number | null)[][] = [];
  const merges: string[] = [];
  const add = (cells: (string | number | null)[]): number => {
    const r: (string | number | null)[] = [];
    for (let c = 0; c < width; c++) r.push(cells[c] ?? null);
    rows.push(r);
    return top + rows.length - 1;
  };
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r1 !== r2 || c1 !== c2) merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
  };
  return { rows, merges, add, merge };
}

/** A sheet of lines, as a prose page is stored: a string is one paragraph in column A, an array one line of cells. */
export function linesGrid(lines: readonly (string | readonly (string | number)[])[]): Grid {
  return Grid.fromValues("Sheet1", lines.map((l) => (typeof l === "string" ? [l] : [...l])), []);
}

/** The errors and warnings a review under the national profile gives, as rule@cell. */
export function errorFlags(grid: Grid): string[] {
  return review(grid, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);
}
