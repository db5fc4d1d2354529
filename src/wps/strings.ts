/** Messages of the WPS entry and task-pane pages (Chinese by default, English with ?lang=en-US). */
import type { Lang } from "../taskpane/i18n";

const STRINGS = {
  "zh-CN": {
    notInWps: "未检测到 WPS 表格。请在 WPS 表格中通过“绩效核查”选项卡打开本窗格。",
    notInWpsHelp: "没有 WPS 时，可以使用 PerfSheet 浏览器版（checker.html）核查 .xlsx 文件。",
    noPane: "无法打开任务窗格：",
  },
  "en-US": {
    notInWps: "WPS Spreadsheets was not found. Open this pane from the 绩效核查 tab in WPS Spreadsheets.",
    notInWpsHelp: "Without WPS, PerfSheet's browser checker (checker.html) reviews .xlsx files.",
    noPane: "Could not open the task pane: ",
  },
} as const;

export type WpsStringKey = keyof (typeof STRINGS)["zh-CN"];
export const wpsText = (lang: Lang, key: WpsStringKey): string => STRINGS[lang][key] ?? STRINGS["zh-CN"][key];
