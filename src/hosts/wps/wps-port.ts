/**
 * The WPS 表格 host: a WorkbookPort over ET, WPS's synchronous JavaScript object model (DESIGN §1: the ONLY
 * code that calls it, always through the Et wrapper). Reads and writes go in row blocks (BLOCK_ROWS) so the
 * number of cross-process calls grows with blocks, not cells; every write is read back; settings live in a
 * very hidden sheet of the workbook (PluginStorage does not persist, localStorage is off in some WebViews).
 */
import type { Grid } from "../../core/grid/grid";
import type { CellContent, Edit } from "../../core/fill/types";
import { a1, parseA1 } from "../../core/grid/a1";
import type { CellSelection, SavedFill, SheetChange, WorkbookPort, WorkbookSettings } from "../port";
import { bgrToHex, Et, EtError, EtObject, hexToBgr, XL } from "./et";
import { as2d, BLOCK_ROWS, ERROR_CODES, firstCellOfAddress, readWorksheet } from "./read";

/** The very hidden sheet holding PerfSheet's settings for this workbook. */
export const SETTINGS_SHEET = "PerfSheet_settings";
/** characters per settings cell (a cell holds at most 32,767) */
const SETTINGS_CHUNK = 30_000;

/** A timer for the polling fallback, injectable so tests never wait. */
export interface Clock {
  every(ms: number, fn: () => void): () => void;
}
export const realClock: Clock = {
  every(ms, fn) {
    const h = setInterval(fn, ms);
    return () => clearInterval(h);
  },
};

export interface WpsPortOptions {
  blockRows?: number;
  clock?: Clock;
  /** polling interval when ApiEvent is missing (ms) */
  pollMs?: number;
}

/** What one run of cells in one column writes: consecutive rows, one block, one number format. */
interface Run {
  col: number;
  r1: number;
  edits: Edit[];
  numFmt: string | null;
}

