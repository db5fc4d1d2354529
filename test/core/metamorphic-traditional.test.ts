import { Converter } from "opencc-js/cn2t";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { rangeA1 } from "../../src/core/grid/a1";
import { review, ReviewResult } from "../../src/core/review";
import { normalizeText } from "../../src/core/text/normalize";
import { corpusGrid, corpusIds, FIXTURES, jsonGrid } from "../helpers";
import { readdirSync } from "fs";
import { join } from "path";

/**
 * The same sheet copied from a mirror site in traditional characters (項目 資金 績效 萬元 執行率 滿意度) must read
 * the same: family, header, indicators and the findings at the same cells.
 */
const TO_TRADITIONAL = { tw: Converter({ from: "cn", to: "tw" }), hk: Converter({ from: "cn", to: "hk" }) };

/** The sheet in traditional characters, or null when it is written in them already. */
function traditional(g: Grid, variant: keyof typeof TO_TRADITIONAL): Grid | null {
  const convert = TO_TRADITIONAL[variant];
  const cells: (Cell | null)[][] = [];
  let changed = 0;
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      const cell = g.cell(r, c);
      if (cell && typeof cell.v === "string") {
        const v = convert(cell.v);
        if (v !== cell.v) changed++;
        row.push({ ...cell, v });
      } else row.push(cell);
    }
    cells.push(row);
  }
  if (changed === 0) {
    // nothing to convert: only a sheet already in traditional characters (the test would prove nothing else)
    const traditionalText = cells.flat().some((c) => typeof c?.v === "string" && normalizeText(c.v) !== c.v.normalize("NFKC").trim());
    if (!traditionalText) throw new Error("nothing converted in a simplified sheet");
    return null;
  }
  return new Grid({ name: convert(g.name), cells, merges: g.merges.map((m) => rangeA1(m)) });
}

const signature = (r: ReviewResult) => ({
  family: r.model.family,
  headerRow: r.model.headerRow,
  indicators: r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore, i.target?.kind ?? null, i.actual?.kind ?? null]),
  findings: r.findings.map((f) => `${f.severity} ${f.rule}@${f.cell} ${(f.related ?? []).join(",")}`).sort(),
});

const EXTRA = join(FIXTURES, "extra");
const extraIds = readdirSync(EXTRA)
  .filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"))
  .map((f) => f.replace(/\.json$/, ""));

describe.each(["tw", "hk"] as const)("converted to traditional characters (%s)", (variant) => {
  test.each(corpusIds())("corpus case %s: same family, indicators and findings", async (id) => {
    const g = await corpusGrid(id);
    const t = traditional(g, variant);
    if (t) expect(signature(review(t))).toEqual(signature(review(g)));
  });
  test.each(extraIds)("extra sheet %s: same family, indicators and findings", (id) => {
    const g = jsonGrid(join(EXTRA, `${id}.json`));
    const t = traditional(g, variant);
    if (t) expect(signature(review(t))).toEqual(signature(review(g)));
  });
});
