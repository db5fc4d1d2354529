/// <reference types="office-js" />
/**
 * A hand-written fake of the part of the Excel JS API the Excel host uses. It behaves like Excel in the ways
 * that matter for batching: property reads before load+sync throw, writes are queued and only happen at
 * sync, and every context.sync() is counted.
 */
import { a1, parseA1, parseRange } from "../../src/core/grid/a1";

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string; // with "="
  numFmt?: string;
  error?: boolean;
  fill?: string | null; // null/undefined: no fill
}

export interface FakeSheet {
  name: string;
  id: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  visibility?: string;
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  active = 0;
  settings = new Map<string, string>();
  selected: { sheet: string; cell: string } | null = null;
  handlers: { kind: string; h: (e: unknown) => Promise<void> }[] = [];
  addHandler(kind: string, h: (e: unknown) => Promise<void>, ctx: unknown) {
    const entry = { kind, h };
    this.handlers.push(entry);
    return { context: ctx, remove: () => (this.handlers = this.handlers.filter((x) => x !== entry)) };
  }
  fire(kind: string, e: unknown): void {
    for (const x of this.handlers) if (x.kind === kind) void x.h(e);
  }
  /** the user selects a cell: the model changes, then Excel raises both selection events */
  userSelects(sheet: string, address: string): void {
    const s = this.sheets.find((x) => x.name === sheet)!;
    this.selected = { sheet, cell: address.split(":")[0] };
    this.fire("worksheet-selection", { worksheetId: s.id, address, type: "WorksheetSelectionChanged" });
    this.fire("workbook-selection", { type: "SelectionChanged" });
  }
  /** what a written formula evaluates to (default: null, as PERF.* without the add-in) */
  evaluate?: (formula: string) => string | number | null;
  addSheet(name: string, rows: (string | number | null | FakeCell)[][], merges: string[] = []): FakeSheet {
    const cells = new Map<string, FakeCell>();
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        cells.set(a1(r + 1, c + 1), typeof v === "object" ? v : { value: v });
      }),
    );
    const s = { name, id: `id-${name}`, cells, merges };
    this.sheets.push(s);
    return s;
  }
}

class NotLoaded extends Error {}

/** Base of every proxy: properties become readable only after load() and sync(). */
class Proxy {
  protected loaded = new Set<string>();
  protected data: Record<string, unknown> = {};
  constructor(protected ctx: FakeContext) {}
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.queue(() => {
      for (const p of list) {
        const top = p.split("/")[0];
        this.fetch(top, p);
        this.loaded.add(top);
      }
    });
    return this;
  }
  protected fetch(_prop: string, _path: string): void {}
  protected get<T>(p: string): T {
    if (!this.loaded.has(p)) throw new NotLoaded(`property ${p} read before load+sync`);
    return this.data[p] as T;
  }
  /** load immediately (for collection items loaded during a sync) */
  loadNow(props: string): this {
    for (const p of props.split(",").map((x) => x.trim())) {
      this.fetch(p, p);
      this.loaded.add(p);
    }
    return this;
  }
  untrack(): this {
    return this;
  }
}

function cellsOf(sheet: FakeSheet, r1: number, c1: number, rows: number, cols: number) {
  const out: FakeCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: FakeCell[] = [];
    for (let c = 0; c < cols; c++) row.push(sheet.cells.get(a1(r1 + r, c1 + c)) ?? { value: null });
    out.push(row);
  }
  return out;
}

class FakeFill extends Proxy {
  constructor(ctx: FakeContext, private sheet: FakeSheet, private cell: string) {
    super(ctx);
  }
  protected fetch(p: string): void {
    const f = this.sheet.cells.get(this.cell)?.fill ?? null;
    if (p === "color") this.data.color = f ?? "#FFFFFF";
    if (p === "pattern") this.data.pattern = f ? "Solid" : "None";
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.ctx.queue(() => this.cellModel().fill = v, true);
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.ctx.queue(() => (this.cellModel().fill = null), true);
  }
  private cellModel(): FakeCell {
    let c = this.sheet.cells.get(this.cell);
    if (!c) this.sheet.cells.set(this.cell, (c = { value: null }));
    return c;
  }
}

