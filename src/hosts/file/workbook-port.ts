import type { Grid } from "../../core/grid/grid";
import type { CellContent, Edit } from "../../core/fill/types";
import type { CellSelection, SettingsHome, SheetChange, WorkbookPort, WorkbookSettings } from "../port";
import { readWorkbook } from "./reader";
import { FileError } from "./errors";
import type { SettingsStore } from "./settings-store";
import { packageSheets, revertWrite, WriteRecord, writeEdits } from "./writer";

/** What the checker's grid view shows besides the cells: the selected cell and PerfSheet's highlights. */
export interface ViewState {
  sheet: string;
  selected: string | null;
  highlights: Record<string, Record<string, string>>; // sheet -> cell -> colour
  /** bumps on every change, so views re-render */
  version: number;
}

/** The one way package bytes become Grids (every sheet a user can see, in workbook order). */
export type GridReader = (bytes: Uint8Array) => Promise<Grid[]>;

export const readGrids: GridReader = async (bytes) =>
  readWorkbook(bytes)
    .sheets.filter((s) => s.state !== "veryHidden")
    .map((s) => s.grid);

/** A write the port made, kept to undo it exactly: the writer's record and the edits it wrote. */
interface OwnWrite {
  record: WriteRecord;
  edits: Map<string, Edit>;
}

function sameWritten(a: CellContent, b: CellContent): boolean {
  const va = a.value === "" ? null : a.value;
  const vb = b.value === "" ? null : b.value;
  const sameV = va === vb || (typeof va === "number" && typeof vb === "number" && Math.abs(va - vb) < 1e-9) || (!!va && !!vb && typeof va === "object" && typeof vb === "object" && va.error === vb.error);
  return (a.formula ?? null) === (b.formula ?? null) && sameV;
}

/**
 * A WorkbookPort over an .xlsx opened in the browser (the checker), the CLI or tests. It keeps the file's
 * original bytes and its current bytes: a fill patches the current bytes with the surgical writer (only the
 * planned cells' XML changes, every other part stays byte for byte), a download is the current bytes (no
 * fill: the original file itself), and a revert of cells the port wrote puts back their original XML exactly
 * (shared formulas, rich text and styles included). Settings live with the opened file for the session; with a
 * SettingsStore (the checker: localStorage, keyed by the file's name, size and bytes) the profile and the
 * ignores are kept for the next time the same file is opened. Nothing of the settings is ever written into the
 * workbook. Highlights and selection are marks in the checker's grid view, not cell fills.
 */
export class FileWorkbookPort implements WorkbookPort {
  readonly kind = "file" as const;
  readonly settingsHome: SettingsHome;
  private settings: WorkbookSettings = {};
  private listeners = new Set<(c: SheetChange) => void>();
  private selectionListeners = new Set<(s: CellSelection) => void>();
  private viewListeners = new Set<(v: ViewState) => void>();
  private view: ViewState;
  private current: Uint8Array;
  private grids: Promise<Grid[]> | null = null;
  private readonly names: string[];
  /** the port's own writes, oldest first */
  private writes: OwnWrite[] = [];

  constructor(
    readonly original: Uint8Array,
    readonly label: string,
    private readonly store?: SettingsStore,
    opts: { grids?: Grid[]; read?: GridReader } = {},
  ) {
    this.settingsHome = store ? "browser" : "session";
    this.settings = store?.load() ?? {};
    this.current = original;
    this.read = opts.read ?? readGrids;
    if (opts.grids) this.grids = Promise.resolve(opts.grids);
    this.names = packageSheets(original)
      .filter((s) => s.state !== "veryHidden")
      .map((s) => s.name);
    this.view = { sheet: this.names[0] ?? "", selected: null, highlights: {}, version: 0 };
  }

  private readonly read: GridReader;

  /** Open a file: read its sheets once (a FileError for a file that cannot be read) and keep its bytes. */
  static async open(bytes: Uint8Array, label: string, store?: SettingsStore, read: GridReader = readGrids): Promise<FileWorkbookPort> {
    const grids = await read(bytes);
    if (grids.length === 0) throw new FileError("empty");
    try {
      return new FileWorkbookPort(bytes, label, store, { grids, read });
    } catch (e) {
      // the package's own structure (zip directory, workbook part) could not be mapped for writing
      throw e instanceof FileError ? e : new FileError("corrupt", (e as Error).message);
    }
  }

  async listSheets(): Promise<string[]> {
    return [...this.names];
  }

  async activeSheet(): Promise<string> {
    return this.view.sheet;
  }

  /** The checker switches sheets (tabs under the grid). */
  setActiveSheet(sheet: string): void {
    this.updateView({ sheet, selected: null });
    this.emit({ sheet });
  }