/** Text that WPS would parse when typed (a number, a formula, TRUE…) is written with a leading apostrophe. */
function typed(v: CellContent["value"]): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "string" && (/^[=+\-'@]/.test(v) || /^\s*[\d.(]/.test(v) || /^(true|false)$/i.test(v.trim()) || /^#/.test(v))) return "'" + v;
  return v;
}

function contentInput(c: CellContent): string | number | boolean {
  return c.formula ? "=" + c.formula.replace(/^=/, "") : typed(c.value);
}

/** Formula text as compared after a write (WPS may space or case it differently, or add _xlfn. prefixes). */
function formulaKey(f: string): string {
  return f.replace(/^=/, "").replace(/_xl(fn|udf)\./gi, "").replace(/\s+/g, "").toUpperCase();
}

function sameWritten(read: unknown, c: CellContent): boolean {
  if (c.formula) return typeof read === "string" && formulaKey(read) === formulaKey(c.formula);
  const want = c.value === null ? "" : typeof c.value === "object" ? c.value.error : c.value;
  if (read === undefined || read === null) return want === "";
  if (typeof read === "number" && ERROR_CODES[read]) return ERROR_CODES[read] === want;
  if (typeof want === "number" && typeof read === "number") return Math.abs(want - read) < 1e-9;
  return String(read) === String(want);
}

let listenerSeq = 0;

export class WpsWorkbookPort implements WorkbookPort {
  readonly kind = "wps" as const;
  readonly settingsHome = "workbook" as const;
  readonly label: string;
  readonly et: Et;
  private readonly blockRows: number;
  private readonly clock: Clock;
  private readonly pollMs: number;

  constructor(app: EtObject, opts: WpsPortOptions = {}) {
    this.et = new Et(app);
    this.blockRows = opts.blockRows ?? BLOCK_ROWS;
    this.clock = opts.clock ?? realClock;
    this.pollMs = opts.pollMs ?? 1500;
    let label = "";
    try {
      label = String(this.et.get(this.et.get(app, "ActiveWorkbook", "Application"), "Name", "Workbook") ?? "");
    } catch {
      label = "";
    }
    this.label = label;
  }

  private get app(): EtObject {
    return this.et.app;
  }

  private workbook(): EtObject {
    const wb = this.et.opt<EtObject>(this.app, "ActiveWorkbook", "Application");
    if (!wb) throw new Error("WPS 表格中没有打开的工作簿 / no workbook is open in WPS");
    return wb;
  }

  private sheets(): EtObject {
    return this.et.get<EtObject>(this.workbook(), ["Worksheets", "Sheets"], "Workbook");
  }

  /** A sheet by name (null when missing), or the active one. */
  private findSheet(name: string): EtObject | null {
    try {
      return this.et.item<EtObject>(this.sheets(), name, "Worksheets");
    } catch (e) {
      if (e instanceof EtError) throw e;
      return null; // Item(name) of a missing sheet raises "下标越界"
    }
  }

  private sheet(name?: string): EtObject {
    if (!name) return this.et.get<EtObject>(this.app, "ActiveSheet", "Application");
    const ws = this.findSheet(name);
    if (!ws) throw new Error(`没有名为“${name}”的工作表 / no sheet named "${name}"`);
    return ws;
  }

  async listSheets(): Promise<string[]> {
    const sheets = this.sheets();
    const n = this.et.get<number>(sheets, "Count", "Worksheets");
    const out: string[] = [];
    for (let i = 1; i <= n; i++) {
      const ws = this.et.item<EtObject>(sheets, i, "Worksheets");
      const visible = this.et.opt<number | boolean>(ws, "Visible", "Worksheet");
      const name = this.et.get<string>(ws, "Name", "Worksheet");
      if (visible === XL.sheetVeryHidden || name === SETTINGS_SHEET) continue;
      out.push(name);
    }
    return out;
  }

  async activeSheet(): Promise<string> {
    return this.et.get<string>(this.sheet(), "Name", "Worksheet");
  }

  async readSheet(sheet?: string): Promise<Grid> {
    return readWorksheet(this.et, this.sheet(sheet), this.blockRows);
  }

  /** The runs a plan writes: per column, consecutive rows inside one block with one number format. */
  private runsOf(edits: Edit[]): Run[] {
    const byCol = new Map<number, { row: number; e: Edit }[]>();
    for (const e of edits) {
      const p = parseA1(e.cell);
      if (!byCol.has(p.col)) byCol.set(p.col, []);
      byCol.get(p.col)!.push({ row: p.row, e });
    }
    const runs: Run[] = [];
    for (const [col, list] of [...byCol].sort((x, y) => x[0] - y[0])) {
      list.sort((x, y) => x.row - y.row);
      let cur: Run | null = null;
      let last = -1;
      for (const { row, e } of list) {
        const fmt = e.after.numFmt ?? null;
        const sameBlock = cur && Math.floor((row - 1) / this.blockRows) === Math.floor((cur.r1 - 1) / this.blockRows);
        if (cur && row === last + 1 && sameBlock && cur.numFmt === fmt) cur.edits.push(e);
        else runs.push((cur = { col, r1: row, edits: [e], numFmt: fmt }));
        last = row;
      }
    }
    // block by block, top to bottom
    return runs.sort((x, y) => Math.floor((x.r1 - 1) / this.blockRows) - Math.floor((y.r1 - 1) / this.blockRows) || x.col - y.col || x.r1 - y.r1);
  }

  /**
   * Write the plan in runs (per column, consecutive rows of one block): per run one Range, its NumberFormat,
   * its Formula (or Value2) as one n×1 array, and one read-back that must match. Then the settings, if given.
   */
  async applyEdits(sheet: string, edits: Edit[], settings?: WorkbookSettings): Promise<void> {
    const et = this.et;
    const ws = this.sheet(sheet);
    const screen = et.trySet(this.app, "ScreenUpdating", false);
    try {
      const mismatches: string[] = [];
      for (const run of this.runsOf(edits)) {
        const addr = run.edits.length === 1 ? a1(run.r1, run.col) : `${a1(run.r1, run.col)}:${a1(run.r1 + run.edits.length - 1, run.col)}`;
        const range = et.call<EtObject>(ws, "Range", [addr], "Worksheet");
        et.set(range, "NumberFormat", run.numFmt ?? "General", "Range");
        const hasFormula = run.edits.some((e) => !!e.after.formula);
        const member = hasFormula ? "Formula" : "Value2";
        const input = run.edits.map((e) => [contentInput(e.after)]);
        et.set(range, member, run.edits.length === 1 ? input[0][0] : input, "Range");
        // read back: a write that vanished (a typo'd member, a protected sheet) must not pass unnoticed
        const back = as2d(et.value(range, member), run.edits.length, 1);
        run.edits.forEach((e, i) => {
          if (!sameWritten(back[i]?.[0], e.after)) mismatches.push(e.cell);
        });
      }
      if (mismatches.length) throw new Error(`写入后读回不一致 / cells did not take the written content: ${mismatches.join(", ")}`);
      if (settings) this.writeSettings(settings);
    } finally {
      if (screen) et.trySet(this.app, "ScreenUpdating", true);
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = this.sheet(sheet);
    // Range.Select fails on a sheet that is not active
    this.et.call(ws, "Activate", [], "Worksheet");
    this.et.call(this.et.call(ws, "Range", [cell], "Worksheet"), "Select", [], "Range");
  }

  async selectedCell(): Promise<CellSelection | null> {
    const sel = this.et.opt<EtObject>(this.app, "Selection", "Application");
    if (!sel) return null;
    const cell = firstCellOfAddress(this.et.opt(sel, "Address", "Selection"));
    if (!cell) return null;
    return { sheet: await this.activeSheet(), cell };
  }

  /** Fill cells with a colour; the user's own fill of each cell is kept (once) in the settings sheet. */
  async setHighlights(sheet: string, cells: string[], color: string): Promise<void> {
    const et = this.et;
    const ws = this.sheet(sheet);
    const s = this.readSettings();
    const saved = new Map((s.highlights?.[sheet] ?? []).map((x) => [x.cell, x] as const));
    const bgr = hexToBgr(color);
    for (const cell of cells) {
      const interior = et.get<EtObject>(et.call(ws, "Range", [cell], "Worksheet"), "Interior", "Range");
      if (!saved.has(cell)) {
        const pattern = et.opt<number>(interior, "Pattern", "Interior");
        const own = pattern === XL.none ? null : bgrToHex(et.get<number>(interior, "Color", "Interior"));
        saved.set(cell, { cell, color: own });
      }
      et.set(interior, "Color", bgr, "Interior");
    }
    this.writeSettings({ ...s, highlights: { ...(s.highlights ?? {}), [sheet]: [...saved.values()] } });
  }

  async clearHighlights(sheet: string): Promise<void> {
    const et = this.et;
    const s = this.readSettings();
    const saved: SavedFill[] = s.highlights?.[sheet] ?? [];
    if (saved.length) {
      const ws = this.sheet(sheet);
      for (const x of saved) {
        const interior = et.get<EtObject>(et.call(ws, "Range", [x.cell], "Worksheet"), "Interior", "Range");
        if (x.color === null) et.set(interior, "ColorIndex", XL.none, "Interior");
        else et.set(interior, "Color", hexToBgr(x.color), "Interior");
      }
    }
    const rest = { ...(s.highlights ?? {}) };
    delete rest[sheet];
    this.writeSettings({ ...s, highlights: rest });
  }

  async getSettings(): Promise<WorkbookSettings> {
    return this.readSettings();
  }

  async setSettings(patch: Partial<WorkbookSettings>): Promise<void> {
    this.writeSettings({ ...this.readSettings(), ...patch });
  }

  /** The settings JSON, split over column A of the very hidden sheet; {} when absent or unreadable. */
  private readSettings(): WorkbookSettings {
    const ws = this.findSheet(SETTINGS_SHEET);
    if (!ws) return {};
    const used = this.et.get<EtObject>(ws, "UsedRange", "Worksheet");
    const v = this.et.value(used, "Value2");
    const parts = Array.isArray(v) ? (v as unknown[][]).map((row) => (Array.isArray(row) ? row[0] : row)) : [v];
    const text = parts.map((p) => (p === undefined || p === null ? "" : String(p))).join("");
    if (!text) return {};
    try {
      const parsed = JSON.parse(text);
      return parsed && typeof parsed === "object" ? (parsed as WorkbookSettings) : {};
    } catch {
      return {};
    }
  }

  private writeSettings(s: WorkbookSettings): void {
    const et = this.et;
    let ws = this.findSheet(SETTINGS_SHEET);
    if (!ws) ws = this.createSettingsSheet();
    et.call(et.get(ws, "UsedRange", "Worksheet"), "ClearContents", [], "UsedRange");
    const json = JSON.stringify(s);
    const chunks: string[] = [];
    for (let i = 0; i < json.length; i += SETTINGS_CHUNK) chunks.push(json.slice(i, i + SETTINGS_CHUNK));
    if (chunks.length === 0) chunks.push("{}");
    const range = et.call<EtObject>(ws, "Range", [chunks.length === 1 ? "A1" : `A1:A${chunks.length}`], "Worksheet");
    // text format: the JSON is stored as typed, never parsed as a number or a formula
    et.set(range, "NumberFormat", "@", "Range");
    et.set(range, "Value2", chunks.length === 1 ? chunks[0] : chunks.map((c) => [c]), "Range");
  }

  /** Add the settings sheet after the last one, very hidden; the user's active sheet stays active. */
  private createSettingsSheet(): EtObject {
    const et = this.et;
    const active = et.get<EtObject>(this.app, "ActiveSheet", "Application");
    const sheets = this.sheets();
    const last = et.item<EtObject>(sheets, et.get<number>(sheets, "Count", "Worksheets"), "Worksheets");
    const ws = et.call<EtObject>(sheets, "Add", [undefined, last], "Worksheets");
    et.set(ws, "Name", SETTINGS_SHEET, "Worksheet");
    et.set(ws, "Visible", XL.sheetVeryHidden, "Worksheet");
    et.call(active, "Activate", [], "Worksheet");
    return ws;
  }

  /** ApiEvent listeners, or null when this build has no ApiEvent (the caller polls instead). */
  private listen(handlers: Record<string, (...args: unknown[]) => void>): (() => void) | null {
    const api = this.et.opt<EtObject>(this.app, "ApiEvent", "Application");
    if (!api) return null;
    const added: [string, unknown][] = [];
    /** a listener as a function, or (builds that take only a name, as in WPS's samples) as a global function's name */
    const add = (event: string, fn: (...args: unknown[]) => void): unknown => {
      try {
        if (this.et.call(api, "AddApiEventListener", [event, fn], "ApiEvent") !== false) return fn;
      } catch {
        // try by name
      }
      const name = `__perfsheet_${event}_${++listenerSeq}`;
      (globalThis as Record<string, unknown>)[name] = fn;
      if (this.et.call(api, "AddApiEventListener", [event, name], "ApiEvent") === false) throw new Error(`AddApiEventListener(${event}) refused`);
      return name;
    };
    try {
      for (const [event, fn] of Object.entries(handlers)) added.push([event, add(event, fn)]);
    } catch {
      for (const [event, fn] of added) this.removeListener(api, event, fn);
      return null;
    }
    return () => {
      for (const [event, fn] of added) this.removeListener(api, event, fn);
    };
  }

  private removeListener(api: EtObject, event: string, fn: unknown): void {
    try {
      this.et.call(api, "RemoveApiEventListener", [event, fn], "ApiEvent");
    } catch {
      // nothing to remove on this build
    }
    if (typeof fn === "string") delete (globalThis as Record<string, unknown>)[fn];
  }

  private nameOf(sh: unknown): string {
    try {
      return String(this.et.get(sh, "Name", "Worksheet"));
    } catch {
      return "";
    }
  }

  /** Content changes (SheetChange) and sheet switches (SheetActivate); polling the active sheet without ApiEvent. */
  onSheetChanged(cb: (change: SheetChange) => void): () => void {
    const off = this.listen({
      SheetChange: (sh, target) => {
        const sheet = this.nameOf(sh);
        let address: string | undefined;
        try {
          address = String(this.et.get(target, "Address", "Target")).replace(/\$/g, "");
        } catch {
          address = undefined;
        }
        if (sheet) cb({ sheet, ...(address ? { address } : {}) });
      },
      SheetActivate: (sh) => {
        const sheet = this.nameOf(sh);
        if (sheet) cb({ sheet });
      },
    });
    if (off) return off;
    let last: string | null = null;
    return this.clock.every(this.pollMs, () => {
      let now: string;
      try {
        now = this.et.get<string>(this.sheet(), "Name", "Worksheet");
      } catch {
        return;
      }
      if (last !== null && now !== last) cb({ sheet: now });
      last = now;
    });
  }

  /** Selection changes (SheetSelectionChange); polling Selection.Address without ApiEvent. */
  onSelectionChanged(cb: (selection: CellSelection) => void): () => void {
    const off = this.listen({
      SheetSelectionChange: (sh, target) => {
        const sheet = this.nameOf(sh);
        let cell: string | null = null;
        try {
          cell = firstCellOfAddress(this.et.get(target, "Address", "Target"));
        } catch {
          cell = null;
        }
        if (sheet && cell) cb({ sheet, cell });
      },
    });
    if (off) return off;
    let last: string | null = null;
    return this.clock.every(this.pollMs, () => {
      let sel: CellSelection | null;
      try {
        const sheet = this.et.get<string>(this.sheet(), "Name", "Worksheet");
        const cell = firstCellOfAddress(this.et.get(this.et.get(this.app, "Selection", "Application"), "Address", "Selection"));
        sel = cell ? { sheet, cell } : null;
      } catch {
        return;
      }
      const key = sel ? `${sel.sheet}!${sel.cell}` : "";
      if (last !== null && key !== last && sel) cb(sel);
      last = key;
    });
  }
}