class FakeRange extends Proxy {
  isNullObject = false;
  constructor(ctx: FakeContext, readonly sheet: FakeSheet, readonly r1: number, readonly c1: number, readonly rows: number, readonly cols: number) {
    super(ctx);
    ctx.rangesCreated++;
  }
  protected fetch(p: string): void {
    const cells = cellsOf(this.sheet, this.r1, this.c1, this.rows, this.cols);
    this.ctx.cellsLoaded += p === "values" ? this.rows * this.cols : 0;
    switch (p) {
      case "values":
        this.data.values = cells.map((r) => r.map((c) => (c.value === null ? "" : c.value)));
        break;
      case "formulas":
        this.data.formulas = cells.map((r) => r.map((c) => c.formula ?? (c.value === null ? "" : c.value)));
        break;
      case "numberFormat":
        this.data.numberFormat = cells.map((r) => r.map((c) => c.numFmt ?? "General"));
        break;
      case "valueTypes":
        this.data.valueTypes = cells.map((r) => r.map((c) => (c.error ? "Error" : c.value === null || c.value === "" ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String")));
        break;
      case "address":
        this.data.address = `${this.sheet.name}!${a1(this.r1, this.c1)}:${a1(this.r1 + this.rows - 1, this.c1 + this.cols - 1)}`;
        break;
      case "rowCount":
        this.data.rowCount = this.rows;
        break;
      case "columnCount":
        this.data.columnCount = this.cols;
        break;
      case "rowIndex":
        this.data.rowIndex = this.r1 - 1;
        break;
      case "columnIndex":
        this.data.columnIndex = this.c1 - 1;
        break;
    }
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get valueTypes(): unknown[][] {
    return this.get("valueTypes");
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  private each(fn: (cell: FakeCell, addr: string, r: number, c: number) => void) {
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++) {
        const addr = a1(this.r1 + r, this.c1 + c);
        let cell = this.sheet.cells.get(addr);
        if (!cell) this.sheet.cells.set(addr, (cell = { value: null }));
        fn(cell, addr, r, c);
      }
  }
  set values(v: unknown[][]) {
    this.ctx.queue(() => this.each((cell, _a, r, c) => {
      const x = v[r][c] as string | number;
      cell.value = x === "" ? null : x;
      delete cell.formula;
    }), true);
  }
  set formulas(v: unknown[][]) {
    this.ctx.queue(() => this.each((cell, _a, r, c) => {
      cell.formula = String(v[r][c]);
      cell.value = this.ctx.model.evaluate?.(cell.formula) ?? null;
    }), true);
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(() => this.each((cell, _a, r, c) => {
      const f = String(v[r][c]);
      if (f === "General") delete cell.numFmt;
      else cell.numFmt = f;
    }), true);
  }
  get format() {
    return { fill: new FakeFill(this.ctx, this.sheet, a1(this.r1, this.c1)) };
  }
  select(): void {
    this.ctx.queue(() => (this.ctx.model.selected = { sheet: this.sheet.name, cell: a1(this.r1, this.c1) }));
  }
  getMergedAreasOrNullObject() {
    const ranges = this.sheet.merges;
    const areas = new (class extends Proxy {
      isNullObject = ranges.length === 0;
      protected fetch(p: string) {
        if (p === "address") this.data.address = ranges.map((m) => `'${sheetName}'!${m}`).join(", ");
      }
      get address(): string {
        return this.get("address");
      }
    })(this.ctx);
    const sheetName = this.sheet.name;
    return areas;
  }
  private ws?: FakeWorksheet;
  get worksheet() {
    return (this.ws ??= new FakeWorksheet(this.ctx, this.sheet));
  }
}

class FakeWorksheet extends Proxy {
  constructor(ctx: FakeContext, readonly sheet: FakeSheet) {
    super(ctx);
  }
  protected fetch(p: string) {
    if (p === "name") this.data.name = this.sheet.name;
    if (p === "id") this.data.id = this.sheet.id;
    if (p === "visibility") this.data.visibility = this.sheet.visibility ?? "Visible";
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    let r1 = Infinity, c1 = Infinity, r2 = 0, c2 = 0;
    for (const [addr, c] of this.sheet.cells) {
      if (c.value === null && !c.formula) continue;
      const p = parseA1(addr);
      r1 = Math.min(r1, p.row); c1 = Math.min(c1, p.col); r2 = Math.max(r2, p.row); c2 = Math.max(c2, p.col);
    }
    const empty = r2 === 0;
    const range = new FakeRange(this.ctx, this.sheet, empty ? 1 : r1, empty ? 1 : c1, empty ? 1 : r2 - r1 + 1, empty ? 1 : c2 - c1 + 1);
    range.isNullObject = empty;
    return range;
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
    return new FakeRange(this.ctx, this.sheet, r + 1, c + 1, rows, cols);
  }
  getRange(address: string) {
    const r = parseRange(address);
    return new FakeRange(this.ctx, this.sheet, r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
  }
  activate(): void {
    this.ctx.queue(() => (this.ctx.model.active = this.ctx.model.sheets.indexOf(this.sheet)));
  }
}

export class FakeContext {
  syncs = 0;
  writeSyncs = 0;
  rangesCreated = 0;
  cellsLoaded = 0;
  private ops: { fn: () => void; write: boolean }[] = [];
  constructor(readonly model: FakeWorkbookModel) {}
  queue(fn: () => void, write = false): void {
    this.ops.push({ fn, write });
  }
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops.splice(0);
    if (ops.some((o) => o.write)) this.writeSyncs++;
    for (const o of ops) o.fn();
  }
  get workbook() {
    const ctx = this;
    const model = this.model;
    return {
      worksheets: {
        getActiveWorksheet: () => new FakeWorksheet(ctx, model.sheets[model.active]),
        getItem: (name: string) => {
          const s = model.sheets.find((x) => x.name === name);
          if (!s) throw new Error(`ItemNotFound ${name}`);
          return new FakeWorksheet(ctx, s);
        },
        items: [] as FakeWorksheet[],
        load(this: { items: FakeWorksheet[] }, props: string) {
          const self = this;
          ctx.queue(() => {
            self.items = model.sheets.map((s) => new FakeWorksheet(ctx, s).loadNow(props.replace(/items\//g, "")));
          });
          return this;
        },
        getItemOrNullObject: (idOrName: string) => {
          const s = model.sheets.find((x) => x.id === idOrName || x.name === idOrName);
          const ws = new FakeWorksheet(ctx, s ?? { name: "", id: "", cells: new Map(), merges: [] });
          return Object.assign(ws, { isNullObject: !s });
        },
        onChanged: { add: (h: (e: unknown) => Promise<void>) => model.addHandler("changed", h, ctx) },
        onActivated: { add: (h: (e: unknown) => Promise<void>) => model.addHandler("activated", h, ctx) },
        onSelectionChanged: { add: (h: (e: unknown) => Promise<void>) => model.addHandler("worksheet-selection", h, ctx) },
      },
      settings: {
        getItemOrNullObject: (key: string) =>
          new (class extends Proxy {
            get isNullObject() {
              return !model.settings.has(key);
            }
            protected fetch(p: string) {
              if (p === "value") this.data.value = model.settings.get(key) ?? null;
            }
            get value(): string {
              return this.get("value");
            }
          })(ctx),
        add: (key: string, value: string) => ctx.queue(() => model.settings.set(key, value), true),
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      onSelectionChanged: { add: (h: (e: unknown) => Promise<void>) => model.addHandler("workbook-selection", h, ctx) },
      getSelectedRange: () => {
        const sel = model.selected ?? { sheet: model.sheets[model.active].name, cell: "A1" };
        const s = model.sheets.find((x) => x.name === sel.sheet)!;
        return new FakeWorksheet(ctx, s).getRange(sel.cell);
      },
    };
  }
}

/** An Excel.run that hands each batch a fresh fake context and remembers them all. */
export function fakeRun(model: FakeWorkbookModel) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(model);
    contexts.push(ctx);
    return batch(ctx as unknown as Excel.RequestContext);
  };
  return { run, contexts, last: () => contexts[contexts.length - 1] };
}
