import type { EvaluationModel, GroupNode } from "../model/types";
import { hasCell } from "../model/indicator-row";
import { labelName } from "../text/labels";
import type { FindingDraft } from "./types";

/**
 * The numbering scheme of each level of letter codes, read from the codes themselves (code-sequence):
 *
 * - nested: a code is its parent's code and a number (A1 → A11, A12; C → C1, C2), numbered again under each parent;
 * - a letter of its own per level (A1 > B1 > C1, the A/B/C级指标 of a school or kindergarten standard), numbered
 *   - through the whole level (global: B1 … B5 under A1, B6 … under A2), or
 *   - again from 1 under each parent (local: B1 B2 under A1, B1 B2 B3 under A2).
 *
 * Each level's scheme is the one most of its codes fit, by evidence: the codes under a coded parent that start with
 * it (nested) against those of one letter of their own (own letter), and, for an own letter, at each change of parent
 * the number after the level's last (global) against 1 (local). Only a level of its own letter whose numbering is
 * clear is judged here (a skip or repeat within its scheme); a nested level is left to the parent-code checks; a
 * level that fits neither clearly is not judged at all (a false error costs more than a missed one).
 */

/** A letter code: one capital and its number ("B6", "C19"), or the letter alone ("A"). */
const LETTER_CODE = /^([A-Z])(\d{1,3})?$/;

export interface LevelNode {
  code: string | null;
  letter: string | null;
  n: number | null;
  cell: string;
  row: number;
  depth: number;
  parent: LevelNode | null;
  /**
   * the label without code and points: the same code and name twice is one item written twice (read of letter codes
   * only, the only nodes \`coded\` keeps and compares: "" for the others, most labels, which are never compared)
   */
  name: string;
}

/** How a level's codes are numbered: nested under their parent's code, or of a letter of its own. */
export type LevelScheme = "nested" | "global" | "local" | "unclear" | "prefixed";

export interface CodeLevels {
  /** the coded nodes by depth (0: the top level), each in sheet order, an item written twice kept once */
  levels: LevelNode[][];
  /**
   * each depth's scheme; the top level's: "global" when its codes are numbers of one letter over a level of its own,
   * "prefixed" when they are numbers of several letters, each letter in one block (A1 A2 A3 | B1 | C1 C2: the letter
   * stands for a parent the tree does not hold, numbered within it), else "nested" (A, B, C: the level-1 check)
   */
  schemes: LevelScheme[];
}

/** a bracket closing the label ("(100分X0.2)", points with a weighting the label reader keeps): no part of the name */
const TRAILING_BRACKET = /\([^()]*\)$/;

function node(code: string | null, label: string, cell: string, row: number, depth: number, parent: LevelNode | null): LevelNode {
  const m = code ? LETTER_CODE.exec(code) : null;
  return { code, letter: m ? m[1] : null, n: m && m[2] ? Number(m[2]) : null, cell, row, depth, parent, name: m ? labelName(label).replace(TRAILING_BRACKET, "") : "" };
}

/**
 * The tree's nodes (groups and their leaves of a letter code) by depth. A child group on its parent's own cell (a heading
 * line read as both levels) is its parent. `parents` gets each node with a leaf under it.
 */
function collect(model: EvaluationModel, parents: Set<LevelNode>): LevelNode[][] {
  const levels: LevelNode[][] = [];
  const put = (n: LevelNode) => (levels[n.depth] ??= []).push(n);
  const visit = (g: GroupNode, self: LevelNode) => {
    for (const c of g.children) {
      if (c.cell === g.cell) {
        visit(c, self);
        continue;
      }
      const kid = node(c.code, c.label, c.cell, c.row, self.depth + 1, self);
      put(kid);
      visit(c, kid);
    }
    // (a leaf with no letter code is never kept by `coded` and is no one's parent: no node is made for it, nor its cell's
    // address once its group is known to have a leaf, for the uncoded items of a long table; a level left with none
    // reads "nested", as an empty one does)
    let parent = false;
    for (const i of g.indicators) {
      const lettered = !!i.code && LETTER_CODE.test(i.code);
      if (!lettered && parent) continue;
      if (i.nameCell === g.cell || !hasCell(i, "nameCell")) continue;
      if (!parent) parents.add(self);
      parent = true;
      if (lettered) put(node(i.code, i.name, i.nameCell!, i.row, self.depth + 1, self));
    }
  };
  for (const g of model.groups) {
    const top = node(g.code, g.label, g.cell, g.row, 0, null);
    put(top);
    visit(g, top);
  }
  for (const level of levels) level?.sort((a, b) => a.row - b.row);
  return levels;
}

