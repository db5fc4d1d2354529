import type { Grid } from "../grid/grid";
import { round } from "../text/numbers";
import type { EvaluationModel, Family } from "../model/types";
import { cellKey, KEY_COLS } from "../grid/a1";
import { PackedList } from "../model/packed";
import type { Profile } from "../rubric/schema";
import { rulesPhrase } from "../rubric/auto";
import type { ProfileBasis, ProfileField } from "../rubric/auto";
import type { ModelScores } from "../score/evaluate";

export type Severity = "error" | "warning" | "info";

/** Values a message template interpolates ({{name}}); numbers are shown as a reviewer writes them. */
export type MessageData = Record<string, string | number>;

/**
 * A finding (DESIGN §3): rule id, severity, the cell it is about (A1), related cells, a Chinese message and
 * its English twin, rendered from the rule's `meta.messages[messageId]` with `data`.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  cell: string;
  related?: string[];
  message: string;
  /** the same message in English */
  messageEn?: string;
  /** the message template's id in the rule's meta.messages (stable: tests and ignore lists use it) */
  messageId?: string;
  /** the values the message names */
  data?: MessageData;
}

/** One message of a rule: Chinese and English templates with {{placeholders}}. */
export interface MessageTemplate {
  zh: string;
  en: string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** families the rule applies to ("all" for every recognised family) */
  families: Family[] | "all";
  title: { zh: string; en: string };
  /** why, in the reviewer's words (the RULEBOOK source is in `source`) */
  rationale: { zh: string; en: string };
  source: string;
  /** message templates by id (ESLint's meta.messages) */
  messages: Record<string, MessageTemplate>;
}

export interface RuleContext {
  grid: Grid;
  model: EvaluationModel;
  profile: Profile;
  scores: ModelScores;
  /** how the profile was chosen: the evidence behind a profile-based finding (DESIGN §3) */
  basis?: ProfileBasis;
}

/** What a rule's check returns: the cell, related cells, and the message by id with the data it names. */
export interface FindingDraft {
  cell: string;
  related?: string[];
  severity?: Severity;
  messageId: string;
  data: MessageData;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): FindingDraft[];
}

/** Format a number as a reviewer writes it: up to 2 decimals, no trailing zeros. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return String(round(n));
}

export function pct(ratio: number | null | undefined, decimals = 2): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return (ratio * 100).toFixed(decimals) + "%";
}

/** Templates split once into literal text (even indexes) and placeholder names (odd indexes). */
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** Fill {{name}} placeholders; numbers through fmt, missing values as "". */
export function interpolate(template: string, data: MessageData | undefined): string {
  const parts = compile(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = data?.[parts[i]];
    if (v !== undefined && v !== null) out += typeof v === "number" ? fmt(v) : v;
    out += parts[i + 1];
  }
  return out;
}

/**
 * The placeholders of the draft being rendered and their texts (renderMessage's two languages name mostly the same
 * values): each value formatted once and its text shared by both messages. `rendered` of them hold the current draft's.
 */
const renderedNames: string[] = [];
const renderedTexts: unknown[] = [];
let rendered = 0;

/** interpolate(template, data) with the values already formatted for this draft taken from renderedNames. */
function interpolateShared(template: string, data: MessageData | undefined): string {
  const parts = compile(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    let k = 0;
    while (k < rendered && renderedNames[k] !== name) k++;
    let t: unknown;
    if (k < rendered) t = renderedTexts[k];
    else {
      const v = data?.[name];
      // (a missing value adds nothing, as interpolate's; any other value as interpolate adds it)
      t = v === undefined || v === null ? "" : typeof v === "number" ? fmt(v) : v;
      renderedNames[rendered] = name;
      renderedTexts[rendered++] = t;
    }
    out += t as string;
    out += parts[i + 1];
  }
  return out;
}

/** The Chinese and English message of a draft, from meta.messages by id. */
export function renderMessage(meta: RuleMeta, d: FindingDraft): { message: string; messageEn: string } {
  const t = meta.messages[d.messageId];
  if (!t) throw new Error(`rule ${meta.id}: unknown messageId "${d.messageId}"`);
  rendered = 0;
  const message = interpolateShared(t.zh, d.data);
  const messageEn = interpolateShared(t.en, d.data);
  rendered = 0;
  return { message, messageEn };
}

/**
 * True when the rule a finding rests on is only assumed: no profile chosen by the user or the workbook and
 * none detected from the sheet's own text (DESIGN §3). Such a finding is `info` and names the assumption.
 */
export function profileAssumed(ctx: RuleContext, field?: ProfileField): boolean {
  const b = ctx.basis;
  if (!b || b.origin === "default") return true;
  if (b.stated === "all" || !field) return false;
  // a detected region's profile is evidence only for what its sources state; the rest is inherited, so assumed
  return !b.stated.includes(field);
}

/** The severity of a finding that rests on the profile (on `field` of it): `normal` with evidence, else `info`. */
export function profileSeverity(ctx: RuleContext, normal: Severity, field?: ProfileField): Severity {
  return profileAssumed(ctx, field) ? "info" : normal;
}

/** "按全国口径" / "national rule (assumed)": the words naming the rule a finding applies. */
export function basisWords(ctx: RuleContext, field?: ProfileField): { zh: string; en: string } {
  const label = ctx.basis?.label ?? { zh: `「${ctx.profile.name.zh}」`, en: `"${ctx.profile.name.en}"` };
  const p = rulesPhrase(label);
  if (profileAssumed(ctx, field)) return { zh: `${p.zh}（假定）`, en: `under ${p.en} (assumed)` };
  return { zh: p.zh, en: `under ${p.en}` };
}

/**
 * A finding's related cells, each once in the order first added, its own cell left out ([...new Set(cells)].filter((c)
 * => c !== own) built in one pass): a total's related cells are its parts', every row's on a large sheet.
 */
export class DistinctCells {
  // (a PackedList: a total's related cells, every row's on a large sheet, allocated once at their number)
  private readonly cells = new PackedList<string>();
  private made: string[] | null = null;
  /**
   * The cells seen in a1()'s form in columns A … AD, as a bit per column in a word per row (a total's parts are every
   * row's cell: no hash table of them all, no key hashed per cell), made at the first; any other cell by its string.
   */
  private rows: Int32Array | null = null;
  private others: Set<string> | null = null;

  constructor(private readonly own: string) {}

  add(cell: string): void {
    if (cell === this.own) return;
    const key = cellKey(cell);
    const row = key >= 0 ? Math.floor(key / KEY_COLS) : -1;
    const col = key - row * KEY_COLS;
    if (key >= 0 && col <= 30 && row <= MAX_BIT_ROW) {
      let rows = this.rows;
      if (rows === null || row >= rows.length) {
        const grown = new Int32Array(Math.max(64, 2 ** Math.ceil(Math.log2(row + 1))));
        if (rows !== null) grown.set(rows);
        this.rows = rows = grown;
      }
      const bit = 1 << col;
      if (rows[row] & bit) return;
      rows[row] |= bit;
    } else {
      const others = this.others ?? (this.others = new Set());
      if (others.has(cell)) return;
      others.add(cell);
    }
    if (this.made !== null) this.made.push(cell);
    else this.cells.push(cell);
  }

  /** The cells added, each once, in order (read when all are added: none is added after). */
  get list(): string[] {
    return this.made ?? (this.made = this.cells.list());
  }
}

/** rows whose cells DistinctCells keeps as bits (a word per row up to the last one seen: 4 MB at most) */
const MAX_BIT_ROW = 1 << 20;
