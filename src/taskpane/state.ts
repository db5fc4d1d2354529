import { useCallback, useEffect, useRef, useState } from "react";
import type { Grid } from "../core/grid/grid";
import { review, ReviewResult } from "../core/review";
import { BUILTIN_PROFILES, parseProfileText, Profile, ProfileError } from "../core/rubric";
import type { Finding } from "../core/rules";
import type { WorkbookPort, WorkbookSettings } from "../hosts/port";

export interface PaneState {
  sheet: string;
  grid: Grid | null;
  result: ReviewResult | null;
  settings: WorkbookSettings;
  profile: Profile;
  profileIssues: { path: string; message: string }[];
  error: string | null;
  loading: boolean;
}

/**
 * The profile stored in the workbook's settings; undefined: automatic (the region named in the sheet's own text,
 * DESIGN §4), also for custom JSON that no longer validates (its issues are returned).
 */
export function profileFromSettings(s: WorkbookSettings): { profile: Profile | undefined; issues: { path: string; message: string }[] } {
  const p = s.profile;
  if (p && "builtin" in p && BUILTIN_PROFILES[p.builtin]) return { profile: BUILTIN_PROFILES[p.builtin], issues: [] };
  if (p && "custom" in p) {
    try {
      return { profile: parseProfileText(p.custom), issues: [] };
    } catch (e) {
      const issues = e instanceof ProfileError && e.issues.length ? e.issues : [{ path: "(root)", message: (e as Error).message }];
      return { profile: undefined, issues };
    }
  }
  return { profile: undefined, issues: [] };
}

export function isIgnored(s: WorkbookSettings, sheet: string, f: Finding): boolean {
  return !!s.ignores?.some((i) => i.sheet === sheet && i.rule === f.rule && i.cell === f.cell);
}

/**
 * Reads the active sheet through the port and reviews it; re-checks (debounced) when the host reports a
 * change. Checking never writes.
 */
export function usePaneState(port: WorkbookPort, debounceMs = 400) {
  const [state, setState] = useState<PaneState>({
    sheet: "",
    grid: null,
    result: null,
    settings: {},
    profile: BUILTIN_PROFILES.national,
    profileIssues: [],
    error: null,
    loading: true,
  });
  const seq = useRef(0);
  const refresh = useCallback(async () => {
    const my = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const [sheet, settings] = await Promise.all([port.activeSheet(), port.getSettings()]);
      const grid = await port.readSheet(sheet);
      const { profile: chosen, issues } = profileFromSettings(settings);
      const result = review(grid, chosen);
      if (my !== seq.current) return;
      // the profile in force: the chosen one, or the one the sheet's region gave (result.profileNote says which)
      setState({ sheet, grid, result, settings, profile: result.profile, profileIssues: issues, error: null, loading: false });
    } catch (e) {
      if (my !== seq.current) return;
      setState((s) => ({ ...s, error: (e as Error).message ?? String(e), loading: false }));
    }
  }, [port]);

  useEffect(() => {
    void refresh();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = port.onSheetChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), debounceMs);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [port, refresh, debounceMs]);

  return { state, refresh };
}
