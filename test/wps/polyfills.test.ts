/** The WPS pages' polyfills fill in built-ins an older embedded Chromium lacks, and leave present ones alone. */
const NAMES: [object, string][] = [
  [Object, "hasOwn"],
  [Object, "fromEntries"],
  [Array.prototype, "at"],
  [Array.prototype, "flat"],
  [Array.prototype, "findLast"],
  [String.prototype, "replaceAll"],
  [Promise, "allSettled"],
];

test("missing built-ins are defined and behave; present ones are kept", async () => {
  const saved = NAMES.map(([o, n]) => (o as Record<string, unknown>)[n]);
  const keptFlatMap = Array.prototype.flatMap;
  try {
    for (const [o, n] of NAMES) delete (o as Record<string, unknown>)[n];
    jest.isolateModules(() => require("../../src/wps/polyfills"));
    const A = [1, [2, [3]], 4] as unknown[];
    expect((Object as unknown as { hasOwn(o: object, k: string): boolean }).hasOwn({ a: 1 }, "a")).toBe(true);
    expect(Object.fromEntries([["a", 1], ["b", 2]])).toEqual({ a: 1, b: 2 });
    expect((A as unknown as { at(i: number): unknown }).at(-1)).toBe(4);
    expect(A.flat()).toEqual([1, 2, [3], 4]);
    expect((A as unknown as { findLast(f: (x: unknown) => boolean): unknown }).findLast((x) => typeof x === "number" && x < 4)).toBe(1);
    expect("a.b.c".replaceAll(".", "/")).toBe("a/b/c");
    expect(await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error("x"))])).toEqual([
      { status: "fulfilled", value: 1 },
      { status: "rejected", reason: new Error("x") },
    ]);
    expect(Array.prototype.flatMap).toBe(keptFlatMap);
  } finally {
    NAMES.forEach(([o, n], i) => Object.defineProperty(o, n, { value: saved[i], writable: true, configurable: true }));
  }
});
