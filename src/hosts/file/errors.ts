/** Why a file could not be reviewed. Codes are stable (the CLI's JSON). */
export type FileErrorCode =
  | "not-found"
  | "not-xlsx"
  | "xls-legacy"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "empty"
  | "read-failed";

const MESSAGES: Record<FileErrorCode, { zh: string; en: string }> = {
  "not-found": { zh: "找不到文件", en: "File not found" },
  "not-xlsx": { zh: "不是 Excel 工作簿（.xlsx）文件", en: "Not an Excel workbook (.xlsx)" },
  "xls-legacy": {
    zh: "这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再核查",
    en: "Legacy .xls file: save it as .xlsx in Excel or WPS first",
  },
  encrypted: {
    zh: "工作簿受密码保护，请先在 Excel 中取消密码后再核查",
    en: "The workbook is password-protected: remove the password in Excel first",
  },
  corrupt: { zh: "文件已损坏，无法读取", en: "The file is corrupt and cannot be read" },
  "too-large": { zh: "文件过大，超出核查上限", en: "The file is too large to review" },
  empty: { zh: "工作簿中没有工作表", en: "The workbook has no worksheets" },
  "read-failed": { zh: "读取文件失败", en: "Reading the file failed" },
};

export class FileError extends Error {
  readonly messageEn: string;
  constructor(
    readonly code: FileErrorCode,
    detail?: string,
  ) {
    super(MESSAGES[code].zh + (detail ? `：${detail}` : ""));
    this.messageEn = MESSAGES[code].en + (detail ? `: ${detail}` : "");
    this.name = "FileError";
  }
}

