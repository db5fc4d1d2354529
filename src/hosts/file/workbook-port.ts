import type ExcelJS from "exceljs";
import type { Grid } from "../../core/grid/grid";
import type { CellContent, Edit } from "../../core/fill/types";
import type { CellSelection, SettingsHome, SheetChange, WorkbookPort, WorkbookSettings } from "../port";
import { worksheetToGrid } from "./xlsx";
import type { SettingsStore } from "./settings-store";

/** What the checker's grid view shows besides the cells: the selected cell and PerfSheet's highlights. */
export interface ViewState {
  sheet: string;
  selected: string | null;
  highlights: Record<string, Record<string, string>>; // sheet -> cell -> colour
  /** bumps on every change, so views re-render */
  version: number;
}

/** Write a cell's content into an ExcelJS cell; the cell's other style parts are kept. */
export function writeExcelJsCell(cell: ExcelJS.Cell, c: CellContent): void {
  const v = c.value;
  const plain = v === null ? null : typeof v === "object" ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
  if (c.formula) cell.value = { formula: c.formula.replace(/^=/, ""), result: plain ?? undefined } as ExcelJS.CellFormulaValue;
  else cell.value = plain as ExcelJS.CellValue;
  // styles can be shared between cells in ExcelJS: give this cell its own copy before changing it
  const style = { ...(cell.style ?? {}) } as Partial<ExcelJS.Style>;
  if (c.numFmt) style.numFmt = c.numFmt;
  else delete style.numFmt;
  cell.style = style as ExcelJS.Style;
}

/**
 * A WorkbookPort over an .xlsx opened in the browser (the checker) or in tests: edits go into the ExcelJS
 * workbook that was loaded, so a download changes only the planned cells. Settings live with the opened
 * file for the session; with a SettingsStore (the checker: localStorage, keyed by the file's name, size and
 * bytes) the profile and the ignores are kept for the next time the same file is opened. Nothing of the
 * settings is ever written into the workbook. Highlights and selection are marks in the checker's grid view,
 * not cell fills.
 */
export class FileWorkbookPort implements WorkbookPort {
  readonly kind = "file" as const;
  readonly settingsHome: SettingsHome;
  private settings: WorkbookSettings = {};
  private listeners = new Set<(c: SheetChange) => void>();
  private selectionListeners = new Set<(s: CellSelection) => void>();
  private viewListeners = new Set<(v: ViewState) => void>();
  private view: ViewState;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly label: string,
    private readonly store?: SettingsStore,
  ) {
    this.settingsHome = store ? "browser" : "session";
    this.settings = store?.load() ?? {};
    this.view = { sheet: this.sheetNames()[0] ?? "", selected: null, highlights: {}, version: 0 };
  }

  private sheetNames(): string[] {
    const names: string[] = [];
    this.workbook.eachSheet((ws) => {
      if (ws.state !== "veryHidden") names.push(ws.name);
    });
    return names;
  }

  private ws(name?: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name ?? this.view.sheet);
    if (!ws) throw new Error(`没有名为“${name}”的工作表`);
    return ws;
  }

  async listSheets(): Promise<string[]> {
    return this.sheetNames();
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
    return worksheetToGrid(this.ws(sheet));
  }

  async applyEdits(sheet: string, edits: Edit[], settings?: WorkbookSettings): Promise<void> {
    const ws = this.ws(sheet);
    if (settings) this.saveSettings(structuredCloneSafe(settings));
    for (const e of edits) writeExcelJsCell(ws.getCell(e.cell), e.after);
    this.updateView({});
    this.emit({ sheet });
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

  /** The workbook with the applied edits, as .xlsx bytes. */
  async toXlsx(): Promise<Uint8Array> {
    const buf = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
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