/**
 * The level's coded nodes; a heading with nothing under it followed by the same name (a section's heading line over its
 * table, its first label written again) is that label, kept once — the label's code judged in the sequence, where the
 * two codes differ too where the label has lines under it ("A3安全防护…(100分X0.25)" over "A4安全防护…(100)" after A2: A4 is
 * the slip, A3 expected); two leaves of one name and two codes are two items.
 */
function coded(level: LevelNode[], parents: Set<LevelNode>): LevelNode[] {
  const out: LevelNode[] = [];
  for (const it of level) {
    if (!it.code || !it.letter) continue;
    const last = out[out.length - 1];
    // (codes that differ only where the second has lines under it: leaves of one name, C1制度健全 C2制度健全, are two items)
    if (last && !parents.has(last) && last.name !== "" && last.name === it.name && (last.code === it.code || parents.has(it))) out.pop();
    out.push(it);
  }
  return out;
}

/** a clear majority: the winner at least twice the loser */
const clearly = (win: number, lose: number) => win >= 1 && win >= 2 * lose;

/** The level's most frequent letter among its codes of a letter other than their parent's. */
function ownLetter(items: LevelNode[]): { letter: string | null; fit: number; nested: number; judged: number } {
  const counts = new Map<string, number>();
  let nested = 0;
  let judged = 0;
  for (const it of items) {
    const p = it.parent;
    if (!p || !p.code || !p.letter) continue;
    judged++;
    if (it.code!.startsWith(p.code) && it.code!.length > p.code.length) nested++;
    else if (it.letter !== p.letter && it.n !== null) counts.set(it.letter!, (counts.get(it.letter!) ?? 0) + 1);
  }
  let letter: string | null = null;
  let fit = 0;
  for (const [l, k] of counts) if (k > fit) [letter, fit] = [l, k];
  return { letter, fit, nested, judged };
}

/** Global against local at each change of parent: the number after the last, or 1. */
function numbering(items: LevelNode[]): "global" | "local" | "unclear" {
  let global = 0;
  let local = 0;
  let changes = 0;
  for (let i = 1; i < items.length; i++) {
    if (items[i].parent === items[i - 1].parent) continue;
    changes++;
    const n = items[i].n!;
    const prev = items[i - 1].n!;
    if (n === prev + 1) global++;
    else if (n === 1) local++;
  }
  if (!changes) return "global"; // one parent: both read the same
  if (clearly(global, local)) return "global";
  if (clearly(local, global)) return "local";
  return "unclear";
}

/** Each level's codes and scheme. */
export function codeLevels(model: EvaluationModel): CodeLevels {
  const parents = new Set<LevelNode>();
  const all = collect(model, parents);
  for (const level of all) for (const it of level ?? []) if (it.parent) parents.add(it.parent);
  const levels = all.map((l) => coded(l ?? [], parents));
  const schemes: LevelScheme[] = levels.map((items, depth) => {
    if (depth === 0) return topScheme(items);
    const { letter, fit, nested, judged } = ownLetter(items);
    if (!judged || fit < 2) return "nested";
    if (fit >= (2 * judged) / 3 && clearly(fit, nested)) {
      return numbering(items.filter((it) => it.letter === letter && it.n !== null));
    }
    return nested >= (2 * judged) / 3 ? "nested" : "unclear";
  });
  // (a top level of one letter's numbers over nested levels only: left to the level-1 check, as A, B, C are)
  if (schemes[0] === "global" && !schemes.some((x, d) => d > 0 && x !== "nested")) schemes[0] = "nested";
  return { levels, schemes };
}

