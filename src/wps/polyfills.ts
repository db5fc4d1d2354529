/**
 * Built-ins newer than the Chromium of older WPS 12.1 webviews (shared/domain/WPS-ADDINS.md: 12.1.0.26200 lacks
 * crypto.randomUUID, i.e. Chromium < 92). Syntax is lowered to ES2017 by the build; these are the library
 * functions it cannot lower. Imported first by the WPS pages; each is defined only where missing.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
const define = (obj: any, name: string, value: unknown) => {
  if (obj && typeof obj[name] !== "function") Object.defineProperty(obj, name, { value, writable: true, configurable: true });
};

if (typeof globalThis === "undefined") (window as any).globalThis = window;

define(Object, "fromEntries", (entries: Iterable<[PropertyKey, unknown]>) => {
  const o: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) o[k as string] = v;
  return o;
});
define(Object, "hasOwn", (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));
define(Array.prototype, "flat", function (this: unknown[], depth = 1): unknown[] {
  return depth < 1 ? this.slice() : this.reduce<unknown[]>((acc, x) => acc.concat(Array.isArray(x) ? (x as any).flat(depth - 1) : [x]), []);
});
define(Array.prototype, "flatMap", function (this: unknown[], f: (x: unknown, i: number, a: unknown[]) => unknown) {
  return (this.map(f) as any).flat(1);
});
define(Array.prototype, "at", function (this: unknown[], i: number) {
  const n = Math.trunc(i) || 0;
  return this[n < 0 ? this.length + n : n];
});
define(Array.prototype, "findLast", function (this: unknown[], f: (x: unknown, i: number, a: unknown[]) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (f(this[i], i, this)) return this[i];
  return undefined;
});
define(String.prototype, "replaceAll", function (this: string, search: string | RegExp, replacement: string) {
  return search instanceof RegExp ? this.replace(search, replacement) : this.split(search).join(replacement);
});
define(String.prototype, "at", function (this: string, i: number) {
  const n = Math.trunc(i) || 0;
  return this.charAt(n < 0 ? this.length + n : n) || undefined;
});
define(Promise, "allSettled", (ps: Iterable<unknown>) =>
  Promise.all([...ps].map((p) => Promise.resolve(p).then((value) => ({ status: "fulfilled", value }), (reason) => ({ status: "rejected", reason })))),
);
if (typeof (globalThis as any).structuredClone !== "function") (globalThis as any).structuredClone = (v: unknown) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const c = (globalThis as any).crypto;
if (c && typeof c.getRandomValues === "function" && typeof c.randomUUID !== "function") {
  c.randomUUID = () => {
    const b = c.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x: number) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}

export {};
