import type { FamilyDetector } from "../features";
import { opensWithBasicData } from "./vocabulary";

/** 部门整体支出绩效评价基础数据表 (RULEBOOK §3.1 B-L3): staffing, 三公经费, 项目/公用经费. */
export const deptBasicData: FamilyDetector = {
  id: "dept-basic-data",
  detect(f) {
    let s = 0;
    if (/基础数据表/.test(f.title)) s += 0.5;
    // no title, but the sheet opens with the table's first block (财政供养人员情况 | 编制数 | 实际在职人数 | 控制率)
    else if (opensWithBasicData(f.body)) s += 0.2;
    if (/编制数/.test(f.text) && /在职/.test(f.text)) s += 0.25;
    if (/三公经费/.test(f.text)) s += 0.1;
    if (/公用经费|项目支出/.test(f.text)) s += 0.1;
    // its staffing and spending control blocks (财政供养人员控制率, 经费控制情况), which a pasted table keeps without its title
    if (/经费控制情况|人员控制率|^控制率\|/m.test(f.text) || /\|控制率\|/.test(f.text)) s += 0.1;
    if (f.header?.columns.actual || f.header?.columns.score) s -= 0.3;
    return Math.max(0, Math.min(1, s));
  },
};