/** The top level's scheme: numbers of one letter, of several letters each in one block, or else. */
function topScheme(items: LevelNode[]): LevelScheme {
  if (items.length < 2 || items.some((it) => it.n === null)) return "nested";
  const blocks = letterBlocks(items);
  if (blocks.length === 1) return "global";
  return new Set(blocks.map((b) => b[0].letter)).size === blocks.length ? "prefixed" : "nested";
}

/** The items in runs of one letter, in sheet order. */
function letterBlocks(items: LevelNode[]): LevelNode[][] {
  const blocks: LevelNode[][] = [];
  for (const it of items) {
    const last = blocks[blocks.length - 1];
    if (last && last[0].letter === it.letter) last.push(it);
    else blocks.push([it]);
  }
  return blocks;
}

/** True when some level below the top has a letter of its own, or fits no scheme clearly (judged here, or not at all: not against its parent's code). */
export function hasOwnLetterLevel(levels: CodeLevels): boolean {
  return levels.schemes.some((s, d) => d > 0 && s !== "nested");
}

function finding(it: LevelNode, expected: string, prev: LevelNode | undefined, next: LevelNode | undefined, dup: LevelNode | undefined): FindingDraft {
  const p = prev?.code ?? "—";
  const q = next?.code ?? "—";
  return {
    cell: it.cell,
    related: dup ? [dup.cell] : prev ? [prev.cell] : [],
    messageId: "indicatorCode",
    data: { code: it.code!, expected, prev: p, next: q, around: prev || next ? `（前一项 ${p}，后一项 ${q}）` : "" },
  };
}

/**
 * One sequence of a letter: each code the number after the one before (the first not judged: a table cut above
 * starts anywhere; `first` when it must be 1). A code of another letter is not judged, and the next is not judged
 * against it, unless the numbers either side leave exactly its place (B2, A11, B4: A11 is B3).
 */
function checkSequence(items: LevelNode[], letter: string, out: FindingDraft[], first?: number): void {
  let cur: number | null = first === undefined ? null : first - 1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const next = items[i + 1];
    if (it.letter !== letter || it.n === null) {
      if (cur !== null && next && next.letter === letter && next.n === cur + 2) {
        out.push(finding(it, `${letter}${cur + 1}`, items[i - 1], next, undefined));
        cur++;
      } else cur = null;
      continue;
    }
    if (cur === null || it.n === cur + 1) {
      cur = it.n;
      continue;
    }
    const expected = cur + 1;
    const dup = items.slice(0, i).find((x) => x.code === it.code);
    out.push(finding(it, `${letter}${expected}`, items[i - 1], next, dup));
    // one wrong code between right ones: go on from the number it should have had
    cur = next && next.letter === letter && next.n === expected + 1 ? expected : it.n;
  }
}

/**
 * The levels of a letter of their own (and a top level of one letter's numbers over them), each judged in its scheme,
 * and a top level of several letters' numbers, each letter's block counting on by one.
 */
export function checkCodeLevels(levels: CodeLevels, out: FindingDraft[]): void {
  levels.levels.forEach((items, depth) => {
    const scheme = levels.schemes[depth];
    if (scheme === "nested" || scheme === "unclear" || !items.length) return;
    if (scheme === "prefixed") {
      for (const block of letterBlocks(items)) checkSequence(block, block[0].letter!, out);
      return;
    }
    const letter = depth === 0 ? items[0].letter! : ownLetter(items).letter!;
    if (scheme === "global") {
      checkSequence(items, letter, out);
      return;
    }
    // local: again from 1 under each parent (under the first, a table cut above starts anywhere)
    const byParent: LevelNode[][] = [];
    for (const it of items) {
      const last = byParent[byParent.length - 1];
      if (last && last[0].parent === it.parent) last.push(it);
      else byParent.push([it]);
    }
    byParent.forEach((run, k) => checkSequence(run, letter, out, k === 0 ? undefined : 1));
  });
}
