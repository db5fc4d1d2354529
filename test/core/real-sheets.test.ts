import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { review, ReviewResult } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * Real published sheets of the development split (test/fixtures/real): each `<id>.json` is a transcription in the
 * corpus case format, each `<id>.truth.json` what a careful reviewer finds by hand (family, header row, indicator
 * rows with weight and claimed score, stated total, inconsistencies, defensible-but-not-required flags). The
 * validation split (test/fixtures/validation) is deliberately NOT read here: rules are not tuned on it.
 * Where the engine still disagrees, the check is listed in KNOWN_GAPS: that check must keep FAILING, so fixing
 * the engine turns this file red until the entry is removed.
 */

const DIR = join(FIXTURES, "real");

type Check = "family" | "header-row" | "indicators" | "total" | "expected-findings" | "no-other-errors";
const CHECKS: Check[] = ["family", "header-row", "indicators", "total", "expected-findings", "no-other-errors"];

/** Checks the engine does not pass yet (measured on the engine of this branch). */
const KNOWN_GAPS: { id: string; check: Check; why: string }[] = [
  // batch 17b (corpus17b): measured once before these entries were written (batch17b-diagnosis.md)
  // 肇庆 分配明细表 + 绩效目标表 (family, header-row, total): its truth filed target-declaration in session 31 (fix41), as 德化 2020
  // (an allocation list, then a target form cut after its indicator header): the form's head and indicator header are printed;
  // the list's 合计 50 is the form's total where its head restates it, now also as '50万元' (a unit fused)
  // batch 18b (corpus18b): development sheets, measured once before any engine change
  // round 17 (corpus17a/17b), graduated from validation/ by age in session 13 (measured just before the move)
  // batch 19b (corpus19b): development sheets, measured once before any engine change
  // batch 19a (corpus19a): development sheets, measured once before any engine change
  // batch 20 (corpus20): development sheets, measured once before any engine change (batch20-diagnosis.md)
  // batch 21 (corpus21): development sheets, measured once before any engine change (batch21-diagnosis.md)
  // rounds 18a, 18b, 19a, 19b (corpus18a/18b/19a/19b), graduated from validation/ by age in session 14 (measured just before the move)
  // batch 22 (corpus22): no entries — both sheets of the batch were drawn into validation/ (batch22-diagnosis.md)
  // round 21 and batch 22 (corpus21, corpus22), graduated from validation/ by age in session 15 (measured just before the move on b222a30: family 1/2 and 2/2, recall 0/1 and 0/1, precision 0/0 and 0/2)
  // batch 23 (corpus23): development sheets, measured once before any engine change (batch23-diagnosis.md): both pass every check, no entry
  // batch 24 (corpus24): development sheets, measured once before any engine change (batch24-diagnosis.md)
  // batch 25 (corpus25): the one development sheet, measured once before any engine change (batch25-diagnosis.md)
  // batch 26 (corpus26): development sheets, measured once before any engine change (batch26-diagnosis.md); the 益阳 基础数据表 and the 畜牧 评分表 pass every check
  // batch 27 (corpus27): development sheets, measured once before any engine change (batch27-diagnosis.md): all three pass every check, no entry
  // batch 28 (corpus28): development sheets, measured once before any engine change (batch28-diagnosis.md): all three pass every check, no entry
  // batch 29 (corpus29): development sheets, measured once before any engine change (batch29-diagnosis.md)
  // batch 29's held-out half (corpus29), spent in session 20: its six entries fixed by eng20a (batch29-diagnosis.md, last section)
  // batch 30 (corpus30): development sheets, measured once before any engine change (batch30-diagnosis.md); 节能 and the 廣東 劳动力转移 form pass every check
  // batch 32 (corpus32): development sheets, measured once before any engine change (batch32-diagnosis.md); 水产健康养殖, 村级党建 and 乡镇农业产业化 pass every check; 平安农机 (the page-break repeat of its group label) and 济南 (评估标准 | 分值 | 评分标准) fixed by eng23a
  // batch 33 (corpus33): development sheets, measured once before any engine change (batch33-diagnosis.md); 宜宾 艾滋病 and 温州 温商 pass every check; 湖州, 泰州 (heading merged over number | name), 宗教 (考核细目) and 台州 (a label's points per row) fixed by eng23b
  // batch 35 (corpus35): development sheets, measured once before any engine change (batch35-diagnosis.md); 节约型机关, 成都 and 宝鸡 pass every check; 节约型机关's group label printed again after an empty line without its points (a false weight-sum-mismatch since the session-25 merges) fixed by eng26c
  // batch 34 (corpus34): development sheets, measured once before any engine change (batch34-diagnosis.md); 法律顾问 and 青原 pass every check
  // batch 36 (corpus36): development sheets, measured once before any engine change (batch36-diagnosis.md); 國有企業 模范職工之家 and 乡镇消防 pass every check; 福建 模范职工之家 (a points column with no header word, unnamed-points.ts) and 玉屏 (验收项目) fixed by eng26d
  // batch 37 (corpus37): development sheets, measured once before any engine change (batch37-diagnosis.md); 长治 节水型小区 and 宁波 节水型城市 pass every check; 衢州 (评定项目与评定内容, a 编号 column of nesting codes) and 东山 (序号 | 名称 | 综合评分 under a title naming results) fixed by grad28 in session 28
  // batch 38 (corpus38): development sheets, measured once before any engine change (batch38-diagnosis.md); 商丘 水利发展资金 and 吉林 生猪调出大县 pass every check
  // 安阳 北关 (header-row): fixed by fix41 (投资规模 a money column; an amount with its unit fused, "20万元", a line of a money list)
  // batch 39b (corpus39b): development sheets (second group, measured once before being looked at; batch39b-diagnosis.md); 普惠金融 提前下达 passes every check
  // 2020 重点生态功能区 (header-row, total): fixed by fix40 (地区 merged down past the last line read; 地方合计's number in the column headed 总额)
  // validation batches corpus20–corpus32 (30 sheets), graduated to real/ by age in session 25, measured just before the move on dd1fe93:
  // family 23/30, recall 0/2, precision 0/34, injected 16/20 (the other 10 held-out sheets: 9/10, 0/1, 0/1, 4/8)
  // 南江 林草 分配表 (header-row, total): fixed by eng27b (parts merged over 小计 | 功能科目代码, leadingTotalColumns; the list closed by 附件2)
  // validation batches corpus33 and corpus34 (10 sheets), graduated from validation/ by age in session 27, measured just before the move
  // on defe8bf: family 9/10, recall 0/1, precision 0/0, injected 7/8 (the 8 that stay held out: 6/8, 0/0, 0/0, 9/10)
  // 广西 防艾 (indicators): fixed by fix41 — an item with no points of its own on the line its pointed group label starts on,
  // its scoring rule written ('未开展的扣20分'), is the group's item and takes the group's 20 as its only one
  // validation batch corpus35 (4 sheets), graduated from validation/ by age in session 28, measured just before the move on 6cf96b4:
  // family 3/4, recall 0/0, precision 0/0, injected 1/2 (the 8 that stay held out: 6/8, 0/0, 0/0, 10/12)
  // batch 39 (corpus39a): development sheets, measured once before any engine change (batch39a-diagnosis.md); 大英 总工会's scoring excerpt passes every check
  // its second group (眉山 2017 1—11月 实施进度表, one sheet found afterwards), measured alone before being looked at: family 0/1, precision 0/1
  // 眉山 2017 (family, header-row, indicators): fixed by fix41 — a progress table's header (项目内容 | 目标任务 | … | 进度: the
  // items' name head, their task, their progress) read as an indicator header, its lines still read by the amount blocks
  // (no points column, no rollup); 黄山's 1-11月工作进度 stays unknown: one project line, no 进度 column, no items
  // validation batch corpus36 (4 sheets), graduated from validation/ by age in session 29, measured just before the move on 267e41a:
  // family 3/4, recall 0/0, precision 0/0, injected 8/8 (the 8 that stay held out: 7/8, 0/0, 0/0, 5/7)
  // 温州 先进职工之家 考核表 (family, header-row, indicators): fixed by grad29 (项目 over the groups and the items' numbers)
  // batch 40 (corpus40): development sheets, measured once before any engine change (batch40-diagnosis.md); 六团 气调保鲜库 目标表 and the
  // second group (舟山 美丽乡村, 婺城 衔接资金 分配表) pass every check; 主计处 補助地方政府經費彙總表 (a unit line merged over the right columns read as a group over the 合計 column) fixed in corpus40
  // 醴陵 扶贫资金分配表 (header-row): fixed by fix41, the same template and cause as 安阳 北关 above
  // validation batch corpus37 (4 sheets), graduated from validation/ by age in session 30, measured just before the move on 82b939f:
  // family 3/4, recall 0/0, precision 0/0, injected 2/4 (the 9 that stay held out: 7/9, 0/3, 0/1, 4/4)
  // 營商環境 排名表 (family, header-row): fixed by grad30 (an area ranking by an index is a per-unit result list); 上海 扫黄打非
  // (indicators, the D6 code mutant): fixed by grad30 (分值 | 评分细则 | 项目分值, the groups' points with the rule between);
  // 南昌 森林城乡 (total): its truth corrected (合 计 the 分值 column's total, no 得分 column: no claimed score total)
  // batch 41 (corpus41): development sheets, measured once before any engine change (batch41-diagnosis.md); 內政部 租金補貼 passes every check;
  // 人事處 範例 (total, and lines 5–7): fixed in corpus41 (a rule word merged over sub-heads the line below names titles them)
  { id: "tw-personnel-office-performance-self-assessment-report-example-trad-excerpt", check: "indicators", why: "lines 5–7 read (30/26, 30/25, 40/35) since corpus41; the second target's line 9 (30/23), after the first target's 總計 (row 8), is not: the 總計 closes the table, and a target's repeated scoring block below it is not read as the same table's" },
  // 主計處 92 司法支出 (header-row): fixed by corpus50b — a budget comparison's change column (本年度 − 上年度 on three lines at
  // least, periodChanges) heads its list where no 合計 line does (changeColumnHead)
  // 燃氣熱水器 遷移補助 (header-row): closed by dev47 (session 47): amounts in 億/萬/元 text read as the 元 they state (unit-amounts.ts); its truth's total corrected to the row-total column's D18
  // validation batches corpus38 and corpus39a (7 sheets), graduated from validation/ by age in session 31, measured just before the move
  // on d19e1be: family 5/7, recall 0/3, precision 0/0, injected 3/3 (the 4 that stay held out: 4/4, 0/1, 0/2, 1/2); 益阳 自然灾害 and 龙陵 冬春救助 pass every check
  // 新乡高新区 扶贫资金分配表 (header-row): fixed by grad31 (a short numbered money list: 序号 from 1, 投资规模 a money head, closed by its 备注 line)
  // 和田 林业发展补助 (header-row, total): fixed by grad31 (a first line named as the area over lines named as its places, adding up in one column: their whole)
  // 眉山 30件民生实事 责任分工表 (header-row): fixed by grad31 (the 全市 line over its places read in columns of counts, 2/3 of them adding up; the 责任单位 line under the header stepped over)
  // 四川 体育场馆 推进情况 (family): fixed by grad31 (a head measuring against 序时进度, 未达到序时进度说明: monitoring)
  // 凉山 彝家新寨 月报进度表 (family): fixed by grad31 (a title naming a progress form, …进度表, with its date so far: monitoring; the header its list's)
  // 凉山 彝家新寨 (expected-findings, M13): fixed by grad31 (总投资 / 投资总额 / 总额 open their parts as 合计 does, checked where two thirds of the lines add up)
  // corpus43's development sheets (measured once before any change: family 3/3, grid 0/3, header-row 2 of 3 and total 2 of 3 wrong):
  // 香港 2003 表8 and 澳門 科學技術發展基金 fixed by corpus43 (account-tables.test.ts)
  // 89B13G (total): fixed by corpus43 (of a budget comparison's period columns, the current budget's — 本次 / 本年度預算數 beside a
  // column naming an earlier period — is the stated one); noticed and left: its leading 合計 is read over (1.一般政務支出) and that
  // group's own 款 lines together (a bound, the list being cut: no false alarm)
  // validation batch corpus43 (4 sheets), graduated from validation/ by age in session 35, measured just before the move on c537970:
  // family 4/4, recall 0/0, precision 0/0, injected 0/1 (the 3 that stay held out: 3/3, 0/1, 0/0, 2/2); after grad35's fixes
  // (batch45-graduation-diagnosis.md) every check passes on 澳門 教育發展基金, 立法會 and 主計處 93B103; 香港 1999's total:
  { id: "hk-government-revenue-summary-1997-2000-trad", check: "total", why: "no stated total (truth B45, 'the first year column taken'): 政府收入總額 is read over 經營收入總額 + 非經常收入總額 in each of three period columns (實收 1997-98 | 實收 1998-99 | 修訂預算 1999-2000), none named as the current budget (CURRENT_PERIOD_BUDGET_HEADER), as a column of row totals or as a total; the truth's choice of the first column is a convention no label states, and the engine does not guess one" },
  // validation batch corpus44 (3 sheets), graduated from validation/ by age in session 36, measured just before the move on a67c1c2:
  // family 3/3, recall 0/1, precision 0/0, injected 2/2; after grad36a's fixes (batch46-graduation-a-diagnosis.md) every check
  // passes on 桂林 and 卡斯镇; the unnamed department's 行政經費及“三公”經費 table's total:
  { id: "cn-dept-admin-and-three-public-expenses-budget-2019-trad", check: "total", why: "no 合計 line (truth B4, 'the “三公”經費 line over its 其中 (一)–(三)'): the table lists 行政經費 312.23 and “三公”經費 29.00, neither a part of the other nor of any total; “三公”經費 is read as the sum of its 其中 lines, but no word makes one of the two lines the table's own total, and the engine does not take a line that is the sum of its breakdown for the sheet's total (in a list 1. A, 2. B 其中:…, 3. C that line is one of the list's)" },
  // validation batch corpus45 (4 sheets), graduated from validation/ in session 36 by grad36b, measured just before the move on a67c1c2:
  // family 4/4, recall 0/0, precision 0/2, injected 2/6; after grad36b's fixes (batch46-graduation-b-diagnosis.md) every check
  // passes on 滁州 and 安全生产月; 杜集区's total fixed by conv37 (its money column named by its parts' heads, the stray line under
  // the header no head); the 教育局's header-row fixed by conv37 (a header's top line, README); its stated total:
  { id: "cn-education-bureau-dept-budget-income-expenditure-summary-2020", check: "total", why: "a two-sided statement with two grand totals of equal value, 收入總計 B38 and 支出總計 D38 (16,745.59): the engine states the first side's (B38), the truth the 支出 side's; both are read and checked (B38 = B34 = B6, D38 = D34 = D10 + D13 + D14 + D24) — which one is 'the' total is a convention no label states" },
  // corpus47a's development sheets (batch47a-diagnosis.md): 广元's header (its first head lost in the mirror's mojibake,
  // '項(xiàng)目?jī)?nèi)容') fixed by gaps39 (a gloss garbled with its character marks one character lost; a head with one lost
  // character read as the one head word of the vocabulary it can be: text/normalize.ts mendLostCharacter)
  // validation split of session 38 (corpus48a's 3, corpus48b's 3), graduated from validation/ by age in session 39 (lead), measured
  // just before the move on 3f22006: family 6/6, recall 1/5, precision 1/4 (strict 1/4), injected 1/1, false alarms 0
  // 秋季动物防疫 (indicators, expected-findings) and 贺兰 (expected-findings): fixed by grad39a — a bare 计分 head is the points
  // column; '…、…、…各得5分' awards the count times 5 (D7 15, D8 10 against 8); one award with deductions below the line's own
  // points is a warning (D6 5 against 10; 贺兰 B3 2 against 5, its own text the rule)
  // 村民自治 (indicators, no-other-errors): fixed by grad39b — '(N分)' closing each line of a cell add up (rows 4, 14: 2), a
  // bracket's 共N分 after a per-unit award is the worth (row 8: 3); 组织建设 1 + 1 + 2 + 1 + 1 + 1 + 3 + 1 + 2 + 1 + 1 + 1 = 16
  // validation split of session 39 (corpus49a's 5, corpus49b's 5), graduated from validation/ by age in session 40 (lead), measured
  // just before the move on 28a16a2: family 10/10, recall 0/2, precision 0/3 (strict 0/3), injected 4/7, false alarms 0
  // 文明村 2016 (header-row, indicators, expected-findings, no-other-errors): fixed by grad40a — an item count in a head is a
  // remark ('考评指标(7项)'), blocks out of order (五、七、二、三、) are an info note, not code-sequence errors (scrambled-blocks.test.ts)
  // 长沙 林业 (indicators): fixed by grad40b — the header printed again under a table that has closed (its 说明 and signature
  // lines met first) heads a second table of the same layout (index.ts scoredTables), and a blank 合计 printed first under it
  // is its leading total line, no close (rows 19–27 read, 20 … 6 each; the A21 code skip found)
  // 临安 垃圾分类 (indicators, no-other-errors): fixed by grad40b — 每月 (how often the work is done) splits no clause points
  // (B6: 10 + 10 + 10 = 30), and a 一级 label with its points over an unpointed item with its rule, no 二级 column between,
  // is the item's group (row 5: 30)
  // 黄石三中 (expected-findings): fixed by grad40b — a 项目支出绩效自评表's blocks stating their points in their labels, no
  // total printed, over the family's 100 (weight-sum-mismatch blocksOverWhole, a warning at A12: 20 + 98 = 118); its budget
  // heads' letters lost their opening brackets ('执行数B)', '执行率B/A)'), now read (D11 checked: 800 / 800 = 100%)
  // batch 50b (corpus50b): development sheets, measured once before any engine change (batch50b-diagnosis.md); 新竹市 97 總決算
  // ('(-) ' signs, a 百分比增減 column) and 主計處 85 衛生署 (a change column with no 合計 line) fixed on the branch
  { id: "hk-government-financial-position-first-quarter-2001-trad-excerpt", check: "header-row", why: "no header (truth 3): a financing statement — 收入 | 開支 | 虧絀 (收入 − 開支), then 財務安排's lines and their 總額 (the 虧絀 financed) — with accountant's brackets for its negatives ('(17,498.3)', read as no number); no relation is read (the 虧絀 is no sum of lines, its 總額 the 虧絀's size with the sign turned), so no list and no header" },
  // graduated from validation/ in session 41 (lead), measured once at the end of session 40 on 90d326a7: family 7/9, recall 1/3, precision 1/1 (strict 1/1), injected 1/5
  // 梅陇 工会 (expected-findings, D5) and 舟山 教育 (expected-findings, C4): fixed by grad41c (batch51-graduation-c-diagnosis.md) — a
  // top tier short of the line's own 分值 is a warning (2 of 3); a line worth 0 whose 赋分办法 awards 10 + 10 is a warning
  // the five 台灣 / 澳門 budget tables' header-row (and 衛生局 2005's total C18): fixed by grad41b (batch51-graduation-b-diagnosis.md)
  // 岳阳县 2018 貧困村出列驗收標準 (family, header-row, indicators): fixed by yueyang41 (yueyang41-diagnosis.md) — a rule head
  // merged over the item and rule columns (序號 | 驗收及計分標準), each line's worth its rule's awards (separate criteria added,
  // 7 + 3; one criterion's tiers its top tier): award-rubric.ts
  // 温州 2013 and 瑞安 2012 (family, header-row, indicators): fixed by grad41a (batch51-graduation-a-diagnosis.md) — 赋分方法 a rule
  // column, a count before a label's points, 项目 merged over label columns read as levels where a group's points add up
  // corpus51b's development sheets (session 41; measured once before any change on 35c65507: family 2/3, recall 1/1, precision 2/2
  // (strict 1/2), injected 1/1, false alarms 0): the 春玉米 2011 and 环保 box-table rubrics pass every check; the 计生 2008 提纲 does not
  // 计生 2008 提纲 (family, indicators), 永和 (indicators, expected-findings) and 澧陽鎮 2023 (indicators): fixed by grad42b
  // (batch52-graduation-b-diagnosis.md) — a one-column outline of headings stating their points is a pasted rubric without a
  // block to check (points by class, '(乡镇10分、农场15分)': no one weight); a pointed heading with nothing under it, its bracket
  // left open where the excerpt is cut, is an item; points fused after a line's first clause ('…文章10分、') are the item's;
  // a heading's points against the awards of the paragraph under it (every one above them: a warning)
  // graduated from validation/ in session 42 (lead, measured once on 3b310c40 at session 41's end: family 4/8, recall 1/5, precision 1/1)
  // 玉米丰产方 2014 (family, indicators, expected-findings): fixed by grad42c — an indicator system written as prose, its levels
  // announced by lead sentences with their counts and listed apart, one clause a row ('…占分值N分,'), nested by running sums
  // (prose-rubric.ts); its slip reported as the 三级's 102 against 总分值100分 (A2), the two equal readings of where it sits
  // batch 52a (corpus52a, session 42): development sheets, measured once before any engine change on 828e53d9 (family 2/3, recall 0/1,
  // precision 0/0; batch52a-diagnosis.md); the 信访 list passes every check. The two gaps below are in the paragraph-list reader
  // (src/core/recognise/paragraph-list.ts), grad42b's file this session: left to it, not changed here.
  // 供销社 经济发展科 (family, indicators, expected-findings): fixed by coop42 (session 42) — an item's points stated after their
  // word closing its line, '1、商品销售总额标准分60分、' (paragraph-list.ts ownPoints, STATED_POINTS), its paragraph its rule unless the
  // line is listed on; a rule's standard points in two '各N分' lists add up, 2×25+2×25 = 100 against 50 at A13 (rule-points.ts eachLists)
  // 村委 计生 (indicators): fixed at corpus52a's merge (session 42, lead) — grad42b's reader takes a pointed heading with nothing
  // under it as an item; a cut list's last heading whose earlier siblings are all groups stays a group (cutGroupHeading)
  // 临沂 创模 考核指标 完成情况 (header-row, expected-findings): fixed by cells42 (batch52-graduation-cells-diagnosis.md) — an indicator
  // header over lines read is a table of no family's header (completionTableHead); '54.O' among numbers is a letter for the digit 0
  // (non-numeric-value, letterForDigit: a warning at D14)
  // 粮食生产 评分 (family, header-row, indicators): fixed by grad42a (batch52-graduation-a-diagnosis.md) — a 区间 column of score
  // ranges per tier line beside the tiers' text, items stating their points in their labels (interval-rubric.ts)
  // batch 52b (corpus52b): development sheets, measured once before any engine change (batch52b-diagnosis.md); 铜川 2025 and
  // 渭南 2021 (and 铜川 2019, the second group) pass every check after the branch's fixes; 盘锦's header row (line 6) is read since
  // its 交辦總量 heads a count the units took in (moneyListHead); its family is left to rank42, who owns the results-list family evidence
  // (unit-results.ts) this session
  // 盘锦 12345 (family): fixed by panjin42 (panjin42-diagnosis.md) — a handling list scored by unit (rates, counts, a score) is a results list
  // 食堂卫生检查评分表 (corpus52d, batch52d-diagnosis.md): a form printed two items a line — 项目 | 具体项目 | 评分 | 具体项目 | 评分,
  // the group label (食品卫生30分) merged down its lines, each line a left and a right (item, points) pair. The model keys one
  // indicator to a line and no reader takes a line's second pair; the header's 项目 / 具体项目 name no level and its 评分 (the
  // points of a blank form) reads as a score column, so nothing is recognised.
  // graduated from validation/ in session 43 (lead, measured on b015032a just before the move: family 9/14, recall 2/8,
  // precision 1/1): the 14 held-out sheets of corpus52a/b/c/d
  // 智慧矫正 信息化 (family, header-row, indicators): closed by grad43d (session 43) — 评价项目 a level word (LEVEL1_HEADER), 评分表内容
  // a rubric word (a rule column under a word no role reads is also read by its bracketed awards adding up to each line's 分值:
  // awards-rule-column.ts); 评价项目 over three columns reads 一级 | 二级 | 三级 (itemsUnderMergedLevel)
  // 门前三包 千分制 (family, indicators) and 鄉級 黨建 (family, indicators, expected-findings): closed by grad43a (session 43) —
  // an item's numbered deduction clauses are its rule, not items (paragraph-list.ts); an item's first sentence closed by its
  // points, its rule after them; one group of four items or more stating their points is evidence; a rule's standard
  // points with no award verb ('各占0.5分', '开展活动1分') add up (standard-points.ts): 3 against A10's 4
  // 南宁 残疾人 十二五 (header-row, indicators): closed by grad43d (session 43) — 监测指标 a level word (LEVEL1_HEADER, beside 评估指标)
  // 湖北 卫生检查 (indicators): closed by grad43d (session 43) — 类别 | 标准 | 分值: the 标准 column of numbered lines under grouped labels
  // is the items' (numbered-items-column.ts), so row 14 (its 分值 blank) is a line; row 24's item 1 is whole with its 10 (truth corrected)
  // 汉川 中考 (family, header-row, expected-findings): closed by grad43c (session 43) — three years' lists side by side under one
  // header (学校 | 总分 repeated, 2009 | 2010 | 2011 over them, the header's top line), their place column 1–12 with no head
  // shared (parallel-lists.ts), the slip C6 the one line out of order (unit-results.ts outOfOrder); 衡阳 城管 督查 (family,
  // header-row): closed by grad43c — 月度成绩 a period's score, 督查考核总扣分 a deduction (UNIT_LIST_SCORE/DEDUCT_HEADER);
  // 西宁 城中区 信息报送 (expected-findings): closed by grad43c — an unscored handling list's 采纳率 against 采纳数 ÷ 报送信息数
  // (handling-lists.ts); 汉中 市长信箱 (header-row): closed by grad43c — 承办单位 under a caption merged across heads the units,
  // no 责任单位 line under a header (blocks.ts headerAbove) — grad43c-diagnosis.md
  // 非公企业党建 阵地 (expected-findings): closed by grad43b (session 43) — awards all phrased '加N分' add up (added-awards.ts), the table's other line so phrased confirming it: 4 + 2 = 6 against 5 at E5
  // 广东 殡葬 (indicators, expected-findings): closed by grad43b (session 43) — '标准分N分' read as a points cell's points (pointsWithUnit), '标准分lO分' as letters for digits beside points (pointsWithLetters) at C10 and C11
  // 临沂 平安旅游景区 (expected-findings): closed by grad43b (session 43) — awards per occurrence under a cap (capped-awards.ts): '最高得分2分' below the line's own 3 at E8, a warning
  // corpus53a (session 43): the development half of its batch, measured once before any change (family 2/4, recall 0/3,
  // precision 0/0); 盐城 2005 气象's indicators closed by corpus53a (an item wrapped over paragraphs takes the points
  // closing its last one, paragraph-list.ts wrappedPoints)
  // 软科学 绩效评价评分表 (family, indicators, expected-findings): closed by dev53 (session 43) — a score head merged across
  // tier cells closing with their points (point-tiers.ts): the tiers the items' rule, the top tier's '(N分)' the item's points;
  // a tier's bracketed range printed with letters or marks for digits ('(O-Io)', '(&7)', '(&9)') flagged (non-numeric-value 'tier')
  // 辽宁 2007 机电办 记分表 (family, header-row): closed by dev53 (session 43) — a results table of units by the parts of their
  // score (parts-results.ts: 项目/市别 | parts | 积分 under an assessment's title); each 积分 read as the base the page states
  // ('各标准起评分为 5' × 6, '起评分为30') plus the parts, a base never assumed
  // batch 53b (corpus53b, session 43): development sheets, measured once before any engine change on 9f2b9326 (family 2/4,
  // recall 0/2, precision 0/0 — corpus53b-diagnosis.md)
  // 四平 铁西 通报 (expected-findings): closed by corpus53b (session 43) — a handling rate in a sentence against its counts
  // (text-rates.ts: 随手拍 办结率99% for 48 of 49, A4) and a sentence's counts never typed in ('共件', '已办结件', A3:
  // text-blank-counts.ts, placeholder-value)

  // 泰州 空气质量排名 and 四川 21城市 综合指数排名 (family, header-row): closed by dev53 (session 43) — a ranking of places by a
  // measured value (value-rankings.ts): a rank head and a place head (城市, 市(区)), or group heads '…排名' over rank | name |
  // value blocks, the ranks ordering one number column in the direction said or, unsaid, the one they follow (the other not)
  // batch 53c (corpus53c, session 43): development sheets, measured once before any engine change (corpus53c-diagnosis.md);
  // 岳阳 口岸办 自评报告 passes every check. The two 立法院 tables were read as no table at all (no header row); their header-row
  // entries are closed (below), 原民會's family is left:
  // tw-indigenous-council-lottery-feedback-projects-performance-grades-2008-2011-trad (family): closed by grad46c (session 46): a distribution of an assessment's results by grade (績效良好 | 績效尚可 | 尚待努力 over 案件數 | 百分比, a 績效 title) reads evaluation-summary (grouped-shares.ts gradeDistributionHead)
  // 原民會 績效彙總表 header-row: closed by corpus53c (session 43): a sheet of no family made of counts by class with their shares beside their whole is headed by that table (grouped-shares.ts)
  // 長照 經費執行情形 header-row: closed by corpus53c (session 43): a sheet of no family made of a budget block turned on its side is headed by its periods' line (row-rates.ts)
  // corpus53e (session 43): the development two of its batch, measured once before any engine change on c05b8aae (family 0/2,
  // recall 0/0, precision 0/0 — corpus53e-diagnosis.md): 坦洲 农贸市场 星级评比 and 2014 地级市网站 排名表 (family, header-row) closed by
  // corpus53e (session 43) — a results list's units named by their kind (农贸市场名称), an address column it does not read (经营地址),
  // a year's rank (2014年排名), a total with its most points (總得分(100分)) and parts with theirs (信息公開(30分)): vocabulary.ts
  // corpus53d (session 43): the development half of its batch, measured once before any change (real-sheets: family 0/3,
  // recall 0/1, precision 0/0 — corpus53d-diagnosis.md)
  // 靖江 林业绿化 (family, indicators): closed by corpus53d (session 43) — a line with points over unnumbered paragraphs each closing
  // with points of their own: the paragraphs are its items, the line a block over them (paragraph-list.ts pointedParts)
  // 金坛 2008 河塘清淤 (family, indicators): closed by corpus53d (session 43) — an item's head sentence '1.完成计划任务得25分。' over
  // its rule states its points (HEAD_AWARD), and a flat list of such items adding up to 100 is a rubric (ROUND_WHOLES); the truth's
  // optional rows take row 5 '一、考核对象:' (a section head, no points), added after the development measure
  // 嵊州 林业局 履行职能 分解表 (family, indicators, expected-findings): closed by dev46 (session 46) — an unnumbered class heading stating its points, '重点工作目标(一类目标40分)', over its items numbered anew heads the paragraph list (paragraph-list.ts CLASS_HEAD, classHeading); a line of the form's score heads beside the list ('| 自评分(理由及依据) | 考核得分') does not end it
  // zj-shengzhou-forestry-bureau-duty-performance-target-breakdown (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — '(4分)' items under 考核得分 heads
  // 宁国 12345 承办单位 办理情况 (header-row 15): closed by grad44d (session 44): a sheet of no family made of a handling list by unit is headed by it on the list's own evidence, no relation needed (handlingListHead)
  // 部委网站 绩效评估 前30 2014 (family, header-row): closed by grad44c (session 44) — ranked-lists.ts reads a ranking from its shape (排名 ordering 总分, names on every line) whatever its heads say (名称, X指数 parts)
  // 国务院部门网站 前15 2016 (family, header-row): closed by grad44c (session 44) — ranked-lists.ts, a dense ranking (6, 6, 7, 7, 8) read as one
  // 鹤山 事前评审 (header-row: null, expected 5) closed by grad44e (session 44): a review form's head, 评价内容 | 评价说明 | 专家组综合评价意见 over the items reviewed (review-form.ts)
  // 海南 公益林 目标表 family: its truth corrected to project-self-eval at graduation (lead, session 44): the same 评价报告 form as 海口 / 文昌 (grad44e-diagnosis.md)
  // 武穴 城乡垃圾 督查 (no-other-errors, code-sequence@A47): closed by grad44d (session 44): a numbered name opening with a unit's character (9、万丈湖办事处) is a label, and a skipped number printed on a line between is no misnumbering
  // 唐山 12345 月报 (expected-findings, total-mismatch@A1): closed by grad44d (session 44): a whole stated in text before its 其中 breakdown whose shares add up to 100 is the breakdown's sum (text-shares.ts)
  // cn-township-village-population-family-planning-target-assessment-scheme-excerpt (indicators, expected-findings, no-other-errors) closed by grad44f (session 44): a list whose first items lost their numbers (paragraph-list lostFirstItems), a rubric printed twice (rubric-summary.ts: the summary against its sections and the stated 千分制), a period's award above its share (period-shares.ts)
  // 四川 国土 网上公开 排名表 2011 (family, header-row): closed by grad44c (session 44) — ranked-lists.ts (地市名称 no unit head the words know); its parts summed by result-parts.ts
  // 宜春 12345 月报 (header-row 8, total 38447@A9): closed by grad44d (session 44): a breakdown by class with its whole stated once beside it (受理总量 merged down | 诉求来源 | 数量 | 占比 …), standing above the page's other list, is the sheet's table (breakdown-shares.ts)
  // 常州 2014 农机 目标分解 (family, header-row, indicators, expected-findings): closed by grad44a (session 44) — a head cell of a mangled entity ('?nbsp;') is blank, a label whose points' figure is lost ('?0分)', '?分)') states points (the items' column read), and is a non-numeric-value
  // 运城 商务 计分标准 (family, indicators, expected-findings): closed by grad44a (session 44) — a pasted list whose items state their points and their parts (two adding up) reads as a rubric; the parts, a full mark in words, one part above the points checked
  // cn-county-drug-control-work-assessment-measures-2014-trad-excerpt indicators and no-other-errors: closed by corpus54a (session 44): '2.6.26國際禁毒日…' is item 2 about a dated day (codes.ts datedDay), not a code 2.6.26
  // cn-county-drug-control-work-assessment-measures-2014-trad-excerpt total: closed by corpus54a (session 44): a truth slip of the batch — a blank rubric's '总分100分' is its stated whole (stated_weight_total), not a claimed score (claimed_total null, as every blank rubric's truth)
  // cn-township-statistics-work-target-management-assessment-measures-excerpt family and indicators: closed by corpus54a (session 44): 'l、' ranks as 1、 unless the list letters to k (paragraph-list LETTER_L_ONE), a first sentence '…记10分。' split by its clauses 6 + 4 is the item's 10 (splitAward), and a group whose items add up to its points exactly is a list (exactGroup)
  // cn-township-statistics-work-target-management-assessment-measures-excerpt total: closed by corpus54a (session 44): a truth slip of the batch — a blank rubric's '总分100分' is its stated whole (stated_weight_total), not a claimed score (claimed_total null, as every blank rubric's truth)
  // cn-township-to-village-annual-assessment-scoring-standard-lemon-excerpt no-other-errors: closed by corpus54a (session 44): the skipped 5、 is printed mid-line after a space (code-sequence inlineSkipped)
  // 衛福部 前瞻 第4期 分配表 (no-other-errors: total-mismatch@F13, @F17) closed by grad44e (session 44): a total covers its own group's lines, its 小計s and loose lines (nested-subtotals.ts)
  // 气象局 预报司 (family, indicators): closed by grad44b (session 44) — a headerless rule table whose items are unnumbered labels closing on their points (POINTS_LABEL, table-infer.ts), the groups left of them holding their points (groupsHoldItems)
  // 供电所 配电管理 (family, header-row, indicators): closed by grad44b (session 44) — a standard's 合计 printed first under 工作内容 | 考评标准 | 标准分 (totalPrintedFirst, standard-header.ts); section lines numbered one level up the outline ('一 | 基础资料管理 | | 80'), the last cut below its heading (pointed-label-lines.ts)
  // 岳阳县 2015 民政 (family, indicators): closed by grad44b (session 44) — an item's head sentence stating its worth, '①低保审批程序计3分。…' (HEAD_WORTH, paragraph-list.ts)
  // corpus54a's development entries (session 44), restored after the grad44 merges
  // cn-township-to-village-annual-assessment-scoring-standard-lemon-excerpt family, indicators and expected-findings: closed by dev44a (session 44): lettered rules 'A、…记N分' in a run under a numbered line are its items (paragraph-list letteredItems), a section over them checked where its rules already pass its points (75 over 15)
  // 进贤 卫生院院长 考核细则 (family, indicators): closed by dev46 (session 46) — a page cut after its first heading stating its points, its paragraph numbering the heading's parts each closed by points, is one item (paragraph-list.ts pointedClausesItem); '〔0.5分〕' a points bracket (normalize.ts SQUARE_POINTS)
  // jx-jinxian-township-health-centre-director-performance-assessment-rules-2021-excerpt (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — points 〔5分〕〔0.5分〕 and 加2分 rules under many rubric words (考核 细则 分值 加分)
  // tw-urban-rural-featured-industrial-parks-forward-phase1-budget-execution-2017-2018-trad total: closed by dev44b (session 44): the rate column printed without % dropped from the grand row, 預算數 = 實現 + 應付 + 保留 (grand-row-money.ts)
  { id: "tw-economic-development-fund-surplus-appropriation-budget-1999-trad", check: "total", why: "corpus54b development sheet (session 44, measured once on d864fe8b before any engine change): claimed total null@null, expected 7796429@B6 — family unknown (a 餘絀撥補 statement: sections 一、賸餘之部 … 六、 with sub-items (一)(二), amount | % pairs, an 增減 pair); its leading section line 一、賸餘之部 is not read as the table's total (the corpus convention of the 86年度 實質收支 table: the leading 合計 line)" },
  // tw-ocean-research-institute-commissioned-projects-budget-final-2019-2020-trad total: closed by dev44b (session 44): 件數 columns dropped, the latest period's (109年度) one budget column (grand-row-money.ts)
  // cn-2023-city-composite-index-scores-ranking-top73-excerpt family: closed by grad45b (session 45): a ranking printed without its heads read from its shape (ranked-lists.ts headlessRanking)
  // corpus55a (session 45): the development half of its batch, measured before any engine change (19710755)
  // 湖南城市学院 团委 (indicators): closed by dev46 (session 46) — a score printed once for a group of weighted lines (merged, on the first line, or on each) is the group's, no line's (group-scores.ts)
  // 涡阳 政务公开 测评 (family, header-row, indicators, total) and 香港社聯 評審準則 (family, header-row, indicators): closed by dev45b (session 45) —
  // criteria heads (評審準則, 评分因素, 评选标准, 测评指标…) a level word, share heads (評分比例, 所占比例) a weight, 失分原因 a reason, and a
  // head line's qualified total (测评总得分:, 得分:) the stated total (dev45b-diagnosis.md)
  // sc-dachuan-chenjia-township-food-safety-work-assessment-measures-2018-excerpt family: closed by grad46b (session 46): points closing the item bare after its last clause (trailingPoints), 100 = the items' sum
  // sc-dachuan-chenjia-township-food-safety-work-assessment-measures-2018-excerpt indicators: closed by grad46b (session 46): points closing the item bare after its last clause (trailingPoints), 100 = the items' sum
  // sc-dachuan-petition-work-comprehensive-performance-assessment-rules-excerpt indicators: closed by grad46b (session 46): a heading closed by 。 is the item at its own line (A5), its paragraph the rule
  // sc-dachuan-chenjia-township-food-safety-work-assessment-measures-2018-excerpt (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — items closing on '; 5分' under 总分100分
  // 花蓮縣 菸酒管理 預算明細, 航港建設基金 港灣建設計畫, 文化部 中長程計畫 (header-row): closed by grad45c (session 45) — a table
  // whose columns are periods (項目 | 97年度 | 98年度 …, 科目 | … | 115預算 | 114預算 | 114差異 | 114比例) is read from its period
  // heads and lines (period-table.ts), its named closing line over the run above it, its share line over its base, and
  // 差異 = 115預算 − 114預算, 比例 = 差異 / 114預算 with ROC years (period-change.ts; grad45c-diagnosis.md)
  // tj-wuqing-…-assessment-standard-excerpt family: closed by grad45b (session 45): a deduction standard read as its items without weights (deduction-standard.ts)
  // tj-wuqing-…-assessment-standard-excerpt header-row: closed by grad45b (session 45): a deduction standard read as its items without weights (deduction-standard.ts)
  // tj-wuqing-…-assessment-standard-excerpt indicators: closed by grad45b (session 45): a deduction standard read as its items without weights (deduction-standard.ts)
  // cn-agency-archives-work-target-management-scoring-standard-trad-excerpt (header-row, indicators, expected-findings, and its family without the title in the metamorphic files): closed by grad45a (session 45): a criterion column whose items close with their points ('…。1分') beside a score column is the items' column (closing-items.ts), their bracketed parts held against the points (rubric-points-mismatch closingParts)
  // cn-municipal-soe-annual-operating-performance-assessment-scoring-excerpt (indicators, and its family without the title in the metamorphic files): closed by grad45a (session 45): a bracket naming the item's worth with its word ('(基本分为30分)') states its points, the line the item; the 评议 table the paragraph introduces is passed over (paragraph-list.ts)
  // 湖南城市学院 团委 (no-other-errors): closed by dev45 (session 45) — a score merged down over lines one of which has content but no read points (the group cut after its third rule) stands against points not all known: score-exceeds-weight skips it
  // 邵阳 档案评估 (indicators): closed by dev45 (session 45) — a line keying the grades' bands (two bands at least, no number of its own: band-lines.ts) and a reviewer's opinion / signature / blank-date line (REVIEW_SIGN_OFF) close the table
  // 遂宁 法律七进 (indicators, no-other-errors): closed by dev45 (session 45) — one percentage for the whole table beside pointed labels is its share of a wider total, no weight column (share-column.ts); a cell holding a numbered list of its own (1.…(5分); 2.…) is the line's rule, the line takes its label's points (opensPointedGroup, itemWeightInLabel), and the next cell's numbering follows the list's last number (code-sequence ownListLast)
  // cn-city-investment-attraction-assessment-results-formula-scores-2024-excerpt (family, header-row): closed by grad46c (session 46): a result list of two units under a title naming an assessment reads (unit-results.ts MIN_TITLED_UNITS); each unit's 得分 against its items' results written in its 指标完成情况 cell (written-results.ts)
  // bj-fangshan-housing-construction-commission-petition-work-target-assessment-measures-excerpt family: closed by grad46b (session 46): glued lines cut apart (gluedLines), a lost number's dot an item, (共N分) a group's points, listed conditions over a shared deduction folded into the item's rule
  // bj-fangshan-housing-construction-commission-petition-work-target-assessment-measures-excerpt indicators: closed by grad46b (session 46): glued lines cut apart (gluedLines), a lost number's dot an item, (共N分) a group's points, listed conditions over a shared deduction folded into the item's rule
  // cn-town-forestry-greening-and-forest-chief-system-assessment-measures-2020-trad-excerpt family: closed by grad46b (session 46): a heading closed by 。 is the item at its own line; a run of items over their rules under 考核评分标准 is a list (ruledRun)
  // cn-town-forestry-greening-and-forest-chief-system-assessment-measures-2020-trad-excerpt indicators: closed by grad46b (session 46): a heading closed by 。 is the item at its own line; a run of items over their rules under 考核评分标准 is a list (ruledRun)
  // jx-shanggao-family-planning-aid-fiscal-eval-feedback-2023-excerpt (header-row): closed by grad46c (session 46): a result stated in a form's label | value pairs among pair lines in the same columns heads no table (recognise/index.ts pairedFormLine)
  // bj-fangshan-housing-construction-commission-petition-work-target-assessment-measures-excerpt (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — items '(9分)' and rules '扣5分' under 考核 / 计分标准 / 百分制
  // cn-city-investment-attraction-assessment-results-formula-scores-2024-excerpt (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — a head naming the assessed units and their 得分 over units with a score
  // cn-town-forestry-greening-and-forest-chief-system-assessment-measures-2020-trad-excerpt (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — items '1、組織領導(5分)' under 考核 / 評分標準
  // hk-hkpc-stf-fund-application-assessment-criteria-weights-two-project-types-trad (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — two weight columns adding to 1 each under 評審準則
  // tw-mrst-competition-scoring-items-weights-trad (family): closed by fam46 (session 46): the evidence fallback (families/evidence-fallback.ts) names it from its whole text — weights closed by 總計 | 1 under 評分項目
  // corpus46a (session 46): the development half of its batch, measured before any engine change (cac58165)
  // corpus46b (session 46): the development half of its batch, measured before any engine change (8b98abbb)
  // 娄星 2017-04 header-row: closed by res46 (session 46) — several tables on one sheet: the ranking above the 乡镇 list (合计得分 ranked by 排名 under a two-line head) is the sheet's first table and its head the header (several-tables.ts)
  // 娄星 2017-04 (expected-findings): closed by the lead (session 46) — a number with its point doubled ('86..67') among its column's numbers is reported as garbled (non-numeric-value)
  // 围场 公厕 (family, indicators, total), 昌宁 供销社 (family, indicators, total, expected-findings), 海南 日间照料 (family,
  // no-other-errors) closed by rep46 (session 46): report-scores.ts reads a 绩效自评/评价报告 printed as paragraphs (family,
  // scores in heads and sentences, whole, grade, prose 执行率); code-sequence closes runs under a head run on mid-line
  // 香港 生產力促進局 基金 評審準則 (family, header-row, indicators): closed by grad46a (session 46) — a list of criteria weighted once per project type read by its numbers (criteria-weights.ts: each column of shares adding up to 100%), the first column the weight, the second parallel, a blank share a criterion that type does not weigh
  // 台灣 競賽 評分項目 | 比重 (family, header-row, indicators, expected-findings): closed by grad46a (session 46) — a criteria list read by its numbers under a total line printing the whole (criteria-weights.ts), the blank share a criterion with no weight; 30 + 40 = 70 against 總計 100% flagged at B8
  // 南通 高发事、部件 header-row: closed by res46 (session 46) — blocks side by side under one head line (the heads of a block repeated a block's width right, a name and numbers under each half): that line the header (side-blocks.ts)
  // 洛阳 2012q3 安全生产 排名 (family, header-row): closed by grad47a (session 47) — a ranking by place only read as the class (place-rankings.ts: rank head + unit head, places a competition/dense sequence, prose naming a ranking above)
  // 连云港 2020-09 数据质量 (family, header-row, expected-findings): closed by grad47a (session 47) — a parts-and-total list read on its heads (subset-totals.ts), its 数据质量总分 the sum of the varying parts and the constant columns the lines bear out (I18 flagged)
  // 連云港 2022-08 繁體 (family): closed by grad47a (session 47) — one list printed two units a line (wrapped-lists.ts), ranked over both blocks per table
  // 云南 粮食风险基金 (family): closed by rep47 (session 47): a head is the kind it names last (二、绩效目标完成情况分析: 完成情况), three kinds with two of its performance over its money stated
  // 云南 粮食风险基金 (expected-findings): closed by rep47 (session 47): its family read, its prose rate A6 (104880.14 / 20971.00 = 500.12%, not 400.12%) is read by reportRates and flagged
  // 第十四师 农机购置补贴 (expected-findings): closed by rep47 (session 47): the allocation reader takes 其中包括 and a carried-over 结余资金 part; A16 60 against 60 + 12.664 flagged
  // 騰沖 林草局 (total): closed by rep47 (session 47): a self-eval family in prose stating its result is read as a report (statedReport), its whole 97@A6 by reportResult
  // corpus47a (session 47): the development half of its batch, measured before any engine change (69e2f007)
  // ha-xuchang-digital-city-management-group-scores-2021-10-excerpt family: closed by fb47 (session 47): the bracketed figures are units' scores (fractions no rubric gives, 60+ not round), no rubric by points
  // nm-bayannur-needy-relief-fund-selfeval-2023-excerpt (family): closed by grad47b (session 47): a report without its title named by three kinds of its sections, two of them its performance's (绩效目标…, 绩效情况…), over money allocated in a sentence (report-scores.ts reportKind); the allocation '…35331.2万元,其中,A N万元;…' read as a sum (sentence-sums.ts allocations)
  // nm-hohhot-masked-county-water-development-fund-selfeval-2023-excerpt (family, expected-findings): closed by grad47b (session 47): its title line '绩效自评报告' with money allocated in its sentences names the report (report-scores.ts reportKind); '下达…2263万元。其中:A N万元,…' read as the whole and its parts, 2253 ≠ 2263 flagged (sentence-sums.ts allocations)
  // sh-overseas-chinese-affairs-office-domestic-work-eval-report-2017-excerpt (total): closed by grad47b (session 47): the one line stating the whole with its grade ('绩效评分为83.8分,评价结果为:良') is the report's total and grade (report-scores.ts reportResult)
  // cn-business-environment-private-entrepreneurs-34-city-ranking-2019-trad-excerpt family, header-row: closed by grad48b (session 48): ranked-lists.ts reads a ranking whose last line is cut after its place (28 | | ), header 10
  // corpus48a (session 48): the development half of its batch, measured before any engine change (552eab1f; corpus48a-diagnosis.md)
  // gd-qingyuan-liannan … expected-findings closed by prose48 (session 48): a rate stated with its two amounts is read on any sheet (计划 … 完成 … 完成率, 亿元)
  // corpus48b (session 48): the development half of its batch, measured once before any engine change (corpus48b-diagnosis.md)
  { id: "hb-provincial-red-cross-project-selfeval-summary-2019-excerpt", check: "family", why: "corpus48b development sheet (session 48, measured once before any engine change): family dept-self-eval, expected project-self-eval — a unit's notice summarising its project self-evaluations in prose ('部门决算中项目绩效自评结果', then one sentence per project: '项目全年预算数1290.00万元,执行数为1206.01万元,资金执行率为93.49%'); the attachment line naming a '部门整体绩效自评表' and the '单位组织对…项目支出全面开展绩效自评' opening weigh for the department family, the per-project rate sentences are not read as the evidence of project reports; since grad49a (session 49) it reads unknown: its head '二、部门决算中项目绩效自评结果' names projects' evaluations, which outranks the one '部门整体' phrase of the attachment line (document-text.ts departmentFundsBesideTitle), but nothing weighs for project-self-eval enough" },
  // he-tourism-development-fund-transfer-key-eval-report-2018-excerpt family: closed by fam48 (session 48): the PDF text layer read as its lines, its title and body words
  // he-tourism-development-fund-transfer-key-eval-report-2018-excerpt total: closed by rep48 (session 48): a report is read on its family's evidence (documentReportKind, the document's lines), so A3's 84.13 / 良 is its stated result whatever line names it
  // nm-linhe … no-other-errors closed by the lead (session 48): a total's 其中 list ends where the next sentence runs on with no mark
  // sd-jining-civility-index-street-township-scores-2017-08-excerpt family, header-row: closed by grad48b (session 48): subset-totals.ts reads parts stating their shares (原始得分 | 加权得分(85%) under 实地考察 / 问卷调查), header 4, total = Σ weighted parts, weighted = raw × share
  // hn-nanxian-fishery-enforcement-funds-eval-report-2021-excerpt family: closed by fam48 (session 48): the one-cell document read as its lines (glued title, heads at its line breaks; families/document-text.ts)
  // cn-district-medical-insurance-special-funds-monitoring-report-excerpt-trad (expected-findings): closed by grad48a (session 48): a total stated again over a 其中 list's K parts ('共计N万元,计划用于6类') against their sum, prose-counts.ts restatedTotals
  // hn-nanxian-finance-bureau-dept-eval-report-2020-excerpt (total): closed by grad48a (session 48): the evaluation's whole words before a score ('综合评分为97分') read by reportResult, prose-counts.ts statedWholeScore
  // hn-nanxian-finance-bureau-dept-eval-report-2020-excerpt (expected-findings): closed by grad48a (session 48): a count before the names it counts ('10个,即 a、b、…' naming nine), prose-counts.ts countedLists
  // 衢江 expected-findings: closed by dev48a (session 48): the 增减% line under 2015年 / 2016年 read as (later - earlier) / earlier per column within the amounts' rounding (F11), the bracketed 其中 list after 995万元 (A1)
  // 衢江 no-other-errors: closed by dev48a (session 48): a line naming a rate of change (增减%) is no sum's part or total (change-rate-lines.ts)
  // 施甸 total: closed by dev48a (session 48): 本年决算数 beside 上年决算数 is the current period's column, as 本年预算数 is (C6)
  // 连南 family: closed by dev48a (session 48): a progress bulletin in sentences is monitoring (families/progress-bulletin.ts)
  // 萧县 family: closed by dev48a (session 48): as 连南 (families/progress-bulletin.ts)
  // gs-linxia … no-other-errors closed by prec49 (session 49): an amount named as due (全年应执行数) is the base of a report's 执行率, never the executed one (prose-rates.ts reportLineRate)
  // hn-yongxing … no-other-errors closed by prec49 (session 49): a 其中 list cut at ';' whose next clause carries on with parts of the same kind is read on; the reading that adds up is kept (sentence-sums.ts runOnParts)
  // 湘潭 重点民生实事 (expected-findings, A4): closed by grad49b (session 49): counts of a whole the sentence states, each with its share (relations/stated-whole-shares.ts)
  // 鄂尔多斯 三公 (expected-findings, A5): closed by grad49b (session 49): a part's change between two stated lists, 12.39 − 11.8 (relations/list-changes.ts)
  // corpus49a (session 49): the development half of a batch of department-money notes and progress bulletins, measured once before any engine change
  // bj-cas-semiconductors-budget-execution-2016-07 family: closed by fam49 (session 49): a budget-execution progress notice in sentences — a period inside the year and three clauses of spent so far / share of the budget / against 序时进度 (progress-bulletin.ts executionNotice)
  // 英德 三公 (expected-findings, A2): closed by grad49c (session 49): a part's amounts for two years in one clause, then their change (relations/inline-changes.ts periodChangesOf: 12.5 − 8 = 4.5, not 4.35)
  // 永川 三公 决算 2020 (header-row, total): closed by dev49 (session 49), reverted, revived by dev50 (session 50) — 经费项目 an expense list's item head, 总“三公”经费支出 at the list's foot its named whole, 公务用车购置及运行维护费 over its two named part lines counted once (joined-parts.ts)
  // gs-lanzhou-major-projects-progress-2016-07 family: closed by fam49 (session 49): a done amount's share of the year's plan ('完成投资343.19亿元,占年度投资计划的44.51%') is a progress clause (progress-bulletin.ts DONE_RATE)
  // corpus49c (session 49): the development half of its batch, measured once before any engine change (corpus49c-diagnosis.md)
  // 湘潭县 问卷 (expected-findings, A7): closed by grad49c (session 49): a survey's respondents stated once (A3, 258名) are the whole of each question's counts below (relations/stated-whole-shares.ts surveyWhole: 140 / 258 = 54.3%, not 55.1%)
  // nm-linhe-medical-security-medical-aid-transfer-selfeval-report-2023-trad-excerpt family: closed by fam49 (session 49): a report cut before its result whose writer says it self-evaluated a named fund ('我局对…转移支付资金开展了绩效自评') under two report heads (document-text.ts evaluationReportProse FUND_SELF_EVALUATED)
  // gs-linxia-disabled-veterans-nursing-fee-selfeval-report-2023-excerpt family: closed by grad49a (session 49): its title broken over two lines read as one (broken-title.ts), and the title naming a project's evaluation outranks the body's one '部门整体' phrase (document-text.ts departmentFundsBesideTitle)
  // gs-wushan-fire-rescue-brigade-dept-selfeval-rectification-report-2024-excerpt family and total: closed by grad49a (session 49): its two-line title read as one (broken-title.ts) names the department's budget evaluated as a whole (DEPT_WHOLE_TITLE), a 整改报告 is a report (REPORT_TITLE); the sentence score A4 is read as the dept report's total
  // hn-xiangtan-key-livelihood-projects-progress-2019-10 family: closed by grad49a (session 49): works counted by progress status with their shares ('3项进度偏慢,占比20%') are progress clauses (progress-bulletin.ts STATUS_SHARE)
  // sx-jincheng-qinshui-county-key-projects-investment-2021 family: closed by grad49a (session 49): a progress bulletin's period may run to the year's end (1-12月份, 截止目前) where its text says it reports progress (progress-bulletin.ts YEAR_SO_FAR)
  // ah-shouxian-media-center-central-transfer-selfeval-report-2019-excerpt expected-findings closed by grad50a (session 50): the 公共 guard reads on to 共计, the ';' list cut after its first part is read on (1586.8 vs 1586)
  // fj-fuzhou-direct-funds-allocation-payment-2021-01-08-trad expected-findings closed by grad50a (session 50): doubled marks collapsed, each part's own rate out, 亿元 read, 中央 / 地方 a complete pair (74.80 vs 75.20)
  // gd-provincial-red-cross-accounts-funds-goods-2013-news-excerpt expected-findings closed by grad50b (session 50): relations/joined-wholes.ts reads '资金和物资…共支出' as the sum of the 资金 and 物资 支出 stated in the rows above
  // gx-baise-lingyun-procurement-and-investment-review-2018 expected-findings closed by grad50b (session 50): relations/stated-differences.ts reads 送审 / 审定 / 审减 / 审减率 as a difference and its rate
  // session 50, corpus50b (development half, measured on 9516a2cf before any engine change):
  // cn-city-farm-mechanisation-irrigation-station-investment-2016-trad expected-findings: closed by the lead (session 50): a whole's change in per cent alone between it and 其中 ('5908萬元,同比增長50%。其中') is taken out as its rate is, and 高标准农田 in a part's name is no standard (sentence-sums.ts RATE_TAIL, PART_CHANGE)
  // cn-county-investment-promotion-self-inspection-report-excerpt expected-findings: closed by prose51 (session 51): one 其中 list read kind by kind, each ';' group a count and an amount (8.29亿元 against 6.14 + 0.891 + 1.31; 109 = 35 + 18 + 56), recognise/sentence-breakdowns.ts
  // corpus50a (session 50): the development half of the batch, measured once on a33d4538 before any engine change
  // gz-key-projects-hundred-day-campaign-progress-2015-09 family: closed by grad50c (session 50) at its merge with corpus50a: a 目标 | 完成 | 完成比例 table is a progress table (progress-table.ts)
  // 长安 医保局 自评结果公开汇总表 family + header-row closed by grad50c (session 50): a list of projects each with its 自评得分, project-results.ts
  // 湘西 重点项目简讯 family + header-row closed by grad50c (session 50): a progress table 年投资计划 | 完成投资额 | 年计划投资完成率, progress-table.ts
  // 湘西 expected-findings passes since grad50c (session 50) through the truth's alt cell E18 (ratio-mismatch): the table's rates are read (92.0 / 156.7 = 58.71%, printed 58.8%, flagged — the truth's 'acceptable'); the paragraph-against-table relation (A5's 州直 / 县市区 split) is still not read
  // 上海 实事项目完成情况 family + header-row closed by grad50c (session 50): a completion table 完成情况 | 占全年计划, the plan in each name, progress-table.ts
  // 昆明 总工会 送温暖 total closed by grad50c (session 50): '最终评价结果为98分' read as the report's whole (report-scores SCORE, prose-counts WHOLE_SCORE)
  // 濮阳 3月 收支 (no-other-errors): closed by prec50 (session 50): a 累计 pairs only with the 当月 under its own group head (group-heads.ts)
  // 司法院 附表2 (header-row): closed by prec50 (session 50): 執行率% and 可支用預算數 read as rate and plan, the rate columns' head (rate-columns-head.ts)
  // qh-key-projects-progress-september-excerpt family: closed by mon50 (session 50): 占年度目标任务 / 完成年度目标任务的 / 开复工率 count as progress clauses (progress-bulletin.ts)
  // qh-key-projects-progress-september-excerpt expected-findings: closed by mon50 (session 50): a done amount's share of the plan stated earlier in other words (recognise/plan-shares.ts)
  // session 51, start (grad51): session 50's held-out sheets graduated from validation/, measured on bb170575 before any engine change
  // gd-shenzhen-procurement-centre-monthly-2020-01-trad-excerpt header-row: closed by fam51 (session 51): a table above the list read under the same column heads is the sheet's first table (several-tables.ts earlierSameHead)
  // gz-qianxinan-key-projects-investment-progress-2020-06-trad-excerpt family: closed by fam51 (session 51): a progress table's head read without the unit it ends with (1-6月底累計完成投資(萬元) | 完成投資占年度投資目標的比例(%)), progress-table.ts
  // gz-qianxinan-key-projects-investment-progress-2020-06-trad-excerpt header-row: closed by fam51 (session 51): the progress table read under its caption (表2:), the first captioned table above it (表1: over its head and lines) is the sheet's first table (several-tables.ts earlierCaptionedHead)
  // xj-kizilsu-consolidation-projects-progress-2021-09-excerpt family: closed by fam51 (session 51): 完工率 / 验收率 are progress clauses of a bulletin (progress-bulletin.ts DONE_RATE)
  // session 51, corpus51b (development half, measured on aed9c69c before any engine change; corpus51b-diagnosis.md)
  // js-lianyungang-guanyun-welfare-lottery-funds-use-2024-excerpt expected-findings: closed by rep51 (session 51): a project's 执行率 / share read against the amount its name is given in another paragraph (named-amount-rates.ts)
  // js-lianyungang-guanyun-welfare-lottery-funds-use-2024-excerpt no-other-errors: closed by rep51 (session 51): a share whose word names money (资金量占比) or that follows an amount is no share of the count (stated-whole-shares.ts)
  // corpus51a (session 51): the development half of the batch, measured once on c801f30b (engine bb170575) before any engine change
  // hb-huangshi-highway-bureau-maintenance-projects-selfeval-2020-excerpt total: closed by rep51 (session 51): a bare 自评得分, the report's only score, under a head naming the result or a title naming the self-evaluation (bare-whole-score.ts)
  // ah-provincial-twelve-livelihood-projects-funds-disbursed-2007-08 expected-findings: closed by grad51a (session 51): a share of a whole stated earlier whose words the base's name abbreviates (筹资 in 共需筹集资金), its 其中 parts between (plan-shares.ts namedWholeShares)
  // gz-qianxinan-key-projects-investment-progress-2020-06-trad-excerpt expected-findings: closed by grad51a (session 51): a share whose base is in brackets after its name, '為X(Y億元)的Z%', chained shares of one amount (plan-shares.ts bracketShares)
  // xj-kizilsu-consolidation-projects-progress-2021-09-excerpt expected-findings: closed by grad51a (session 51): parts' rates in brackets after the whole's rate over the parts' counts stated above; the rate no whole count gives against the others' remainder (part-rates.ts)
  // yn-honghe-data-development-centre-project-selfeval-report-2024-excerpt expected-findings: closed by rep51 (session 51): a count's whole over its parts named by time, 年初 + 年中增加 (period-count-parts.ts)
  // sx-lvliang-disabled-federation-one-card-central-subsidy-list-2021 header-row: closed by hdr51 (session 51): a numbered list of words (序号 head, list nouns, lines from 1 filling its columns) heads its sheet, word-list.ts
  // gs-tianshui-municipal-kindergarten-final-accounts-2017-trad-excerpt expected-findings: closed by grad51b (session 51): a completion of the budget against a stated excess of the 决算 in one sentence (relations/budget-excess.ts)
  // session 52 (lead): session 51's 10 held-out sheets graduated from validation/ (measured on bc0a2531 just before the move: family 8/10, recall 0/1)
  // session 52, corpus52a (development half, measured once on 6837a9da, engine f4ffc762, before any engine change; corpus52a-diagnosis.md)
  // sc-mianyang-science-tech-bureau-project-funds-selfeval-report-2021-excerpt expected-findings: closed by rep52 (session 52): 总预算 a whole's word, and a two-part 其中 list whose sentence counts and names its kinds (A、B二类支出) must add up (complete-parts.ts namedKinds)
  // fj-ningde-fuan-archives-special-funds-performance-report-trad-excerpt family: closed by grad52 (session 52): the body's statement of the evaluation it reports (现将…绩效评价情况汇报如下) over its heads, no monitoring words, outweighs a title naming a monitoring (families/report-statement.ts)
  // sc-transport-dept-ordinary-highway-construction-annual-progress-2020 family: closed by grad52 (session 52): what is done to date (累计) against the year's targets part by part (分别占…目标(…)的r1%r2%…) is a bulletin at the year's end, 截至12底 read as 12月底 (progress-bulletin.ts PART_SHARES; list-shares.ts reads the shares)
  // sc-suining-chuanshan-direct-funds-allocation-payment-excerpt expected-findings: closed by grad52 (session 52): amounts with '.' as the thousands separator (text/dot-grouped.ts) and rates in a chain over the base stated first (prose-rates.ts overOneBase)
  // session 53 (lead): session 52's 9 held-out sheets graduated from validation/ (measured on b88178b2 just before the move: family 6/9, recall 0/1, precision 0/1); three truths' prose money wholes set to claimed_total null (corpus convention)
  // 江门 重点项目 1-3月 (family, expected-findings): closed by grad53 (session 53) — a progress bulletin's clauses: the plan's count
  // then the count started ('计划新开工项目270项,实际已开工129项'), the share of the year's plan in its own clause ('为年度投资计划的
  // 30.90%'), progress against 时间进度 ('超过时间进度5.90个百分点': progress-bulletin.ts AGAINST_TIME); a rate a writer states after
  // two exact counts is rounded, not truncated (RatioRelation.countsRounded, tolerance.ts): 47% for 129 / 270 = 47.78% is flagged
  // 福田 救助资金 and 梧州 医保 (family): closed by grad53 (session 53) — a numbered head naming a project's (a fund's) evaluation
  // results ('四、资金绩效评价结果', '(二)项目支出绩效自评结果') over the results read out (indicator categories as heads, projects
  // graded, a self-evaluation's score or an execution rate), no monitoring's words: results-sections.ts
  // 梧州 医保 (no-other-errors): closed by grad53 (session 53) — a 其中 list closed by '。' that does not add up is no longer read on
  // into a sentence opening another cut of the items ('项目中,敏感涉密项目0个,涉及资金0万元': sentence-breakdowns.ts SUBSET_OPENER);
  // its two parts (本级, 对下转移支付) leave the 二层单位's projects unsaid and may fall short of 656.93
  // 西夏区 收入执行情况表 (header-row): closed by grad53 (session 53) — a period table whose first line lost its name (the whole, '|
  // 49,171 | 51,385 | …') opens as any where named lines follow; a header of several lines is named by its top line (period-table.ts)
  // session 53, corpus53a (development half, measured once on 887d78ce, engine 72a4332d, before any engine change; corpus53a-s53-diagnosis.md)
  // (dev53 closed the family entry: 投入 as done money where it is a share of the year's plan, 開(復)工率 a start rate)
  // (hl-harbin expected-findings: closed by rel54 (session 54) — the whole's share against the plans its parts' shares imply,
  // recognise/prose-part-shares.ts)
  // session 53, corpus53b (development half, measured once on ba0b77d1, engine 72a4332d, before any engine change; corpus53b-session53-diagnosis.md):
  // its three entries closed by dev53 (bj family: a year's completion against its plan; 塔城 header-row and total: '塔城市合计2个')
  // session 54 graduation: session 53's held-out split (10 sheets) moved to real/ (measured just before on bea19e8f, engine a532df86:
  // family 6/10, recall 0/3, precision 0/0); the checks that fail are listed with their causes
  // (grad54 closed five: 青海's quarter progress, 上海's 为计划的 list and 胡杨河's 完成年度目标任务…的% read as monitoring (progress-
  // bulletin.ts), 文成's results 通报 as evaluation-summary with its 序号|单位|项目|评价档次 head at row 6 (RESULT_LIST_HEADER))
  // (gz-qianxinan and hl-jiamusi expected-findings: closed by rel54 (session 54) — a count of things falling short over the ways
  // they fall short, recognise/prose-shortfall-counts.ts; a 其中 count whose parts each name their items one by one must add
  // up, sentence-breakdowns.ts namedItems; jl-jilin: a unit written twice in a list of pairs at one rate, prose-unit-pairs.ts)
  // session 54, corpus54a (development half, measured once on 6fbabb54, engine 8854f548, before any engine change; corpus54a-s54-diagnosis.md)
  // (sc-dazhou total, xz-tibet expected-findings, he-commerce total: closed by rel55 (session 55) — graded-score.ts, announced-parts.ts,
  // amountListHead skipping text rates)
  // session 55 graduation: session 54's held-out split (10 sheets) moved to real/ (measured just before on a458c29a: family 7/10,
  // recall 0/1, precision 0/2, as at session 54's end); hn-changsha's truth lists its cut row 9 (分值 2 printed, 得分 past the cut)
  // (hi-dongfang no-other-errors: closed by prec55 (session 55) — a group weight column repeating each line's own weight holds copies, not totals (group-weight-copies.ts); the 总分 line checked per level (level-totals.ts))
  // corpus55a (session 55): development sheets, measured once before any engine change (corpus55a-s55-diagnosis.md); 29 of 30 checks pass
  // ah-wuhu-wuwei-… expected-findings: closed by dev55 (session 55): '超任务43%' against the report's one task (115户) and one done count (264户) is read and flagged (recognise/task-completion-rates.ts)
  // session 55, corpus55b (development half, measured once on a189edf1, engine = start commit 420788fd, before any engine change; corpus55b-s55-diagnosis.md)
  // nx-wuzhong-hongsibu-… total: closed by dev55 (session 55): '总得分为72.21分' at its clause's start above the table is the total (vocabulary.ts STATED_TOTAL_IN_SENTENCE)
  // yn-honghe-grain-… family: closed by dev55 (session 55): '绩效单位自评' names the self-evaluation (report-scores.ts SELF_SCORED)
  // session 56 graduation: session 55's held-out split (10 sheets) moved to real/ (measured just before on 7c4630ce: family 10/10,
  // recall 0/2, precision 0/1, as at session 55's end); hn-yueyanglou's truth header_row 17 → null (only fund blocks, the convention)
  // (cn-county-farm-machinery-… expected-findings: closed by rels56 (session 56) — a whole printed in 元 whose parts in 万元 add up to it in 万元 is a unit slip: whole-unit-slips.ts)
  // (cn-moe-student-financial-aid-… expected-findings: closed by relr56 (session 56) — a growth over last year, count − increase as the base: relations/prose-growth.ts)
  // (cn-moe-student-financial-aid-… no-other-errors: closed by rels56 (session 56) — '1000.53萬學生' is a count of students, no money: prose-rates.ts COUNTED_AFTER_BIG)
  // sc-suining-daying-… total: closed by dev56 (session 56): '整体绩效自评分95分' — the whole's words before a 自评分 run together — states the report's whole (prose-counts.ts WHOLE_SCORE)
  // session 56, corpus56a (development half, measured once on 35f601f6, engine = start commit ae67239e, before any engine change; corpus56a-s56-diagnosis.md)
  // gx-agricultural-… family: closed by dev56 (session 56): the transfer template's own first section head ('一、绩效目标分解下达情况', the report's account of how the targets were passed down — no fund notice heads a section so) names a title-less report (families/transfer-template.ts)
  // yn-baoshan-archives-… expected-findings: closed by dev56 (session 56): a count costed at its per-unit standard in one sentence ('合计共132697卷 … 每卷(册)2元的标准测算,争取到…21.44万元') is a product relation (unit-standard-costs.ts), 132697 × 2元 = 26.54万元 flagged (truth: alt_rules total-mismatch, the rule of a product in prose as ln-disabled's 260元/车)
  // session 56, corpus56b (development half, measured once on 1b8cea93, engine = start commit ae67239e, before any engine change; corpus56b-s56-diagnosis.md)
  // sc-bazhong-bazhou-marriage-… expected-findings: closed by unit56 (session 56): a 其中 list of one part equal to its whole in a unit 10^4 off, '合计69.33万元,其中:…收入69.33元,占100%' (whole-unit-slips.ts onePartUnitSlip); its doubled 收、支总计 138.83 closed by dev56
  // hn-yiyang-yuanjiang-… no-other-errors: closed by dev56 (session 56): a list restarted under a new head as '1、' then '2.' goes on in the level's other mark, not the earlier 1.–4. list (code-sequence.ts restartedInOtherMark)
  // session 57 graduation: session 56's held-out split (10 sheets) moved to real/ (measured just before on 8b0e7880: family 8/10,
  // recall 1/1, precision 1/2, as at session 56's end)
  // bj-chaoyang-federation-… no-other-errors: closed by scan57 (session 57): counts joined by 和 / 及 / 、 make one whole ('九个协会和一个艺术团' = 10 against the 10 names; recognise/joined-counts.ts)
  // tj-baodi … eval-report-2019-excerpt (family): closed by fam57 (session 57) — the document site's blurb is read as the document's name, not its lines, and the report's vocabulary (资金使用/管理, 项目概况, 绩效评价) names it (families/document-site.ts)
  // xz-nyingchi-radio-tv-village-coverage-maintenance-selfeval-report-2024-excerpt total: closed by dev57 (session 57): '逐项自评打分,自评分数100。' under '(一)自评分数。' — a bare score without its 分 closing its sentence (closing-unitless-score.ts)
  // yn-kunming-xishan-yongxinglu … project-report-2022-excerpt (family): closed by fam57 (session 57) — a project's report by its section heads (overview, funds spent, execution) and its spending stated (families/project-report-heads.ts)
  // session 57, corpus57a (development half, measured once on 59e52a40, engine = start commit 1af64191, before any engine change; corpus57a-s57-diagnosis.md)
  // ah-xuancheng-jingxian-… expected-findings: closed by dev57b (session 57): a fund's whole in one paragraph and its allocation list, with no whole of its own, in a later one ('…体育强省(快乐健身)专项资金63.2万元。' … '…体育强省资金安排是:…12万元。', the fund's name in both, no amount between) read as that whole's breakdown (later-allocation-lists.ts): 59.2 against 63.2 flagged at A20 (alt cell)
  // nx-wuzhong-tongxin-… family: closed by dev57b (session 57): a notice of the targets set ('…项目绩效目标设定的公示'), its targets in sentences with their operators and values, nothing done reported, declares targets (families/target-notice.ts)
  // session 57, corpus57b (development half, measured once on a30be130, engine = start commit 1af64191, before any engine change; corpus57b-s57-diagnosis.md)
  // sd-disabled-persons-federation-… family: closed by dev57b (session 57): a department's report by its section heads, no title line (部门概况 / 部门预决算情况 / 部门整体绩效目标 with its 执行率 stated — families/dept-report-heads.ts, as fam57's project-report-heads.ts)
  // hn-yueyang-yueyanglou-cppcc-… expected-findings: closed by dev57b (session 57): '主要项目:' announces the whole's main items (announced-parts.ts, sample: they may not exceed it) — 183 listed under 180 flagged at A7
  // sh-jiading-justice-bureau-… header-row: closed by dev57b (session 57): a table of items as columns split into alternating 预算数 | 决算数 over a line of bare amounts (paired-columns-head.ts), its head's top line 3
  // session 58 graduation (session 57's held-out sheets)
  // fj-xiamen-civil-affairs-welfare-lottery-fund-allocation-use-announcement-2021-mirror total: closed by dev58 (session 58): a document's tables, each the detail of its own paragraph (the next table's 合计 480 stated in the paragraph over it, '…补贴480万元。'), and the first 合计 line holding no later table's total: the first table's 合计 3639.66 closes its section's table, not the sheet (separate-tables.ts)
  // yn-kunming-xundian-justice-bureau-three-public-expenses-final-2018-excerpt expected-findings: closed by rel58 (session 58): an item's change and rate, its amount stated in another clause ('公务用车购置及运行费支出决算为4.81万元' … '…增加0.57万元,增长12.47%': 0.57 / 4.24 = 13.44%) — named-item-rates.ts, ratio-mismatch at A6
  // session 58, corpus58b (development half, measured once on 67db5ec9, engine = start commit ca84a5a6, before any engine change; corpus58b-s58-diagnosis.md)
  { id: "gx-beihai-drug-rehabilitation-centre-unit-budget-2024-excerpt", check: "header-row", why: "a two-line table inside prose of a unit's code, name and place (单位代码 | 单位名称 | 单位驻地 over 129009 | … | 北海市), no amounts, is not read as a table: null (truth 13); null too for the table alone and with a third line" },
  // ha-jiaozuo-wenxian-funeral-home-dept-budget-2021-excerpt family: closed by dev58 (session 58): a table of contents' entries (under '目 录', '附件:' with no number opening its tables' entries, the body repeating an entry '一、主要职能') are no headings nor a declaration's fields (contents-lines.ts withoutContents; features.ts, target-declaration.ts declaredByHead)
  // sd-red-cross-society-dept-overall-performance-eval-2021-excerpt family and indicators: closed by fam59 (session 59): a report's heads read above a small table closing it (≤8 lines under its header: 指标分类 | 指标 | 目标值, three targets) — families/report-heads.ts; its target lines 11-13 read as indicators under dept-self-eval
  // sd-red-cross-society-dept-overall-performance-eval-2021-excerpt no-other-errors: closed by the lead (session 58): a bracket naming a deduction (累计折旧, 摊销, 减值) states a net = gross − deductions, no parts (sentence-breakdowns.ts DEDUCTION)
  // session 58, corpus58a (development half, measured once on 345e835a, engine = session 58's start commit ca84a5a6, before any engine change; corpus58a-s58-diagnosis.md)
  // cq-tongnan-… total: closed by rel59 (session 59): report-scores SCORE and prose-counts WHOLE_SCORE take 评分结果 ('最终评分结果为90分')
  // sd-provincial-high-standard-farmland-funds-full-cycle-tracking-eval-2021-2022-excerpt family: closed by fam59 (session 59): an evaluation report by its heads — the evaluation's own work (二、绩效评价工作开展情况 / (一)评价的范围和目的) under the project's (项目基本情况, 项目预算…), its sentence's '截至2022年7月底' outranked by them (project-report-heads.ts, report-heads.ts)
  // session 59 graduation (session 58's held-out sheets; measured just before on 0b384ece: family 8/10, recall 1/2, precision 1/2)
  // sc-dazhou-kaijiang-… expected-findings: closed by rel59 (session 59): a 其中 list whose last part names the rest (其他事业单位0个) names every kind and must add up (sentence-breakdowns.ts) — 1 ≠ 0 + 0 + 0 flagged at A7
  // ah-chuzhou-… total: closed by dev59 (session 59): the one column whose head names the line's whole (奖补金额合计) is the 合计 line's total (amountListHead)
  // xj-tacheng-yumin-… family, indicators, total, no-other-errors: closed by dev59 (session 59): numbered paragraphs each stating its own total score are peers, an evaluation-summary (peer-results.ts)
  // yn-honghe-grain-reserve-bureau-projects-selfeval-report-2024-mirror-excerpt family: closed by fam59 (session 59): a project report's opening by its heads — (一)项目概况 / 1.立项背景 over the year's money as it went (年中追加项目资金), its sentence's '一般公共预算财政拨款收入' outranked by the 立项 head (project-report-heads.ts); the mirror's advertisement in its first sentence votes for nothing
  // cn-china-meteorological-… expected-findings: closed by rel60a (session 60): a count of units over its parts by consecutive levels under 包括 (recognise/level-counts.ts) — total-mismatch at A4, 2868 ≠ 2867
  // session 59, corpus59a (development half, measured once on bc005b1b, engine = session 59's start commit aa642b93, before any engine change; corpus59a-s59-diagnosis.md)
  // hn-yiyang-taojiang-… expected-findings: closed by rel60a (session 60): parts named by the ranks of one title scale are read however far over their whole (recognise/rank-parts.ts) — total-mismatch at A7, 4 < 1 + 5
  // hn-xiangxi-luxi-… expected-findings: closed by rel60a (session 60): a per-unit rate, a count and its result (recognise/per-unit-products.ts) — unit-mismatch at A30, 12.78kg for 12.78万kg
  // session 60 graduation (session 59's held-out sheets; measured just before on 7d2e1dee: family 10/10, recall 3/4, precision 4/9, strict 3/9)
  // hn-yiyang-senior-technical-school-… no-other-errors: closed by dev60 (session 60): an indicator table none of whose lines is scored is a form not scored, whatever its 资金 line holds (missing-score)
  // xz-party-committee-political-legal-affairs-commission-… no-other-errors: closed by dev60 (session 60): a list of published tables under their heading keeps the standard set's numbers (table-list.ts)
  // xz-party-committee-… expected-findings: closed by rel60a (session 60): paired wholes, changes and rates under 各 are read pairwise (relations/paired-changes.ts) — ratio-mismatch at A15 twice (22.97% and 45.14%)
  // session 60, corpus60a (development half, measured once on 1bccf367, engine = session 60's start commit 0afa21f3, before any engine change; corpus60a-s60-diagnosis.md)
  // sd-provincial-old-residential-quarters-renovation-subsidy-eval-report-2019-excerpt family: closed by dev61 (session 61): under a title naming an evaluation report, the money spent and its execution rate in one clause ('项目支出22057.41万元,预算执行率为43.26%') is the report's money stated (report-scores.ts SPENT_RATE; 13 of the 16 real sheets stating one so are self-evaluations)
  { id: "yn-tourism-toilets-construction-three-year-plan-news-2017-mirror", check: "expected-findings", why: "a completion rate whose base is named apart from it is not read: '全省共新建、改建旅游厕所2072座,完成旅游厕所建设管理三年行动计划目标任务的100.32%' with the plan's '2045座的目标任务' two paragraphs up (2072 / 2045 = 101.32%) — missed ratio-mismatch at A5; still missed with the base in the same sentence ('完成…三年行动计划2045座目标任务的100.32%') or in the sentence before; flagged only as '完成计划2045座的100.32%' (probed on scratch grids)" },
  // session 61 graduation (session 60's held-out sheets; measured just before on 220c18ae: family 10/10, recall 0/3, precision 2/4, strict 0/4)
  // zj-wenzhou-ouhai-… total: truth corrected (null → the 合計 line D26 380, the corpus convention for allocation lists)
  // cn-chinese-academy-sciences-dept-final-accounts-2014-three-public-news-mirror-trad no-other-errors: closed by prec61 (session 61): a figure after a change's verb is that change, never an amount of a year (PERIODS) nor an amount compared (INLINE, prose-growth); the second comparison is the first amount's (CHAINED: 8750.27 − 7926.14 = 824.13 ✓)
  { id: "cq-hechuan-national-key-cultural-relics-protection-funds-third-batch-news-mirror", check: "expected-findings", why: "session 61 graduation: missed total-mismatch at A3 — the 第三批 1441万元 (A2) over its four projects listed under '第三批专项资金分别是 … 120万元; … 617万元(此项目第二批资金已到位925万元); … 186万元(…434万元); … 218万元(…343万元)' = 1141; the whole is in the paragraph before, the parts carry bracketed amounts of another batch" },
  // hb-suizhou-emergency-centre-health-talent-training-startup-funds-selfeval-2021-preview-excerpt no-other-errors: closed by dev61 (session 61): the prefecture's 地 is a level of the fund-source vocabulary (省、地, 地级, 地州市), and an unnamed column holding amounts inside a total's run of part columns makes the parts a bound
  { id: "sx-luliang-xingxian-disabled-persons-federation-final-accounts-2021-excerpt", check: "expected-findings", why: "session 61 graduation: missed total-mismatch at A23 (收入总计264.91万元,其中 一般公共预算拨款223.56 + 政府性基金41.15 + 0 … = 264.71, with a share after each part) and at A12 (实有人员5人,其中在职5人、退休5人: 5 + 5 ≠ 5)" },
  // session 61, corpus61b (development half, measured once on 8ce3d8bd, engine = session 61's start commit 01a7aad5, before any engine change; corpus61b-s61-diagnosis.md)
  { id: "cn-state-post-bureau-dept-final-accounts-2012-three-public-news", check: "expected-findings", why: "missed total-mismatch at A3 — '收入总计71,732.49万元,包括:财政拨款收入60,719.31万元,经营收入468.52万元,其他收入9,544.66万元,上年结转和结余12,381.71万元' (parts 83,114.20; 70,732.49 without the balance): a 包括 list whose last part is the carried-over balance (上年结转和结余) is not read as the whole's parts; flagged with 其中 in place of 包括, or under 包括 with the three income parts alone (probed on scratch grids)" },
  { id: "cn-state-post-bureau-dept-final-accounts-2012-three-public-news", check: "no-other-errors", why: "false total-mismatch at A1 — '预算数为9,564.38万元(年初预算数1,984.38万元,由于机构调整追加到9,564.38万元),支出数比预算数减少6989.69万元': the change 支出数比预算数减少 is read against the two amounts of the bracket (1984.38 − 9564.38 = −7580) instead of 支出数 2,574.69 and 预算数 9,564.38 (9,564.38 − 2,574.69 = 6,989.69 holds); no flag without the bracket (probed on scratch grids)" },
  { id: "jx-county-party-school-dept-final-accounts-2020-excerpt", check: "expected-findings", why: "missed total-mismatch at A13 — 本年收入合计 231.24 (A12) over '本年收入的具体构成为:财政拨款收入213.24万元,占 100 %;事业收入 0 万元,占 0%;经营收入 0 万元,占 0 %;其他收入 0 万元,占0 %' = 213.24: a parts list where zero parts carry '占0%' shares is not read (flagged without the shares, or with two non-zero parts and shares, on one line); nor is the whole on the line above its '具体构成为' parts (probed on scratch grids)" },
  // session 61, corpus61a (development half, measured once on f615b89b, engine = session 61's start commit 01a7aad5, before any engine change; corpus61a-s61-diagnosis.md)
  { id: "sx-yuncheng-pinglu-basic-public-health-4th-batch-prepayment-notice-2022-forum-excerpt", check: "expected-findings", why: "a head count times a per-head standard named once at the paragraph's start is not read: '在本批资金中按照每人5元的标准…辖区73899人(含开发区7055人及城区人口)的新增5元经费计3369495元' (73899 × 5 = 369495) — missed ratio-mismatch at A4; still missed as '辖区73899人的新增5元经费计3369495元', '按照每人5元的标准,…73899人的经费计3369495元', '73899人×5元=3369495元', '73899人,每人5元,计3369495元'; flagged (total-mismatch) only as '73899人,按每人5元标准计算,共计3369495元' (probed on scratch grids)" },
  { id: "tw-offshore-islands-sustainable-development-plan-budget-execution-eval-2023-excerpt", check: "header-row", why: "a table of year rows (年度 | 預算數 | 決算數 over 當年度計畫 / 以前年度計畫 / 小計 | 決算占預算比率) with no 合計 line gets no header row, under prose or alone, with a one-line header, without thousands separators or in simplified characters; with a 合計 line appended the scratch table's header is read (probed on scratch grids)" },
];
interface TruthEntry {
  rule: string;
  cell: string;
  alt_cells?: string[];
  alt_rules?: string[];
  detail: string;
}

