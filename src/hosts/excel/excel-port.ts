/// <reference types="office-js" />
import type { Grid } from "../../core/grid/grid";
import type { Edit } from "../../core/fill/types";
import type { CellSelection, SavedFill, SheetChange, WorkbookPort, WorkbookSettings } from "../port";
import { SETTINGS_KEY } from "../port";
import { readWorksheet } from "./read";

/** Excel.run, injectable so tests can hand in a fake context that counts syncs. */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

function sheetOf(ctx: Excel.RequestContext, name?: string): Excel.Worksheet {
  return name ? ctx.workbook.worksheets.getItem(name) : ctx.workbook.worksheets.getActiveWorksheet();
}

function parseSettings(raw: unknown): WorkbookSettings {
  if (typeof raw !== "string" || !raw) return {};
  try {
    const v = JSON.parse(raw);
    return v && typeof v === "object" ? (v as WorkbookSettings) : {};
  } catch {
    return {};
  }
}

/** Queue the reads of the settings (one sync later, `.value` holds the JSON). */
function loadSettings(ctx: Excel.RequestContext): Excel.Setting {
  const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return item;
}

function settingsValue(item: Excel.Setting): WorkbookSettings {
  return item.isNullObject ? {} : parseSettings(item.value);
}

function queueSettings(ctx: Excel.RequestContext, s: WorkbookSettings): void {
  ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(s));
}

/** The top-left cell of a selection address ("Sheet1!$B$3:$C$4, D5" -> "B3"); null when there is none. */
export function firstCellOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const m = /([A-Za-z]{1,3})\$?(\d+)/.exec(address.split(",")[0].split("!").pop()!.replace(/\$/g, ""));
  return m ? m[1].toUpperCase() + m[2] : null;
}

/** ExcelApi 1.9 (WorksheetCollection.onSelectionChanged); assumed outside Office (tests inject the choice). */
function worksheetSelectionEventsSupported(): boolean {
  if (typeof Office === "undefined") return true;
  try {
    return Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.9") !== false;
  } catch {
    return true;
  }
}

/** CustomFunctionsRuntime 1.1 (=PERF.* functions); missing on volume-licensed Office 2021 and earlier. */
export function customFunctionsSupported(): boolean {
  if (typeof Office === "undefined") return true;
  try {
    return Office.context?.requirements?.isSetSupported?.("CustomFunctionsRuntime", "1.1") !== false;
  } catch {
    return true;
  }
}

type Handler = OfficeExtension.EventHandlerResult<unknown>;
/**
 * Calls `then` with a worksheet's name: at once for a sheet known at subscription, else (a sheet added since)
 * after reading its name in one sync.
 */
type WithName = (worksheetId: string, then: (name: string) => void) => void;

/** Write cell contents; every call here is queued, the caller syncs once. */
function queueEdits(ws: Excel.Worksheet, edits: Edit[]): void {
  for (const e of edits) {
    const r = ws.getRange(e.cell);
    r.numberFormat = [[e.after.numFmt ?? "General"]];
    if (e.after.formula) r.formulas = [["=" + e.after.formula.replace(/^=/, "")]];
    else {
      const v = e.after.value;
      r.values = [[v === null ? "" : typeof v === "object" ? v.error : v]];
    }
  }
}

/**
 * The Excel host: the ONLY code calling Excel.run / load / sync (DESIGN §1). Reading a sheet costs two
 * syncs whatever its size (up to SYNC_CELL_BUDGET cells); a fill is one batch.
 */
export class ExcelPort implements WorkbookPort {
  readonly kind = "excel" as const;
  readonly label = "";
  readonly settingsHome = "workbook" as const;
  readonly customFunctions = customFunctionsSupported();
  constructor(
    private readonly run: ExcelRun = (b) => Excel.run(b),
    /** which selection event to use: the worksheets' (ExcelApi 1.9, with the address) or the workbook's (1.2) */
    private readonly selectionEvents: "worksheets" | "workbook" = worksheetSelectionEventsSupported() ? "worksheets" : "workbook",
  ) {}

