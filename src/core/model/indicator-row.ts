import { a1 } from "../grid/a1";
import type { ParsedValue, Tier } from "../text/quantity";
import type { GroupNode, Indicator } from "./types";

/** The cells of an indicator named by address (see Indicator). */
export type CellKey = "nameCell" | "weightCell" | "scoreCell" | "targetCell" | "opCell" | "unitCell" | "actualCell" | "reasonCell" | "rubricCell" | "coefficientCell";

/** The column of each cell of an indicator row (0: the row has no such cell). */
export interface IndicatorColumns {
  readonly name: number;
  readonly weight: number;
  readonly score: number;
  readonly target: number;
  readonly op: number;
  readonly unit: number;
  readonly actual: number;
  readonly reason: number;
  readonly rubric: number;
  readonly coefficient: number;
}

/**
 * The fields of an IndicatorRow that most rows leave null (a code in the name, a score's shown decimals or its text, an
 * operator or a rubric column, a qualitative tier, a reason, a 得分系数, a cell set after the walk): one object for
 * the rows that set any of them, none for the others, whose rows are 64 bytes smaller. Every field set in the
 * constructor, in one order: one hidden class.
 */
class RowExtras {
  code: string | null = null;
  scoreDecimals: number | null = null;
  scoreText: string | null = null;
  opText: string | null = null;
  actualTier: Tier | null = null;
  reason: string | null = null;
  rubric: string | null = null;
  coefficient: number | null = null;
  /** addresses set after the walk read the row, by cell (null until one is) */
  cells: Partial<Record<CellKey, string | null>> | null = null;
}

/**
 * An Indicator as the table walk reads it, with its cells held as column numbers: each address ("G12") is made
 * when it is read. A 40,000-row table would otherwise keep some 240,000 address strings alive for the whole
 * review, most of them never read (a finding names a few cells), and every one of them copied by the
 * young-generation collector and marked by the old-generation one. Reads as any Indicator: the addresses are
 * getters (equal strings on every read), and a cell set later (a group's weight taken by its sole item) is kept.
 * Every field is set in the constructor, in one order: one hidden class for every row, no property added later; the
 * fields most rows leave null are accessors, kept in a RowExtras where a row sets one.
 */
export class IndicatorRow implements Indicator {
  /** the path's 一级 and 二级 labels (see path); pathLevel2 null: a path of two, [一级, 三级] */
  private pathLevel1 = "";
  private pathLevel2: string | null = "";
  name = "";
  level1: GroupNode | undefined = undefined;
  level2: GroupNode | undefined = undefined;
  weight: number | null = null;
  weightSource: "column" | "label" | null = null;
  notApplicable = false;
  claimedScore: number | null = null;
  target: ParsedValue | null = null;
  unit: string | null = null;
  actual: ParsedValue | null = null;
  childOfRow: number | null = null;
  /** the fields most rows leave null, in an object of their own where one is set (see RowExtras) */
  private extra: RowExtras | null = null;

  /** the row, and the columns of its cells (shared by the rows of a table that have the same cells) */
  constructor(
    readonly row: number,
    private readonly cols: IndicatorColumns,
  ) {}

  /**
   * [一级, 二级, 三级] as written, made when read: a 40,000-row table would otherwise keep 40,000 arrays of three
   * alive for the whole review, read for a few rows (a finding's category, the report). The 三级 is the row's name.
   * Set as a whole ([一级, 二级, name] or [一级, name]) or a level at a time (setPathLevel); a new array on every read,
   * so that writing into one (`path[0] = …`) changes nothing: setPathLevel does.
   */
  get path(): string[] {
    return this.pathLevel2 === null ? [this.pathLevel1, this.name] : [this.pathLevel1, this.pathLevel2, this.name];
  }
  set path(p: string[]) {
    if (p.length === 3 && p[2] === this.name) {
      this.pathLevel1 = p[0];
      this.pathLevel2 = p[1];
    } else if (p.length === 2 && p[1] === this.name) {
      this.pathLevel1 = p[0];
      this.pathLevel2 = null;
    } else throw new Error("IndicatorRow.path: [一级, 二级, name] or [一级, name]");
  }

  /** path[level] = label, level 0 (一级) or 1 (the 二级 of a path of three; a path of two has none). */
  setPathLevel(level: 0 | 1, label: string): void {
    if (level === 0) this.pathLevel1 = label;
    else if (this.pathLevel2 !== null) this.pathLevel2 = label;
    else throw new Error("IndicatorRow.setPathLevel: a path of two has no 二级");
  }

  private at(key: CellKey, col: number): string | null {
    const s = this.setCells();
    if (s !== null && key in s) return s[key]!;
    return col ? a1(this.row, col) : null;
  }

  /**
   * The column of a cell of this row while its address is the row's own (none set after the walk), else 0: a
   * reader that needs the row and column builds no address to read them back from.
   */
  ownColumn(key: CellKey): number {
    const s = this.setCells();
    if (s !== null && key in s) return 0;
    return this.column(key);
  }

  /** Whether the row has the cell, its address not made (a rule asking this of every row reports a few). */
  has(key: CellKey): boolean {
    const s = this.setCells();
    if (s !== null && key in s) return !!s[key];
    return this.column(key) !== 0;
  }

