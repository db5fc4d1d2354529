import type { Edit } from "../core/fill";
import type { Finding } from "../core/rules";
import type { Grid } from "../core/grid/grid";
import type { SettingsHome, WorkbookPort, WorkbookSettings } from "../hosts/port";

/**
 * What the pane's components may do to the workbook, bound to the sheet the pane shows. The components receive
 * these actions and never see the port: the Pane builds them (`paneActions`), a test can hand in its own.
 */
export interface PaneActions {
  /** where settings are kept (the pane tells the user) */
  settingsHome: SettingsHome;
  /** false where =PERF.* custom functions cannot run */
  customFunctions: boolean | undefined;
  /** select a cell of the pane's sheet in the host */
  selectCell(cell: string): void;
  /** keep a finding out of the lists, with the reviewer's reason */
  ignore(f: Finding, reason: string): Promise<void>;
  /** bring back every finding ignored in this sheet */
  resetIgnores(): Promise<void>;
  /** fill the finding cells: errors red, warnings yellow (an error wins over a warning) */
  highlight(cells: { errors: string[]; warnings: string[] }, colors: { error: string; warning: string }): Promise<void>;
  clearHighlights(): Promise<void>;
  /** store the profile to check with (a built-in id or custom JSON) */
  setProfile(profile: NonNullable<WorkbookSettings["profile"]>): Promise<void>;
  /** write edits to the pane's sheet, with the settings that go with them (the applied plan) */
  applyEdits(edits: Edit[], settings: WorkbookSettings): Promise<void>;
  /** the pane's sheet as it is now */
  readSheet(): Promise<Grid>;
}

/** The actions on a port for one sheet; each change is followed by `onChanged` (the pane re-checks). */
export function paneActions(port: WorkbookPort, sheet: string, settings: WorkbookSettings, onChanged: () => void): PaneActions {
  const changed = <A extends unknown[]>(f: (...a: A) => Promise<void>) => async (...a: A) => {
    await f(...a);
    onChanged();
  };
  return {
    settingsHome: port.settingsHome,
    customFunctions: port.customFunctions,
    selectCell: (cell) => void port.selectCell(sheet, cell),
    ignore: changed((f: Finding, reason: string) =>
      port.setSettings({ ignores: [...(settings.ignores ?? []), { sheet, rule: f.rule, cell: f.cell, reason: reason.trim(), at: new Date().toISOString() }] }),
    ),
    resetIgnores: changed(() => port.setSettings({ ignores: (settings.ignores ?? []).filter((i) => i.sheet !== sheet) })),
    highlight: changed(async (cells: { errors: string[]; warnings: string[] }, colors: { error: string; warning: string }) => {
      if (cells.warnings.length) await port.setHighlights(sheet, cells.warnings, colors.warning);
      if (cells.errors.length) await port.setHighlights(sheet, cells.errors, colors.error);
    }),
    clearHighlights: changed(() => port.clearHighlights(sheet)),
    setProfile: changed((profile: NonNullable<WorkbookSettings["profile"]>) => port.setSettings({ profile })),
    applyEdits: changed((edits: Edit[], s: WorkbookSettings) => port.applyEdits(sheet, edits, s)),
    readSheet: () => port.readSheet(sheet),
  };
}
