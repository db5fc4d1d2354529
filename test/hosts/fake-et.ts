/**
 * A typed fake of WPS 表格's JavaScript object model (ET), the part PerfSheet's WPS host uses, built from WPS's
 * API documentation (the VBA-shaped object model: Application / Workbook / Sheets / Worksheet / Range /
 * Interior / ApiEvent) and the quirks in shared/domain/WPS-ADDINS.md:
 *   - collections are 1-based through `.Item(n)` (or `.Item(name)`); `.Item(0)` and unknown names throw;
 *   - `Value2` / `Formula` are a scalar for one cell and 2-D arrays otherwise; `NumberFormat` is a string when
 *     every cell shares it and null when mixed, as in VBA (or 2-D arrays: `numberFormat: "array"`);
 *   - colours are BGR integers (`Interior.Color`), no fill reads Pattern/ColorIndex = xlNone (-4142);
 *   - `Address` is a method on some builds (`addressAsMethod`); `CreateTaskPane` vs `CreateTaskpane`;
 *   - unknown members read `undefined` (recorded in `unknownMembers`) and unknown writes vanish;
 *   - every member access of an ET object is one cross-process call, counted in `calls`;
 *   - writing text is typing: "=…" becomes a formula, "12" a number, "'012" the text 012 (unless the cell's
 *     format is "@");
 *   - `Sheets.Add` activates the new sheet; a very hidden sheet (Visible = 2) cannot be activated or selected;
 *   - `Range.Select()` on a sheet that is not active fails;
 *   - events through `Application.ApiEvent.AddApiEventListener(name, fn)` (or no ApiEvent: `apiEvent: false`).
 * It runs in node (jest) and, bundled by test/browser/wps.e2e.test.ts, in Chromium as `window.Application`.
 */
import { a1, colLetter, parseA1, parseRange, rangeA1 } from "../../src/core/grid/a1";
import type { Grid } from "../../src/core/grid/grid";

export type FakeValue = string | number | boolean | null;

export interface FakeEtCell {
  value: FakeValue;
  /** with the leading "=" */
  formula?: string;
  numFmt?: string;
  /** BGR integer; undefined/null: no fill */
  fill?: number | null;
  error?: boolean;
}

export interface FakeEtOptions {
  /** `Address` read as a method (`r.Address()`), as on some builds */
  addressAsMethod?: boolean;
  /** how this build spells the task-pane factory */
  taskPaneSpelling?: "CreateTaskPane" | "CreateTaskpane";
  /** NumberFormat of a multi-cell range: VBA's string-or-null (default) or per-cell 2-D arrays */
  numberFormat?: "vba" | "array";
  /** what General reads as ("General"; Chinese builds may say "G/通用格式") */
  generalFormat?: string;
  /** false: no Application.ApiEvent (the host must poll) */
  apiEvent?: boolean;
  /** how AddApiEventListener takes its callback: a function (default) or only a global function's name */
  apiEventCallback?: "function" | "name";
  /** how Value2 hands over an error value: its text ("#DIV/0!") or VBA's CVErr as an HRESULT number */
  errors?: "text" | "hresult";
  /** Application.Version */
  version?: string;
  /** what a written formula evaluates to (default null) */
  evaluate?: (formula: string, sheet: FakeEtSheet, cell: string) => FakeValue;
}

const ERRORS = new Set(["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"]);
const HRESULTS: Record<string, number> = { "#DIV/0!": -2146826281, "#N/A": -2146826246, "#NAME?": -2146826259, "#NULL!": -2146826288, "#NUM!": -2146826252, "#REF!": -2146826265, "#VALUE!": -2146826273 };

export class FakeEtSheet {
  cells = new Map<string, FakeEtCell>();
  merges: string[] = [];
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden */
  visible = -1;
  /** a protected sheet: writes through the API are silently ignored (the worst case the host must notice) */
  locked = false;
  constructor(public name: string) {}
  cell(addr: string): FakeEtCell | undefined {
    return this.cells.get(addr.replace(/\$/g, "").toUpperCase());
  }
  ensure(addr: string): FakeEtCell {
    const k = addr.replace(/\$/g, "").toUpperCase();
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { value: null }));
    return c;
  }
  /** every cell as [address, content] (for exact comparisons in tests) */
  snapshot(): Record<string, FakeEtCell> {
    const out: Record<string, FakeEtCell> = {};
    for (const [k, c] of [...this.cells].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (c.value === null && !c.formula && !c.numFmt && (c.fill === undefined || c.fill === null)) continue;
      out[k] = { ...c };
      if (out[k].fill === null) delete out[k].fill;
    }
    return out;
  }
}