  async readSheet(sheet?: string): Promise<Grid> {
    const name = sheet ?? this.view.sheet;
    if (!this.grids) this.grids = this.read(this.current);
    const g = (await this.grids).find((x) => x.name === name);
    if (!g) throw new Error(`没有名为“${name}”的工作表`);
    return g;
  }

  /**
   * Write edits into the current bytes. An edit that gives back to a cell the port wrote what it held before
   * (a revert) restores the cell's original XML from the writer's record; the others go through the writer.
   */
  async applyEdits(sheet: string, edits: Edit[], settings?: WorkbookSettings): Promise<void> {
    if (!this.names.includes(sheet)) throw new Error(`没有名为“${sheet}”的工作表`);
    if (settings) this.saveSettings(structuredCloneSafe(settings));
    const restores = new Map<OwnWrite, Edit[]>();
    const rest: Edit[] = [];
    for (const e of edits) {
      const own = this.ownerOf(sheet, e);
      if (own) restores.set(own, [...(restores.get(own) ?? []), e]);
      else rest.push(e);
    }
    // newest writes first, so each record finds the cells as it left them
    for (const own of [...restores.keys()].sort((a, b) => this.writes.indexOf(b) - this.writes.indexOf(a))) {
      const list = restores.get(own)!;
      const isNewest = this.writes[this.writes.length - 1] === own;
      const r = revertWrite(this.current, own.record, list.map((e) => e.cell), { baseline: this.original, keepParts: !isNewest });
      this.current = r.bytes;
      for (const c of r.restored) own.edits.delete(c);
      if (r.remaining) own.record = r.remaining;
      else this.writes.splice(this.writes.indexOf(own), 1);
      for (const e of list) if (r.conflicts.includes(e.cell)) rest.push(e);
    }
    if (rest.length) {
      const { bytes, record } = writeEdits(this.current, sheet, rest, { baseline: this.original });
      this.current = bytes;
      if (record) this.writes.push({ record, edits: new Map(rest.map((e) => [e.cell, e])) });
    }
    this.grids = null;
    this.updateView({});
    this.emit({ sheet });
  }

  /** The port's newest write of this cell, when the edit gives back exactly what the cell held before it. */
  private ownerOf(sheet: string, e: Edit): OwnWrite | null {
    for (let i = this.writes.length - 1; i >= 0; i--) {
      const w = this.writes[i];
      if (w.record.sheet !== sheet) continue;
      const wrote = w.edits.get(e.cell);
      if (wrote) return sameWritten(wrote.before, e.after) ? w : null;
    }
    return null;
  }

  /** Select a cell (the pane, or a click or arrow key in the checker's grid); selection listeners hear of it. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    const switched = sheet !== this.view.sheet;
    this.updateView({ sheet, selected: cell });
    if (switched) this.emit({ sheet });
    for (const l of this.selectionListeners) l({ sheet, cell });
  }

  onSelectionChanged(cb: (selection: CellSelection) => void): () => void {
    this.selectionListeners.add(cb);
    return () => this.selectionListeners.delete(cb);
  }

  async selectedCell(): Promise<CellSelection | null> {
    return this.view.selected ? { sheet: this.view.sheet, cell: this.view.selected } : null;
  }

  async setHighlights(sheet: string, cells: string[], color: string): Promise<void> {
    const h = { ...(this.view.highlights[sheet] ?? {}) };
    for (const c of cells) h[c] = color;
    this.updateView({ highlights: { ...this.view.highlights, [sheet]: h } });
  }

  async clearHighlights(sheet: string): Promise<void> {
    const rest = { ...this.view.highlights };
    delete rest[sheet];
    this.updateView({ highlights: rest });
  }

  async getSettings(): Promise<WorkbookSettings> {
    return structuredCloneSafe(this.settings);
  }

  async setSettings(patch: Partial<WorkbookSettings>): Promise<void> {
    this.saveSettings({ ...this.settings, ...structuredCloneSafe(patch) });
  }

  private saveSettings(s: WorkbookSettings): void {
    this.settings = s;
    this.store?.save(s);
  }

  onSheetChanged(cb: (change: SheetChange) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** The checker's grid view follows selection and highlights. */
  onView(cb: (v: ViewState) => void): () => void {
    this.viewListeners.add(cb);
    return () => this.viewListeners.delete(cb);
  }

  viewState(): ViewState {
    return this.view;
  }

  /** The workbook as it is now, as .xlsx bytes: the original file with only the planned cells patched (no fill: the original bytes). */
  async toXlsx(): Promise<Uint8Array> {
    return this.current;
  }

  private updateView(patch: Partial<ViewState>): void {
    this.view = { ...this.view, ...patch, version: this.view.version + 1 };
    for (const l of this.viewListeners) l(this.view);
  }

  private emit(c: SheetChange): void {
    for (const l of this.listeners) l(c);
  }
}

function structuredCloneSafe<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
