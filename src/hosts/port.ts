import type { Grid } from "../core/grid/grid";
import type { AppliedPlan, Edit } from "../core/fill/types";

/** A finding the user chose to ignore, with a short reason; kept in the workbook. */
export interface IgnoreEntry {
  sheet: string;
  rule: string;
  cell: string;
  reason: string;
  at: string;
}

/** The user's own fill colour of a highlighted cell (null: the cell had no fill). */
export interface SavedFill {
  cell: string;
  color: string | null;
}

/** Per-workbook settings (Excel: workbook.settings; checker: kept with the opened file). Keep small. */
export interface WorkbookSettings {
  /** a built-in profile id, or a custom profile as JSON text */
  profile?: { builtin: string } | { custom: string };
  ignores?: IgnoreEntry[];
  /** the last applied fill plan, per sheet, for Revert and to know which cells PerfSheet filled */
  lastPlan?: Record<string, AppliedPlan>;
  /** cells PerfSheet has highlighted, per sheet, with the user's fill colours to restore */
  highlights?: Record<string, SavedFill[]>;
}

export const SETTINGS_KEY = "perfsheet";

/** What a host reports when a sheet changes, so the pane can re-check (debounced). */
export interface SheetChange {
  sheet: string;
  address?: string;
}

/** A selected cell (the top-left cell of the selection), as a host reports it. */
export interface CellSelection {
  sheet: string;
  cell: string;
}

/** Where a host keeps WorkbookSettings: in the workbook (Excel), in this browser (checker), or for the session only. */
export type SettingsHome = "workbook" | "browser" | "session";

/**
 * Everything the task pane needs from a workbook (DESIGN §1). Hosts: Excel (src/hosts/excel) and an
 * .xlsx file in the browser (src/hosts/file/workbook-port). UI components talk only to this.
 */
export interface WorkbookPort {
  /** "excel" inside Excel; "file" in the browser checker; "wps" inside WPS 表格 */
  readonly kind: "excel" | "file" | "wps";
  /** a label for the workbook (file name; "" in Excel) */
  readonly label: string;
  /** where getSettings/setSettings keep their data (the pane tells the user) */
  readonly settingsHome: SettingsHome;
  /**
   * false where =PERF.* custom functions cannot run (Excel without CustomFunctionsRuntime 1.1, e.g. volume-licensed
   * Office 2021 and earlier): the pane then fills plain formulas. Absent: supported.
   */
  readonly customFunctions?: boolean;
  listSheets(): Promise<string[]>;
  /** the sheet the user is looking at */
  activeSheet(): Promise<string>;
  /** read a sheet (the active one by default) into a Grid: values, formulas, number formats, merges */
  readSheet(sheet?: string): Promise<Grid>;
  /**
   * Write edits in one batch: each cell gets `after` (value or formula, and number format). `settings`, when
   * given, replaces the stored settings in the same batch (the applied plan, kept for Revert).
   */
  applyEdits(sheet: string, edits: Edit[], settings?: WorkbookSettings): Promise<void>;
  /** select (Excel) or scroll to and mark (checker) a cell */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** the selected cell, when the host knows it */
  selectedCell?(): Promise<CellSelection | null>;
  /** fill cells with a colour, remembering the user's own fills (kept in settings) */
  setHighlights(sheet: string, cells: string[], color: string): Promise<void>;
  /** remove PerfSheet's highlights on a sheet, restoring the user's fill colours */
  clearHighlights(sheet: string): Promise<void>;
  getSettings(): Promise<WorkbookSettings>;
  /** merge a patch into the settings and save them with the workbook */
  setSettings(patch: Partial<WorkbookSettings>): Promise<void>;
  /** called when a sheet's content changes or another sheet is activated; returns an unsubscribe */
  onSheetChanged(cb: (change: SheetChange) => void): () => void;
  /**
   * called when the user selects a cell (Excel: selection-changed events; checker: a click or arrow key in the
   * sheet view; both: selectCell); returns an unsubscribe
   */
  onSelectionChanged(cb: (selection: CellSelection) => void): () => void;
}
