/**
 * fam54: near shapes of the prose families — texts that speak a self-evaluation report's or a progress bulletin's vocabulary
 * and are neither — each with the family it must NOT be read as. scripts/fam53-variants.ts prints every one of them the ways
 * an unseen publisher prints a prose sheet (fam53-variants.ts) and counts the prints read as that family (must stay 0);
 * test/core/fam54.test.ts asserts the same.
 *   work summary      a year's 工作总结: work done with amounts and rates, problems, next year's plans; no evaluation named;
 *   results notice    a notice of several units' self-evaluation results, each unit with its score (a review of reports);
 *   undated bulletin  a bulletin's clauses (the year's plan against what is done) with no period inside the year on the page
 *                     (mon50, grad53: a bulletin needs its period — without it, the year's figures, no progress so far).
 */
/** A project's self-evaluation report's second half (the shape they are near): no title, no '开展了绩效自评', no '现将…汇报如下'. */
export const SECOND_HALF = [
  "(二)项目资金使用情况",
  "项目资金已全部拨付到位,全年支出资金173万元,预算执行率为100%。",
  "三、绩效目标完成情况",
  "产出指标:完成日间照料中心建设5个,完成率100%;效益指标:服务对象满意度达95%。",
  "四、存在的问题",
  "部分乡镇项目进度较慢,资金拨付不够及时。",
  "五、下一步改进措施",
  "加强资金监管,加快项目实施进度。",
];

export type NearShape = { name: string; kind: "work summary" | "results notice" | "undated bulletin"; not: string; lines: string[] };

export const NEAR_SHAPES: NearShape[] = [
  {
    name: "an agriculture bureau's 工作总结",
    kind: "work summary",
    not: "project-self-eval",
    lines: [
      "县农业农村局2023年工作总结",
      "一、主要工作完成情况",
      "(一)全年落实资金1200万元,完成投资1150万元,完成率95.8%。",
      "(二)产业发展:新建基地3个,项目资金拨付到位。",
      "二、存在的问题",
      "资金拨付进度慢,部分项目实施滞后。",
      "三、2024年工作打算",
      "加大项目推进力度,强化资金管理。",
    ],
  },
  {
    name: "a water bureau's year in review, its heads 主要做法 / 取得成效",
    kind: "work summary",
    not: "project-self-eval",
    lines: [
      "一、主要做法",
      "(一)强化项目资金管理,严格资金拨付程序,全年拨付资金860万元。",
      "(二)加快项目实施,完成河道治理12公里,完成率100%。",
      "二、取得成效",
      "群众满意度明显提升,防洪能力进一步增强。",
      "三、存在的不足",
      "部分乡镇配套资金到位不及时,存在的问题仍需解决。",
      "四、下一步工作打算",
      "继续推进项目建设,加强资金使用监管。",
    ],
  },
  {
    name: "a health commission's results notice, scores in sentences",
    kind: "results notice",
    not: "project-self-eval",
    lines: [
      "关于2023年度项目支出绩效自评报告评审结果的通报",
      "各乡镇、各部门:",
      "一、评审情况",
      "1.县教育局自评报告得分92分。",
      "2.县卫健局自评报告得分85分。",
      "3.县民政局自评报告得分78分。",
      "二、存在的问题",
      "部分单位绩效目标完成情况分析不深入,资金使用情况说明不全。",
      "三、下一步要求",
      "各单位要认真整改,提高自评质量。",
    ],
  },
  {
    name: "a finance bureau's results notice, no addressee line, townships scored",
    kind: "results notice",
    not: "project-self-eval",
    lines: [
      "一、总体情况",
      "本次共抽查项目自评报告5份,资金使用总体规范,执行率较高。",
      "二、评审结果",
      "(一)城关镇农村公路养护项目评价得分为91分,等级为优。",
      "(二)西河乡饮水安全项目评价得分为82分,等级为良。",
      "(三)县人民医院设备购置项目评价得分为76分,等级为中。",
      "三、存在的问题",
      "绩效目标设置不够细化,产出指标与效益指标混淆。",
      "四、有关建议",
      "加强绩效目标管理。",
    ],
  },
  {
    name: "mon50's bulletin clauses with no 截至 / 月",
    kind: "undated bulletin",
    not: "monitoring",
    lines: [
      "全省重点项目快速推进",
      "170项重点项目已实现开复工项目163项,开复工率为96%,完成年度目标任务的80%。",
      "—— 水利基础设施项目, 年初安排8项,计划完成投资23.7亿元。目前已开复工7项,完成投资17.6亿元,占年度目标任务74.2%。",
      "—— 能源基础设施项目, 年初安排23项,计划完成投资337亿元。目前已全部开复工,完成投资256.4亿元,占年度目标任务76%。",
      "—— 交通基础设施项目, 年初安排29项,计划完成投资387亿元。目前已开复工28项,完成投资351亿元,占年度目标任务90.1%。",
    ],
  },
  {
    name: "grad53's one-paragraph bulletin with 1-3月 gone",
    kind: "undated bulletin",
    not: "monitoring",
    lines: [
      "2022年安排全县重点项目150项,总投资900亿元,年度投资计划200亿元。全县重点项目累计完成投资80亿元,较去年同期增长20亿元,同比增长33.33%,为年度投资计划的40.00%,超过时间进度15.00个百分点。本年度计划新开工项目120项,实际已开工80项,开工率达66.67%。",
    ],
  },
  {
    name: "a prefecture's project groups against the year's plan, no period",
    kind: "undated bulletin",
    not: "monitoring",
    lines: [
      "重大基础设施项目:累计完成投资104.08亿元,完成年度计划的94.98%。",
      "重大产业项目:累计完成投资113.4亿元,完成年度计划的67.05%。其中:生态能源业累计完成投资102.21亿元,完成年度计划的74.65%。",
      "改善民生和社会事业项目:累计完成投资7.86亿元,完成年度计划的60.38%。",
      "其他项目:累计完成投资4.34亿元,完成年度计划的126.56%。",
    ],
  },
];