type Listener = (...args: unknown[]) => void;

/** The state behind the fake: sheets, selection, listeners, counters. Tests drive the user's side through it. */
export class FakeEtModel {
  sheets: FakeEtSheet[] = [];
  active = 0;
  selection: { sheet: string; cell: string } | null = null;
  listeners: { event: string; fn: Listener | string }[] = [];
  /** cross-process calls: every member access of an ET object */
  calls = 0;
  /** calls by member name */
  byMember = new Map<string, number>();
  /** members read that ET does not have */
  unknownMembers: string[] = [];
  /** every content write (Value2 / Formula assignment), in order */
  writes: { sheet: string; address: string; member: "Value2" | "Formula"; cells: number }[] = [];
  taskPanes: { ID: number; url: string; Visible: boolean }[] = [];
  storage = new Map<string, unknown>();
  readonly opts: Required<Omit<FakeEtOptions, "evaluate">> & Pick<FakeEtOptions, "evaluate">;

  constructor(opts: FakeEtOptions = {}) {
    this.opts = {
      addressAsMethod: false,
      taskPaneSpelling: "CreateTaskPane",
      numberFormat: "vba",
      generalFormat: "General",
      apiEvent: true,
      apiEventCallback: "function",
      errors: "text",
      version: "12.1.0.21915",
      ...opts,
    };
  }

  addSheet(name: string, rows: (FakeValue | FakeEtCell | undefined)[][] = [], merges: string[] = []): FakeEtSheet {
    const s = new FakeEtSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        s.cells.set(a1(r + 1, c + 1), typeof v === "object" ? { ...v } : { value: v });
      }),
    );
    s.merges = merges.map((m) => m.toUpperCase());
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeEtSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  get activeSheet(): FakeEtSheet {
    return this.sheets[this.active];
  }

  resetCalls(): void {
    this.calls = 0;
    this.byMember.clear();
    this.unknownMembers = [];
  }

  count(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }

  /** The ET Application, as WPS hands it to an add-in page. */
  application(): EtApp {
    return wrap(new FakeApplication(this), this) as unknown as EtApp;
  }

  fire(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.filter((x) => x.event === event)) {
      const fn = typeof l.fn === "string" ? ((globalThis as Record<string, unknown>)[l.fn] as Listener) : l.fn;
      fn(...args);
    }
  }

  /** The user clicks a cell (or drags a range): the selection moves, SheetSelectionChange fires. */
  userSelects(sheet: string, address: string): void {
    this.active = this.sheets.indexOf(this.sheet(sheet));
    this.selection = { sheet, cell: address.split(":")[0].replace(/\$/g, "") };
    const s = this.sheet(sheet);
    this.fire("SheetSelectionChange", wrap(new FakeWorksheet(this, s), this), wrap(FakeRange.of(this, s, address), this));
  }

  /** The user types into a cell: the content changes, SheetChange fires. */
  userTypes(sheet: string, address: string, value: FakeValue): void {
    const s = this.sheet(sheet);
    typeInto(this, s, address, value);
    this.fire("SheetChange", wrap(new FakeWorksheet(this, s), this), wrap(FakeRange.of(this, s, address), this));
  }

  /** The user clicks another sheet's tab: SheetActivate fires. */
  userActivates(sheet: string): void {
    this.active = this.sheets.indexOf(this.sheet(sheet));
    this.selection = { sheet, cell: "A1" };
    this.fire("SheetActivate", wrap(new FakeWorksheet(this, this.sheet(sheet)), this));
  }
}

