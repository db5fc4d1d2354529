import type { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import type { Fill } from "../review";
import type { Profile } from "../rubric/schema";
import { plainFormula } from "../score/plain";
import type { PlainFormulaBuilder } from "./plan";

function textOf(grid: Grid, ref: string): string {
  const p = parseA1(ref);
  return grid.text(p.row, p.col);
}

/**
 * Plain-Excel formulas for fills (mode "plain"), via core/score/plain. A SCORE's target is baked in as the
 * text the sheet shows now (its operator and unit columns joined), since plain Excel cannot parse "≥95%".
 */
export function plainFillBuilder(grid: Grid, profile: Profile): PlainFormulaBuilder {
  return (fill: Fill) => {
    const a = fill.call.args;
    // (a fill of a form stacked on the sheet under another region's profile carries it)
    const formProfile = fill.profile ?? profile;
    switch (fill.call.fn) {
      case "SUM":
        return `SUM(${a.join(",")})`;
      case "EXECRATE":
        return plainFormula({ fn: "EXECRATE", executed: a[0], budget: a[1] });
      case "EXECSCORE":
        return plainFormula({ fn: "EXECSCORE", executed: a[0], budget: a[1], weight: a[2], profile: formProfile });
      case "GRADE":
        return plainFormula({ fn: "GRADE", score: a[0], profile: formProfile });
      case "SCORE": {
        const target = a[0].split("&").map((r) => textOf(grid, r)).join("");
        if (!target) return null;
        return plainFormula({ fn: "SCORE", target, actual: a[1], weight: a[2], profile: formProfile });
      }
    }
    return null;
  };
}
