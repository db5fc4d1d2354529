import { TextCache } from "../../../src/core/text/cache";

describe("TextCache (bounded memo of the text functions)", () => {
  test("holds at most two generations: 2 × max entries however many keys stream through", () => {
    const c = new TextCache<number>(3);
    for (let i = 0; i < 100; i++) c.set(`k${i}`, i);
    expect(c.size).toBeLessThanOrEqual(6);
    expect(c.get("k99")).toBe(99);
    expect(c.get("k0")).toBeUndefined();
  });

  test("a label read again survives the next rotation (never cleared all at once)", () => {
    const c = new TextCache<string>(3);
    c.set("合计", "合计");
    for (let i = 0; i < 20; i++) {
      c.set(`指标${i}`, "x");
      expect([i, c.get("合计")]).toEqual([i, "合计"]);
    }
  });

  test("a cached null (no code) is a hit, not a miss", () => {
    const c = new TextCache<null>(3);
    c.set("名称", null);
    expect(c.get("名称")).toBeNull();
    expect(c.get("其他")).toBeUndefined();
  });

  test("labels read again in turn, more than max and at most 2 × max of them, stay cached: none is asked anew", () => {
    // (five labels, max 3: each pass asks all five; a hit moved into a full young generation would rotate it and drop
    // the labels the pass has yet to ask)
    const c = new TextCache<string>(3);
    const keys = ["k0", "k1", "k2", "k3", "k4"];
    let computed = 0;
    const memo = (k: string) => c.get(k) ?? (computed++, c.set(k, k.toUpperCase()), k.toUpperCase());
    for (const k of keys) memo(k);
    expect(computed).toBe(5);
    for (let pass = 0; pass < 4; pass++) for (const k of keys) expect(memo(k)).toBe(k.toUpperCase());
    expect(computed).toBe(5);
    // (the counter-shape: seven labels, more than two generations hold: some label is asked anew on a later pass)
    const d = new TextCache<string>(3);
    let again = 0;
    const seven = ["a", "b", "c", "d", "e", "f", "g"];
    const memo7 = (k: string) => d.get(k) ?? (again++, d.set(k, k), k);
    for (let pass = 0; pass < 3; pass++) for (const k of seven) memo7(k);
    expect(again).toBeGreaterThan(7);
  });
});
