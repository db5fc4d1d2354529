/** Why a file could not be reviewed. Codes are stable (the CLI's JSON). */
export type FileErrorCode =
  | "not-found"
  | "not-xlsx"
  | "xls-legacy"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "empty"
  | "missing-part"
  | "bad-reference"
  | "forbidden-dtd"
  | "unsupported-file"
  | "read-failed"
  | "internal";

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
  "missing-part": { zh: "工作簿缺少必要的部件", en: "A required part of the workbook is missing" },
  "bad-reference": { zh: "工作簿内部引用无效", en: "The workbook holds an invalid internal reference" },
  "forbidden-dtd": {
    zh: "工作簿含有 DTD/实体声明（可能是恶意文件），已拒绝读取",
    en: "The workbook contains a DTD / entity declarations (possibly hostile) and was refused",
  },
  "unsupported-file": { zh: "不是普通文件（链接、管道或设备），已跳过", en: "Not a regular file (link, pipe or device): skipped" },
  "read-failed": { zh: "读取文件失败", en: "Reading the file failed" },
  internal: { zh: "内部错误", en: "Internal error" },
};

export class FileError extends Error {
  readonly messageEn: string;
  /** `detail` is shown in both languages unless an English `detailEn` is given */
  constructor(
    readonly code: FileErrorCode,
    detail?: string,
    detailEn?: string,
  ) {
    super(MESSAGES[code].zh + (detail ? `：${detail}` : ""));
    const en = detailEn ?? detail;
    this.messageEn = MESSAGES[code].en + (en ? `: ${en}` : "");
    this.name = "FileError";
  }
}

