import { join } from "path";
import { readdirSync, readFileSync } from "fs";
import { FIXTURES } from "../helpers";

/**
 * The self-evaluation truths of test/fixtures/real (never validation) that grad47b-generated and rep47-generated print again in
 * prose: each one's first budget line with its execution, an allocation's parts and their whole, and a score out of 100.
 */
export type Source = { id: string; family: string; budget: { b: number; e: number } | null; alloc: { whole: number; parts: [string, number][] } | null; total: number | null };
export const r2 = (x: number) => Math.round(x * 100) / 100;
export const gradeOf = (s: number) => (s >= 90 ? "优" : s >= 80 ? "良" : s >= 60 ? "中" : "差");
/** a grade two bands away: the slip a grade-mismatch must catch */
export const FAR: Record<string, string> = { 优: "中", 良: "差", 中: "优", 差: "良" };

/** `fundLines`: with no allocation, the first budget line's 其中 lines (财政拨款, 上年结转, 其他资金) whose budgets add up to it
 * are taken as its parts (grad47b's sources; rep47's take stated allocations only). */
export function selfEvalSources(fundLines: boolean): Source[] {
  const DIR = join(FIXTURES, "real");
  const out: Source[] = [];
  for (const f of readdirSync(DIR).sort()) {
    if (!f.endsWith(".truth.json")) continue;
    const t = JSON.parse(readFileSync(join(DIR, f), "utf8"));
    if (t.family !== "project-self-eval" && t.family !== "dept-self-eval") continue;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const items: any[] = (t.budget_items || []).filter((b: any) => typeof b.budget === "number");
    const first = items.find((b) => typeof b.executed === "number" && b.budget > 0);
    const withParts = items.find((b) => Array.isArray(b.parts) && b.parts.length >= 2);
    const total = t.totals && typeof t.totals.claimed_total === "number" && t.totals.claimed_total <= 100 && t.totals.claimed_total > 0 ? t.totals.claimed_total : null;
    let alloc: Source["alloc"] = null;
    // (the whole to the parts' own decimals: 60 + 12.664 is 72.664, not 72.66 — rep47)
    if (withParts) alloc = { whole: Math.round(withParts.parts.reduce((a: number, p: [string, number]) => a + p[1], 0) * 1000) / 1000, parts: withParts.parts.map(([n, v]: [string, number]) => [n.replace(/\*/g, ""), v] as [string, number]) };
    else if (first && fundLines) {
      const k = items.indexOf(first);
      const ps = items.slice(k + 1).filter((b) => /^其中|财政拨款|结转|其他资金|自筹|上级|本级|中央|省级|市级|县级/.test(String(b.label || "")));
      const named = ps.map((b) => [String(b.label).replace(/^其中[:：]?/, "").replace(/[:：\s]/g, "") || "其他", b.budget] as [string, number]);
      if (named.length >= 2 && Math.abs(r2(named.reduce((a, p) => a + p[1], 0)) - first.budget) < 0.006) alloc = { whole: first.budget, parts: named };
    }
    if (!first && !alloc && total === null) continue;
    out.push({ id: f.slice(0, -11), family: t.family, budget: first ? { b: first.budget, e: first.executed } : null, alloc, total });
  }
  return out;
}