/** What typing `value` into a cell stores (Excel/WPS input parsing). */
function typeInto(model: FakeEtModel, sheet: FakeEtSheet, addr: string, value: unknown): void {
  if (sheet.locked) return;
  const cell = sheet.ensure(addr);
  delete cell.formula;
  delete cell.error;
  if (value === null || value === undefined || value === "") {
    cell.value = null;
    return;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    cell.value = value;
    return;
  }
  const s = String(value);
  if (s.startsWith("'")) cell.value = s.slice(1);
  else if (cell.numFmt === "@") cell.value = s;
  else if (s.startsWith("=") && s.length > 1) {
    cell.formula = s;
    const v = model.opts.evaluate?.(s, sheet, addr) ?? null;
    cell.value = v;
    if (typeof v === "string" && ERRORS.has(v)) cell.error = true;
  } else if (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(s)) cell.value = Number(s);
  else if (/^\s*[-+]?(\d+\.?\d*|\.\d+)\s*%\s*$/.test(s)) cell.value = Number(s.replace("%", "")) / 100;
  else if (/^(true|false)$/i.test(s)) cell.value = /^true$/i.test(s);
  else if (ERRORS.has(s.trim())) {
    cell.value = s.trim();
    cell.error = true;
  } else cell.value = s;
}

/**
 * A Proxy that makes a fake object behave like an ET object over the bridge: every access to one of its
 * members counts as a call; a member it does not have reads `undefined` (and is recorded).
 */
function wrap<T extends object>(target: T, model: FakeEtModel): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON" || prop === "$$typeof" || prop === "constructor") return Reflect.get(t, prop, receiver);
      if (prop.startsWith("_")) return Reflect.get(t, prop, receiver);
      if (!(prop in t)) {
        model.count("?" + prop);
        model.unknownMembers.push(prop);
        return undefined;
      }
      model.count(prop);
      const v = Reflect.get(t, prop, receiver);
      return typeof v === "function" ? v.bind(t) : v;
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "symbol" || prop.startsWith("_")) return Reflect.set(t, prop, value, receiver);
      model.count("=" + prop);
      if (!(prop in t)) {
        model.unknownMembers.push("=" + prop);
        return true; // a write to a member ET does not have vanishes
      }
      return Reflect.set(t, prop, value, receiver);
    },
    has(t, prop) {
      if (typeof prop === "symbol") return prop in t;
      return prop in t && !String(prop).startsWith("_");
    },
  });
}

class FakeCollection<T extends object> {
  constructor(
    private readonly _model: FakeEtModel,
    private readonly _items: () => T[],
    private readonly _name: (x: T) => string,
  ) {}
  get Count(): number {
    return this._items().length;
  }
  Item(key: number | string): T {
    const items = this._items();
    const found = typeof key === "number" ? items[key - 1] : items.find((x) => this._name(x) === key);
    if (!found) throw new Error(`ET: 下标越界 (Item(${JSON.stringify(key)}))`);
    return wrap(found, this._model);
  }
}

class FakeSheets extends FakeCollection<FakeWorksheet> {
  constructor(private readonly _m: FakeEtModel) {
    super(_m, () => _m.sheets.map((s) => new FakeWorksheet(_m, s)), (w) => w._sheet.name);
  }
  /** Sheets.Add(Before, After, Count, Type): the new sheet becomes active, as in VBA */
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    let n = 1;
    while (this._m.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const s = new FakeEtSheet(`Sheet${n}`);
    const anchor = (after ?? before) as FakeWorksheet | undefined;
    let at = this._m.active;
    if (anchor) at = this._m.sheets.indexOf(anchor._sheet) + (after ? 1 : 0);
    this._m.sheets.splice(at, 0, s);
    this._m.active = at;
    return wrap(new FakeWorksheet(this._m, s), this._m);
  }
}