interface Truth {
  id: string;
  family: string;
  /** null where the excerpt starts below the table's header */
  header_row: number | null;
  indicators: { row: number; weight: number | null; claimed_score: number | null }[];
  /** rows that may appear as indicators, but only without a weight or score of their own (template blanks, cut-off rows) */
  optional_rows?: number[];
  totals: { claimed_total: number | null; claimed_total_cell: string | null };
  inconsistencies: TruthEntry[];
  /** defensible flags a reviewer would not require: neither expected nor counted as wrong */
  acceptable?: TruthEntry[];
  truncated: boolean;
}

const ids = readdirSync(DIR)
  .filter((f) => f.endsWith(".truth.json"))
  .map((f) => f.replace(/\.truth\.json$/, ""))
  .sort();

// (each sheet's truth read once: six checks and the well-formed test read it; the tests only read it)
const truths = new Map<string, Truth>();
const truthOf = (id: string): Truth => {
  let t = truths.get(id);
  if (!t) truths.set(id, (t = JSON.parse(readFileSync(join(DIR, `${id}.truth.json`), "utf8")) as Truth));
  return t;
};
const results = new Map<string, ReviewResult>();
const result = (id: string) => {
  if (!results.has(id)) results.set(id, review(jsonGrid(join(DIR, `${id}.json`)), "national"));
  return results.get(id)!;
};