  private column(key: CellKey): number {
    const c = this.cols;
    switch (key) {
      case "nameCell":
        return c.name;
      case "weightCell":
        return c.weight;
      case "scoreCell":
        return c.score;
      case "targetCell":
        return c.target;
      case "opCell":
        return c.op;
      case "unitCell":
        return c.unit;
      case "actualCell":
        return c.actual;
      case "reasonCell":
        return c.reason;
      case "rubricCell":
        return c.rubric;
      case "coefficientCell":
        return c.coefficient;
    }
  }

  private put(key: CellKey, cell: string | null): void {
    (this.more().cells ??= {})[key] = cell;
  }

  /** the addresses set after the walk read the row, by cell (null: none) */
  private setCells(): Partial<Record<CellKey, string | null>> | null {
    const x = this.extra;
    return x === null ? null : x.cells;
  }

  /** the row's RowExtras, made on the first field set */
  private more(): RowExtras {
    let x = this.extra;
    if (x === null) this.extra = x = new RowExtras();
    return x;
  }

  get code(): string | null {
    const x = this.extra;
    return x === null ? null : x.code;
  }
  set code(v: string | null) {
    if (v !== null || this.extra !== null) this.more().code = v;
  }
  get scoreDecimals(): number | null {
    const x = this.extra;
    return x === null ? null : x.scoreDecimals;
  }
  set scoreDecimals(v: number | null) {
    if (v !== null || this.extra !== null) this.more().scoreDecimals = v;
  }
  get scoreText(): string | null {
    const x = this.extra;
    return x === null ? null : x.scoreText;
  }
  set scoreText(v: string | null) {
    if (v !== null || this.extra !== null) this.more().scoreText = v;
  }
  get opText(): string | null {
    const x = this.extra;
    return x === null ? null : x.opText;
  }
  set opText(v: string | null) {
    if (v !== null || this.extra !== null) this.more().opText = v;
  }
  get actualTier(): Tier | null {
    const x = this.extra;
    return x === null ? null : x.actualTier;
  }
  set actualTier(v: Tier | null) {
    if (v !== null || this.extra !== null) this.more().actualTier = v;
  }
  get reason(): string | null {
    const x = this.extra;
    return x === null ? null : x.reason;
  }
  set reason(v: string | null) {
    if (v !== null || this.extra !== null) this.more().reason = v;
  }
  get rubric(): string | null {
    const x = this.extra;
    return x === null ? null : x.rubric;
  }
  set rubric(v: string | null) {
    if (v !== null || this.extra !== null) this.more().rubric = v;
  }
  get coefficient(): number | null {
    const x = this.extra;
    return x === null ? null : x.coefficient;
  }
  set coefficient(v: number | null) {
    if (v !== null || this.extra !== null) this.more().coefficient = v;
  }

  get nameCell(): string | null {
    return this.at("nameCell", this.cols.name);
  }
  set nameCell(c: string | null) {
    this.put("nameCell", c);
  }
  get weightCell(): string | null {
    return this.at("weightCell", this.cols.weight);
  }
  set weightCell(c: string | null) {
    this.put("weightCell", c);
  }
  get scoreCell(): string | null {
    return this.at("scoreCell", this.cols.score);
  }
  set scoreCell(c: string | null) {
    this.put("scoreCell", c);
  }
  get targetCell(): string | null {
    return this.at("targetCell", this.cols.target);
  }
  set targetCell(c: string | null) {
    this.put("targetCell", c);
  }
  get opCell(): string | null {
    return this.at("opCell", this.cols.op);
  }
  set opCell(c: string | null) {
    this.put("opCell", c);
  }
  get unitCell(): string | null {
    return this.at("unitCell", this.cols.unit);
  }
  set unitCell(c: string | null) {
    this.put("unitCell", c);
  }
  get actualCell(): string | null {
    return this.at("actualCell", this.cols.actual);
  }
  set actualCell(c: string | null) {
    this.put("actualCell", c);
  }
  get reasonCell(): string | null {
    return this.at("reasonCell", this.cols.reason);
  }
  set reasonCell(c: string | null) {
    this.put("reasonCell", c);
  }
  get rubricCell(): string | null {
    return this.at("rubricCell", this.cols.rubric);
  }
  set rubricCell(c: string | null) {
    this.put("rubricCell", c);
  }
  get coefficientCell(): string | null {
    return this.at("coefficientCell", this.cols.coefficient);
  }
  set coefficientCell(c: string | null) {
    this.put("coefficientCell", c);
  }

}

/** ind.path[level] = label, for an IndicatorRow too (its path is made when read: see IndicatorRow.path). */
export function setPathLevel(ind: Indicator, level: 0 | 1, label: string): void {
  if (ind instanceof IndicatorRow) ind.setPathLevel(level, label);
  else ind.path[level] = label;
}

/**
 * The column of an indicator's cell where it is the row's own cell of an IndicatorRow (its row is then `i.row`), else 0
 * (read the address): a reader asking it of every row of a large table makes no address to parse back.
 */
export function ownColumnOf(i: Indicator, key: CellKey): number {
  return i instanceof IndicatorRow && i.row >= 1 ? i.ownColumn(key) : 0;
}

/**
 * Whether an indicator has a cell (`!!i.scoreCell`), without making the address of a row the table walk read: a rule
 * that asks it of every row of a 40,000-row table would otherwise make 40,000 address strings to report a few.
 */
export function hasCell(i: Indicator, key: CellKey): boolean {
  return i instanceof IndicatorRow ? i.has(key) : !!i[key];
}