class FakeApplication {
  constructor(private readonly _m: FakeEtModel) {
    if (_m.opts.taskPaneSpelling === "CreateTaskpane") (this as unknown as { CreateTaskpane: unknown }).CreateTaskpane = this._createTaskPane;
    else (this as unknown as { CreateTaskPane: unknown }).CreateTaskPane = this._createTaskPane;
    if (_m.opts.apiEvent) (this as unknown as { ApiEvent: unknown }).ApiEvent = wrap(new FakeApiEvent(_m), _m);
  }
  get Version(): string {
    return this._m.opts.version;
  }
  get ActiveWorkbook() {
    return wrap(new FakeWorkbook(this._m), this._m);
  }
  get ActiveSheet() {
    return wrap(new FakeWorksheet(this._m, this._m.activeSheet), this._m);
  }
  get Sheets() {
    return wrap(new FakeSheets(this._m), this._m);
  }
  get Selection() {
    const sel = this._m.selection ?? { sheet: this._m.activeSheet.name, cell: "A1" };
    return wrap(FakeRange.of(this._m, this._m.sheet(sel.sheet), sel.cell), this._m);
  }
  ScreenUpdating = true;
  get PluginStorage() {
    const m = this._m;
    return { getItem: (k: string) => m.storage.get(k) ?? null, setItem: (k: string, v: unknown) => void m.storage.set(k, v) };
  }
  GetTaskPane(id: number) {
    const p = this._m.taskPanes.find((x) => x.ID === id);
    if (!p) throw new Error(`ET: no task pane ${id}`);
    return p;
  }
  private _createTaskPane = (url: string) => {
    const p = { ID: this._m.taskPanes.length + 1, url, Visible: false, DockPosition: 2, Navigate: (u: string) => void (p.url = u) };
    this._m.taskPanes.push(p);
    return p;
  };
}

class FakeApiEvent {
  constructor(private readonly _m: FakeEtModel) {}
  AddApiEventListener(event: string, fn: Listener | string): boolean {
    if (this._m.opts.apiEventCallback === "name" && typeof fn !== "string") throw new Error("ET: AddApiEventListener 的回调应为函数名");
    this._m.listeners.push({ event, fn });
    return true;
  }
  RemoveApiEventListener(event: string, fn: Listener | string): boolean {
    const before = this._m.listeners.length;
    this._m.listeners = this._m.listeners.filter((l) => !(l.event === event && l.fn === fn));
    return this._m.listeners.length < before;
  }
}

class FakeWorkbook {
  constructor(private readonly _m: FakeEtModel) {}
  Name = "自评表.xlsx";
  get Sheets() {
    return wrap(new FakeSheets(this._m), this._m);
  }
  get Worksheets() {
    return wrap(new FakeSheets(this._m), this._m);
  }
}

export class FakeWorksheet {
  constructor(
    private readonly _m: FakeEtModel,
    readonly _sheet: FakeEtSheet,
  ) {}
  get Name(): string {
    return this._sheet.name;
  }
  set Name(v: string) {
    if (this._m.sheets.some((s) => s !== this._sheet && s.name === v)) throw new Error(`ET: 工作表名称“${v}”已存在`);
    this._sheet.name = v;
  }
  get Index(): number {
    return this._m.sheets.indexOf(this._sheet) + 1;
  }
  get Visible(): number {
    return this._sheet.visible;
  }
  set Visible(v: number | boolean) {
    const n = v === true ? -1 : v === false ? 0 : v;
    if (n !== -1 && this._m.sheets.filter((s) => s.visible === -1 && s !== this._sheet).length === 0) throw new Error("ET: 工作簿至少要有一张可见工作表");
    this._sheet.visible = n;
    if (n !== -1 && this._m.activeSheet === this._sheet) this._m.active = this._m.sheets.findIndex((s) => s.visible === -1);
  }
  get UsedRange() {
    let r1 = Infinity, c1 = Infinity, r2 = 0, c2 = 0;
    const take = (row: number, col: number) => {
      r1 = Math.min(r1, row); c1 = Math.min(c1, col); r2 = Math.max(r2, row); c2 = Math.max(c2, col);
    };
    for (const [addr, c] of this._sheet.cells) {
      if (c.value === null && !c.formula && !c.numFmt && (c.fill === undefined || c.fill === null)) continue;
      const p = parseA1(addr);
      take(p.row, p.col);
    }
    for (const m of this._sheet.merges) {
      const r = parseRange(m);
      take(r.r1, r.c1);
      take(r.r2, r.c2);
    }
    // an empty sheet's used range is A1, as in Excel
    const addr = r2 === 0 ? "A1" : `${a1(r1, c1)}:${a1(r2, c2)}`;
    return wrap(FakeRange.of(this._m, this._sheet, addr), this._m);
  }
  Range(address: string) {
    return wrap(FakeRange.of(this._m, this._sheet, address), this._m);
  }
  Activate(): void {
    if (this._sheet.visible !== -1) throw new Error("ET: 不能激活隐藏的工作表");
    this._m.active = this._m.sheets.indexOf(this._sheet);
  }
}

class FakeRowsColumns {
  constructor(readonly Count: number) {}
}