const near = (a: number | null | undefined, b: number | null) => ((a ?? null) === null || b === null ? (a ?? null) === b : Math.abs(a! - b) < 0.005);
const hits = (e: TruthEntry, rule: string, cell: string) => [e.rule, ...(e.alt_rules ?? [])].includes(rule) && [e.cell, ...(e.alt_cells ?? [])].includes(cell);

/** Problems a check finds (empty when the engine agrees with the hand truth). */
function problems(id: string, check: Check): string[] {
  const t = truthOf(id);
  const r = result(id);
  const out: string[] = [];
  switch (check) {
    case "family":
      if (r.model.family !== t.family) out.push(`family ${r.model.family}, expected ${t.family}`);
      else if (r.model.confidence < 0.5) out.push(`confidence ${r.model.confidence} < 0.5`);
      break;
    case "header-row":
      if (r.model.headerRow !== t.header_row) out.push(`header row ${r.model.headerRow}, expected ${t.header_row}`);
      break;
    case "indicators": {
      const got = new Map(r.model.indicators.map((i) => [i.row, i]));
      for (const x of t.indicators) {
        const g = got.get(x.row);
        if (!g) out.push(`row ${x.row}: no indicator`);
        else if (!near(g.weight, x.weight) || !near(g.claimedScore, x.claimed_score))
          out.push(`row ${x.row}: weight ${g.weight} / score ${g.claimedScore}, expected ${x.weight} / ${x.claimed_score}`);
      }
      const listed = new Set(t.indicators.map((x) => x.row));
      const optional = new Set(t.optional_rows ?? []);
      for (const g of r.model.indicators) {
        if (listed.has(g.row)) continue;
        if (!optional.has(g.row)) out.push(`extra indicator at row ${g.row}`);
        else if (g.weight !== null || g.claimedScore !== null) out.push(`row ${g.row} (template blank or cut off) reads weight ${g.weight} / score ${g.claimedScore}`);
      }
      break;
    }
    case "total": {
      const s = r.model.totals?.score ?? null;
      if ((s?.value ?? null) !== t.totals.claimed_total || (s?.cell ?? null) !== t.totals.claimed_total_cell)
        out.push(`claimed total ${s?.value ?? null}@${s?.cell ?? null}, expected ${t.totals.claimed_total}@${t.totals.claimed_total_cell}`);
      break;
    }
    case "expected-findings":
      for (const x of t.inconsistencies) {
        const hit = r.findings.find((f) => f.severity !== "info" && hits(x, f.rule, f.cell));
        if (!hit) out.push(`missing ${x.rule}@${x.cell}: ${x.detail}`);
      }
      break;
    case "no-other-errors": {
      const allowed = [...t.inconsistencies, ...(t.acceptable ?? [])];
      for (const f of r.findings) if (f.severity === "error" && !allowed.some((x) => hits(x, f.rule, f.cell))) out.push(`${f.rule}@${f.cell}: ${f.message}`);
      break;
    }
  }
  return out;
}

