/**
 * The ONE wrapper every call into WPS 表格's object model (ET) goes through.
 *
 * ET is the VBA object model exposed to JavaScript over a synchronous cross-process bridge
 * (shared/domain/WPS-ADDINS.md §1): every member access is a round trip, a misspelled member silently returns
 * `undefined`, some builds expose a property as a zero-argument method (`Address()`), and some members are
 * spelled differently between builds (`CreateTaskPane` / `CreateTaskpane`). This wrapper
 *   - reads each member once and calls it when a build exposes it as a method,
 *   - tries the alternative spellings it is given, in order,
 *   - turns a missing member into an EtError naming it (never a silent `undefined` further down),
 *   - counts every call, so tests and the pane can see what an action cost.
 */

/** An object handed out by ET (Application, Workbook, Worksheet, Range, Interior…). */
export type EtObject = Record<string, unknown>;

/** A member ET does not have (this build, or a typo). */
export class EtError extends Error {
  constructor(
    readonly member: string,
    readonly where: string,
    detail?: string,
  ) {
    super(detail ?? `WPS 表格接口缺少成员“${member}”（${where}）：此版本的 WPS 可能不支持该接口 / WPS object model has no member "${member}" on ${where}`);
    this.name = "EtError";
  }
}

function isObject(v: unknown): v is EtObject {
  return (typeof v === "object" || typeof v === "function") && v !== null;
}

/** Constants of the ET object model used by the host (values as in VBA). */
export const XL = {
  /** XlSheetVisibility */
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  /** xlNone / xlColorIndexNone: no fill */
  none: -4142,
  /** xlSolid */
  solid: 1,
} as const;

export class Et {
  /** cross-process calls made through this wrapper (member reads, writes and method calls) */
  calls = 0;

  constructor(readonly app: EtObject) {}

  /** The value of a member that may be a property or a zero-argument method; a missing member throws. */
  get<T = unknown>(obj: unknown, names: string | string[], where = "对象"): T {
    const v = this.opt<T>(obj, names, where);
    if (v === undefined) throw new EtError(Array.isArray(names) ? names.join("/") : names, where);
    return v;
  }

  /** Like get, but a missing member gives undefined (for members some builds lack, e.g. ScreenUpdating). */
  opt<T = unknown>(obj: unknown, names: string | string[], where = "对象"): T | undefined {
    if (!isObject(obj)) throw new EtError(Array.isArray(names) ? names[0] : names, where, `WPS 表格返回了空对象（${where}）/ WPS returned no object for ${where}`);
    for (const name of Array.isArray(names) ? names : [names]) {
      this.calls++;
      const v = obj[name];
      if (v === undefined) continue;
      // a property exposed as a method on this build (Address(), Name()…)
      return (typeof v === "function" ? (v as () => T).call(obj) : v) as T;
    }
    return undefined;
  }

  /** Set a property; a build without it throws (writes must never vanish silently). */
  set(obj: unknown, name: string, value: unknown, where = "对象"): void {
    if (!isObject(obj)) throw new EtError(name, where, `WPS 表格返回了空对象（${where}）/ WPS returned no object for ${where}`);
    this.calls++;
    // `in` first (no bridge call on most hosts); a bridge that hides its members from `in` gets one read
    if (!(name in obj)) {
      this.calls++;
      if (obj[name] === undefined) throw new EtError(name, where);
    }
    obj[name] = value;
  }

  /**
   * A cell-content member (Value2, Formula): `undefined` here may be an empty cell, so it does not throw; a
   * member the object lacks altogether (checked with `in`, no bridge call) still does.
   */
  value<T = unknown>(obj: unknown, name: string, where = "单元格区域"): T | undefined {
    if (!isObject(obj)) throw new EtError(name, where, `WPS 表格返回了空对象（${where}）/ WPS returned no object for ${where}`);
    this.calls++;
    const v = obj[name];
    if (v === undefined && !(name in obj)) throw new EtError(name, where);
    return (typeof v === "function" ? (v as () => T).call(obj) : v) as T | undefined;
  }

  /** Set a property only where the build has it (ScreenUpdating…); true when set. */
  trySet(obj: unknown, name: string, value: unknown): boolean {
    try {
      this.set(obj, name, value);
      return true;
    } catch {
      return false;
    }
  }

  /** Call a method, trying alternative spellings in order; a missing method throws. */
  call<T = unknown>(obj: unknown, names: string | string[], args: unknown[] = [], where = "对象"): T {
    if (!isObject(obj)) throw new EtError(Array.isArray(names) ? names[0] : names, where, `WPS 表格返回了空对象（${where}）/ WPS returned no object for ${where}`);
    const list = Array.isArray(names) ? names : [names];
    for (const name of list) {
      this.calls++;
      const f = obj[name];
      if (typeof f === "function") return (f as (...a: unknown[]) => T).apply(obj, args);
    }
    throw new EtError(list.join("/"), where);
  }

  /** True when the object has the member (one call). */
  has(obj: unknown, name: string): boolean {
    if (!isObject(obj)) return false;
    this.calls++;
    return obj[name] !== undefined;
  }

  /** Item n (1-based) or by name of an ET collection. */
  item<T = EtObject>(collection: unknown, key: number | string, where = "集合"): T {
    return this.call<T>(collection, "Item", [key], where);
  }
}

/** The ET Application of this page: `wps.EtApplication()` first, then `window.Application`; null outside WPS. */
export function findEtApplication(scope: unknown = globalThis): EtObject | null {
  const g = scope as { wps?: { EtApplication?: () => unknown }; Application?: unknown };
  try {
    const app = g.wps && typeof g.wps.EtApplication === "function" ? g.wps.EtApplication() : undefined;
    if (isObject(app)) return app;
  } catch {
    // some builds throw from the accessor in pages that are not the add-in's; fall back to the global
  }
  const app = g.Application;
  return isObject(app) && "ActiveWorkbook" in app ? app : null;
}

/** "#RRGGBB" → ET's BGR integer (Interior.Color). */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`颜色格式应为 #RRGGBB：${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return r + g * 256 + b * 65536;
}

/** ET's BGR integer → "#RRGGBB". */
export function bgrToHex(bgr: number): string {
  const n = Math.max(0, Math.floor(bgr)) & 0xffffff;
  const r = n & 0xff;
  const g = (n >> 8) & 0xff;
  const b = (n >> 16) & 0xff;
  return "#" + [r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase();
}

/** Compare dotted versions ("12.1.0.20540"); a missing part counts as 0. */
export function versionAtLeast(version: string | null | undefined, min: string): boolean {
  if (!version) return false;
  const a = String(version).split(/[^\d]+/).filter(Boolean).map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