class FakeInterior {
  constructor(private readonly _r: FakeRange) {}
  private _cells(): FakeEtCell[] {
    return this._r._addresses().map((a) => this._r._sheet.ensure(a));
  }
  get Color(): number {
    const f = this._r._sheet.cell(this._r._addresses()[0])?.fill;
    return f === undefined || f === null ? 16777215 : f;
  }
  set Color(v: number) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffff) throw new Error(`ET: Interior.Color 应为 BGR 整数：${String(v)}`);
    for (const c of this._cells()) c.fill = v;
  }
  get Pattern(): number {
    const f = this._r._sheet.cell(this._r._addresses()[0])?.fill;
    return f === undefined || f === null ? -4142 : 1;
  }
  set Pattern(v: number) {
    if (v === -4142) for (const c of this._cells()) c.fill = null;
  }
  get ColorIndex(): number {
    return this.Pattern === -4142 ? -4142 : 0;
  }
  set ColorIndex(v: number) {
    if (v === -4142) for (const c of this._cells()) c.fill = null;
  }
}

export class FakeRange {
  constructor(
    private readonly _m: FakeEtModel,
    readonly _sheet: FakeEtSheet,
    readonly _r1: number,
    readonly _c1: number,
    readonly _r2: number,
    readonly _c2: number,
  ) {
    if (this._m.opts.addressAsMethod) (this as unknown as { Address: unknown }).Address = () => this._address();
    else Object.defineProperty(this, "Address", { get: () => this._address(), enumerable: true });
  }
  static of(m: FakeEtModel, sheet: FakeEtSheet, address: string): FakeRange {
    const r = parseRange(address.replace(/\$/g, ""));
    return new FakeRange(m, sheet, r.r1, r.c1, r.r2, r.c2);
  }
  _address(): string {
    const one = this._r1 === this._r2 && this._c1 === this._c2;
    const abs = (r: number, c: number) => `$${colLetter(c)}$${r}`;
    return one ? abs(this._r1, this._c1) : `${abs(this._r1, this._c1)}:${abs(this._r2, this._c2)}`;
  }
  _addresses(): string[] {
    const out: string[] = [];
    for (let r = this._r1; r <= this._r2; r++) for (let c = this._c1; c <= this._c2; c++) out.push(a1(r, c));
    return out;
  }
  private _one(): boolean {
    return this._r1 === this._r2 && this._c1 === this._c2;
  }
  private _grid<T>(f: (cell: FakeEtCell | undefined) => T): T | T[][] {
    if (this._one()) return f(this._sheet.cell(a1(this._r1, this._c1)));
    const out: T[][] = [];
    for (let r = this._r1; r <= this._r2; r++) {
      const row: T[] = [];
      for (let c = this._c1; c <= this._c2; c++) row.push(f(this._sheet.cell(a1(r, c))));
      out.push(row);
    }
    return out;
  }
  private _write(v: unknown): void {
    const rows = this._r2 - this._r1 + 1;
    const cols = this._c2 - this._c1 + 1;
    const at = (r: number, c: number): unknown => {
      if (!Array.isArray(v)) return v;
      const row = v[r];
      if (!Array.isArray(row) || row.length !== cols || v.length !== rows) throw new Error(`ET: 数组大小 ${v.length}×${Array.isArray(row) ? row.length : "?"} 与区域 ${rows}×${cols} 不符`);
      return row[c];
    };
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) typeInto(this._m, this._sheet, a1(this._r1 + r, this._c1 + c), at(r, c));
  }
  get Row(): number {
    return this._r1;
  }
  get Column(): number {
    return this._c1;
  }
  get Rows() {
    return wrap(new FakeRowsColumns(this._r2 - this._r1 + 1), this._m);
  }
  get Columns() {
    return wrap(new FakeRowsColumns(this._c2 - this._c1 + 1), this._m);
  }
  get Value2(): unknown {
    const hresult = this._m.opts.errors === "hresult";
    return this._grid((c) => (c === undefined || c.value === null ? undefined : c.error && hresult ? HRESULTS[String(c.value)] : c.value));
  }
  set Value2(v: unknown) {
    this._m.writes.push({ sheet: this._sheet.name, address: this._address().replace(/\$/g, ""), member: "Value2", cells: this._addresses().length });
    this._write(v);
  }
  get Formula(): unknown {
    return this._grid((c) => (c?.formula ? c.formula : c === undefined || c.value === null ? "" : String(c.value)));
  }
  set Formula(v: unknown) {
    this._m.writes.push({ sheet: this._sheet.name, address: this._address().replace(/\$/g, ""), member: "Formula", cells: this._addresses().length });
    this._write(v);
  }
  get NumberFormat(): unknown {
    const general = this._m.opts.generalFormat;
    const fmts = this._grid((c) => c?.numFmt ?? general);
    if (!Array.isArray(fmts) || this._m.opts.numberFormat === "array") return fmts;
    const first = fmts[0][0];
    return fmts.every((row) => row.every((f) => f === first)) ? first : null;
  }
  set NumberFormat(v: unknown) {
    if (typeof v !== "string") throw new Error("ET: NumberFormat 应为字符串");
    for (const a of this._addresses()) {
      const c = this._sheet.ensure(a);
      if (v === "General" || v === "G/通用格式") delete c.numFmt;
      else c.numFmt = v;
    }
  }
  private _mergeOf(addr: string): string | undefined {
    const p = parseA1(addr);
    return this._sheet.merges.find((m) => {
      const r = parseRange(m);
      return p.row >= r.r1 && p.row <= r.r2 && p.col >= r.c1 && p.col <= r.c2;
    });
  }
  get MergeCells(): boolean | null {
    const flags = this._addresses().map((a) => this._mergeOf(a) !== undefined);
    if (flags.every(Boolean)) return true;
    if (!flags.some(Boolean)) return false;
    return null;
  }
  get MergeArea() {
    if (!this._one()) throw new Error("ET: MergeArea 只适用于单个单元格");
    const m = this._mergeOf(a1(this._r1, this._c1));
    return wrap(FakeRange.of(this._m, this._sheet, m ?? a1(this._r1, this._c1)), this._m);
  }
  get Interior() {
    return wrap(new FakeInterior(this), this._m);
  }
  get Worksheet() {
    return wrap(new FakeWorksheet(this._m, this._sheet), this._m);
  }
  ClearContents(): void {
    for (const a of this._addresses()) {
      const c = this._sheet.cell(a);
      if (c) {
        c.value = null;
        delete c.formula;
        delete c.error;
      }
    }
  }
  Select(): void {
    if (this._m.activeSheet !== this._sheet) throw new Error("ET: Range 类的 Select 方法无效（工作表未激活）");
    this._m.selection = { sheet: this._sheet.name, cell: a1(this._r1, this._c1) };
  }
}

