import { lstatSync, readdirSync, realpathSync, statSync, Stats } from "fs";
import { join } from "path";

/** A path left out of the run, and why (Chinese / English). */
export interface Skipped {
  file: string;
  reason: string;
  reasonEn: string;
}

export interface Collected {
  /** regular files to review, in walk order */
  files: string[];
  /** named inputs that do not exist */
  missing: string[];
  /** links, pipes, devices and link loops found on the way: never opened */
  skipped: Skipped[];
}

const WORKBOOK_EXT = /\.(xlsx|xlsm|xls|et)$/i;

function kind(st: Stats): string | null {
  if (st.isFIFO()) return "命名管道 (FIFO)|named pipe (FIFO)";
  if (st.isSocket()) return "套接字|socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "设备文件|device";
  return null;
}

/**
 * Files to review: the named files, and workbooks found recursively in named folders (sorted). Every
 * entry is looked at with lstat first: a link is followed only to a regular file or to a folder not yet
 * walked (so a link loop ends), a dangling link, a pipe, a socket or a device is skipped with a note and
 * never opened (opening a FIFO would hang the run). Excel's `~$` lock files and hidden files are left out.
 */
export function collectFiles(inputs: string[]): Collected {
  const out: Collected = { files: [], missing: [], skipped: [] };
  const seenDirs = new Set<string>();
  const skip = (file: string, zhEn: string, detail = "") => {
    const [zh, en] = zhEn.split("|");
    out.skipped.push({ file, reason: `${zh}，已跳过${detail}`, reasonEn: `${en}: skipped${detail}` });
  };

  /** lstat, then follow a link once: the target's Stats, or null after noting why it is skipped */
  const resolve = (p: string): Stats | null => {
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch {
      return null;
    }
    if (st.isSymbolicLink()) {
      try {
        st = statSync(p);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ELOOP") skip(p, "链接循环|link loop");
        else skip(p, "链接指向的文件不存在|dangling link");
        return null;
      }
    }
    const k = kind(st);
    if (k) {
      skip(p, k);
      return null;
    }
    return st;
  };

  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      skip(dir, "无法访问的文件夹|folder not accessible");
      return;
    }
    if (seenDirs.has(real)) {
      skip(dir, "文件夹已查看过（链接循环或重复输入）|folder already walked (link loop or repeated input)");
      return;
    }
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      skip(dir, "无法读取的文件夹|unreadable folder");
      return;
    }
    for (const name of names) {
      if (name.startsWith("~$") || name.startsWith(".")) continue;
      const p = join(dir, name);
      const isWorkbookName = WORKBOOK_EXT.test(name);
      let l: Stats;
      try {
        l = lstatSync(p);
      } catch {
        continue;
      }
      // a non-workbook name is only of interest as a folder (or a link to one)
      if (!isWorkbookName && !l.isDirectory() && !l.isSymbolicLink()) continue;
      if (!isWorkbookName && l.isSymbolicLink()) {
        let t: Stats;
        try {
          t = statSync(p);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === "ELOOP") skip(p, "链接循环|link loop");
          continue; // a dangling link to something that is not a workbook: not ours to report
        }
        if (t.isDirectory()) walk(p);
        continue;
      }
      const st = resolve(p);
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.files.push(p);
    }
  };

  for (const inp of inputs) {
    let l: Stats;
    try {
      l = lstatSync(inp);
    } catch {
      out.missing.push(inp);
      continue;
    }
    void l;
    const st = resolve(inp);
    if (!st) continue;
    if (st.isDirectory()) walk(inp);
    else out.files.push(inp);
  }
  return out;
}