test("the real fixtures are well formed, and KNOWN_GAPS names real fixtures and checks", () => {
  expect(ids.length).toBeGreaterThanOrEqual(5);
  const families = ["project-self-eval", "dept-self-eval", "dept-basic-data", "indicator-system", "target-declaration", "monitoring", "assessment", "evaluation-summary", "unknown"];
  for (const id of ids) {
    const c = JSON.parse(readFileSync(join(DIR, `${id}.json`), "utf8"));
    expect(c.id).toBe(id);
    expect(c.source_url).toMatch(/^https?:\/\//);
    expect(typeof c.region).toBe("string");
    expect(typeof c.notes).toBe("string");
    expect(Array.isArray(c.grid) && Array.isArray(c.merges)).toBe(true);
    const t = truthOf(id);
    expect(t.id).toBe(id);
    expect(families).toContain(t.family);
    expect(t.truncated).toBe(c.truncated);
  }
  for (const g of KNOWN_GAPS) {
    expect(ids).toContain(g.id);
    expect(CHECKS).toContain(g.check);
  }
});

test("no validation sheet is in the development split", () => {
  const validation = readdirSync(join(FIXTURES, "validation")).filter((f) => f.endsWith(".truth.json"));
  for (const f of validation) expect(ids).not.toContain(f.replace(/\.truth\.json$/, ""));
});

describe.each(ids)("real sheet %s", (id) => {
  for (const check of CHECKS) {
    const gap = KNOWN_GAPS.find((g) => g.id === id && g.check === check);
    if (gap) {
      test(`${check} — KNOWN GAP, must still fail (remove it from KNOWN_GAPS once fixed): ${gap.why}`, () => {
        expect(problems(id, check)).not.toEqual([]);
      });
    } else {
      test(check, () => {
        expect(problems(id, check)).toEqual([]);
      });
    }
  }
});

describe("hand-computed numbers", () => {
  test("ciq-fk-system: relative weights — column H adds up to 100 per 一级 group (三 groups with weights: 300)", () => {
    const r = result("ciq-fk-system");
    const sum = r.model.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
    expect(sum).toBeCloseTo(300, 6);
  });

  test("ciq-fzzl-system: the whole 100 on 预算绩效 (75 + 25 in column H), the other groups blank — no weight finding", () => {
    const r = result("ciq-fzzl-system");
    expect(r.model.indicators.reduce((s, i) => s + (i.weight ?? 0), 0)).toBeCloseTo(100, 6);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });

  test("wanglu-budget-assessment: (60分) against the visible 20 + 20 + 10 = 50 on a table cut off there is not an error", () => {
    const r = result("wanglu-budget-assessment");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

test("every blank or placeholder target finding sits in the row of the indicator it names (never at a label merged over the table)", () => {
  const rowOf = (cell: string) => Number(cell.replace(/^[A-Z]+/, ""));
  const off: string[] = [];
  for (const id of ids)
    for (const f of result(id).findings)
      if (f.rule === "placeholder-value" && f.related?.length && rowOf(f.cell) !== rowOf(f.related[0])) off.push(`${id}: ${f.cell} for ${f.related[0]}`);
  expect(off).toEqual([]);
});