/** The members the WPS host touches, typed loosely: tests hand this to the port as `window.Application`. */
export type EtApp = Record<string, unknown>;

/** A fake ET holding a Grid's sheet (values, formulas, number formats, merges), e.g. a corpus workbook's. */
export function fakeEtFromGrid(grid: Grid, opts: FakeEtOptions = {}): FakeEtModel {
  const m = new FakeEtModel(opts);
  const s = m.addSheet(grid.name.slice(0, 31));
  for (let r = 1; r <= grid.rowCount; r++)
    for (let c = 1; c <= grid.colCount; c++) {
      const cell = grid.cell(r, c);
      if (!cell) continue;
      const err = typeof cell.v === "object" && cell.v !== null;
      s.cells.set(a1(r, c), {
        value: err ? (cell.v as { error: string }).error : (cell.v as FakeValue),
        ...(cell.f ? { formula: "=" + cell.f } : {}),
        ...(cell.fmt ? { numFmt: cell.fmt } : {}),
        ...(err ? { error: true } : {}),
      });
    }
  s.merges = grid.merges.map((m) => rangeA1(m));
  return m;
}

/** A fake ET with one sheet per Grid-like input (values, formulas, number formats, merges). */
export function fakeEtFromCells(sheets: { name: string; cells: Record<string, FakeEtCell>; merges?: string[] }[], opts: FakeEtOptions = {}): FakeEtModel {
  const m = new FakeEtModel(opts);
  for (const s of sheets) {
    const sh = m.addSheet(s.name);
    for (const [k, c] of Object.entries(s.cells)) sh.cells.set(k, { ...c });
    sh.merges = (s.merges ?? []).map((x) => x.toUpperCase());
  }
  return m;
}