  listSheets(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await ctx.sync();
      return sheets.items.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name);
    });
  }

  activeSheet(): Promise<string> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await ctx.sync();
      return ws.name;
    });
  }

  readSheet(sheet?: string): Promise<Grid> {
    return this.run((ctx) => readWorksheet(ctx, sheetOf(ctx, sheet)));
  }

  /** One batch: calculation suspended, all cells written, the plan recorded in settings by the caller. */
  applyEdits(sheet: string, edits: Edit[], settings?: WorkbookSettings): Promise<void> {
    return this.run(async (ctx) => {
      const app = ctx.workbook.application as Excel.Application & { suspendApiCalculationUntilNextSync?: () => void };
      app.suspendApiCalculationUntilNextSync?.();
      queueEdits(sheetOf(ctx, sheet), edits);
      if (settings) queueSettings(ctx, settings);
      await ctx.sync();
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (ctx) => {
      const ws = sheetOf(ctx, sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  selectedCell(): Promise<{ sheet: string; cell: string } | null> {
    return this.run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange();
      r.load("address");
      r.worksheet.load("name");
      await ctx.sync();
      const a = firstCellOf(r.address);
      return a ? { sheet: r.worksheet.name, cell: a } : null;
    });
  }

  /** Two syncs: read the current fills (and settings), then write colours and the saved fills together. */
  setHighlights(sheet: string, cells: string[], color: string): Promise<void> {
    return this.run(async (ctx) => {
      const ws = sheetOf(ctx, sheet);
      const settings = loadSettings(ctx);
      const fills = cells.map((cell) => {
        const f = ws.getRange(cell).format.fill;
        f.load("color,pattern");
        return { cell, f };
      });
      await ctx.sync();
      const s = settingsValue(settings);
      const saved = new Map((s.highlights?.[sheet] ?? []).map((x) => [x.cell, x] as const));
      for (const { cell, f } of fills) {
        // a cell highlighted already keeps the colour saved the first time
        if (!saved.has(cell)) saved.set(cell, { cell, color: f.pattern === "None" || !f.color ? null : f.color });
        f.color = color;
      }
      queueSettings(ctx, { ...s, highlights: { ...(s.highlights ?? {}), [sheet]: [...saved.values()] } });
      await ctx.sync();
    });
  }

  clearHighlights(sheet: string): Promise<void> {
    return this.run(async (ctx) => {
      const settings = loadSettings(ctx);
      await ctx.sync();
      const s = settingsValue(settings);
      const saved: SavedFill[] = s.highlights?.[sheet] ?? [];
      const ws = sheetOf(ctx, sheet);
      for (const x of saved) {
        const fill = ws.getRange(x.cell).format.fill;
        if (x.color === null) fill.clear();
        else fill.color = x.color;
      }
      const rest = { ...(s.highlights ?? {}) };
      delete rest[sheet];
      queueSettings(ctx, { ...s, highlights: rest });
      await ctx.sync();
    });
  }

  getSettings(): Promise<WorkbookSettings> {
    return this.run(async (ctx) => {
      const item = loadSettings(ctx);
      await ctx.sync();
      return settingsValue(item);
    });
  }

  setSettings(patch: Partial<WorkbookSettings>): Promise<void> {
    return this.run(async (ctx) => {
      const item = loadSettings(ctx);
      await ctx.sync();
      queueSettings(ctx, { ...settingsValue(item), ...patch });
      await ctx.sync();
    });
  }

  /** Content changes and sheet activations (two syncs to subscribe; none per event for known sheets). */
  onSheetChanged(cb: (change: SheetChange) => void): () => void {
    return this.listen((ctx, withName) => {
      const sheets = ctx.workbook.worksheets;
      return [
        sheets.onChanged.add(async (e) => withName(e.worksheetId, (sheet) => cb({ sheet, address: e.address }))),
        sheets.onActivated.add(async (e) => withName(e.worksheetId, (sheet) => cb({ sheet }))),
      ];
    });
  }

  /**
   * Selection changes. With ExcelApi 1.9 the worksheet collection's event carries the sheet and address (no sync
   * per event); older hosts only have the workbook's event, without an address, and the selection is then read
   * in one sync per event. Two syncs to subscribe either way.
   */
  onSelectionChanged(cb: (selection: CellSelection) => void): () => void {
    return this.listen((ctx, withName) => {
      if (this.selectionEvents === "worksheets") {
        return [
          ctx.workbook.worksheets.onSelectionChanged.add(async (e) => {
            const cell = firstCellOf(e.address);
            if (cell) withName(e.worksheetId, (sheet) => cb({ sheet, cell }));
          }),
        ];
      }
      return [
        ctx.workbook.onSelectionChanged.add(async () => {
          const sel = await this.selectedCell().catch(() => null);
          if (sel) cb(sel);
        }),
      ];
    });
  }

  /**
   * The event plumbing shared by every subscription: one batch loads the sheet names and registers the handlers
   * (two syncs); the returned function removes them (in their own context, as Office requires).
   */
  private listen(register: (ctx: Excel.RequestContext, withName: WithName) => Handler[]): () => void {
    const handlers: Handler[] = [];
    let stopped = false;
    const names = new Map<string, string>();
    const withName: WithName = (id, then) => {
      const known = names.get(id);
      if (known !== undefined) return then(known);
      void this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(id);
        ws.load("name");
        await ctx.sync();
        return ws.isNullObject ? "" : ws.name;
      })
        .catch(() => "")
        .then((name) => {
          if (name) names.set(id, name);
          then(name);
        });
    };
    const remove = () => {
      for (const h of handlers.splice(0)) void Excel.run(h.context, async (c) => (h.remove(), c.sync())).catch(() => undefined);
    };
    void this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/id");
      await ctx.sync();
      for (const s of sheets.items) names.set(s.id, s.name);
      handlers.push(...register(ctx, withName));
      await ctx.sync();
      if (stopped) remove();
    }).catch(() => undefined);
    return () => {
      stopped = true;
      remove();
    };
  }
}
