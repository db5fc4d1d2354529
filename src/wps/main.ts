/**
 * The WPS add-in's entry script (index.html → main.js), loaded by WPS 表格 when it starts: the ribbon callbacks
 * named in ribbon.xml, and the =PERF.* custom functions. Every ET call goes through the Et wrapper.
 */
import "./polyfills";
import { Et, EtError, EtObject, findEtApplication } from "../hosts/wps/et";
import { registerPerfFunctions } from "./functions";
import type { PaneTab } from "../taskpane/Pane";

/** ribbon button id → the pane's tab */
export const BUTTON_TABS: Record<string, PaneTab> = {
  perfsheetCheck: "findings",
  perfsheetFill: "fill",
  perfsheetSummary: "overview",
};

/** msoCTPDockPositionRight */
const DOCK_RIGHT = 2;

interface Scope {
  wps?: Record<string, unknown>;
  location: { href: string };
  [k: string]: unknown;
}

/** The ribbon's callbacks over an ET application (injectable for tests). */
export function makeRibbon(scope: Scope) {
  let paneId: unknown = null;
  let ribbonUI: unknown = null;
  const app = () => {
    const a = findEtApplication(scope);
    if (!a) throw new Error("WPS 表格不可用 / WPS Spreadsheets is not available");
    return a;
  };
  /** Create the task pane (Application.CreateTaskPane, or CreateTaskpane, or wps.CreateTaskPane on some builds). */
  const createPane = (et: Et, url: string): EtObject => {
    try {
      return et.call<EtObject>(et.app, ["CreateTaskPane", "CreateTaskpane"], [url], "Application");
    } catch (e) {
      if (!(e instanceof EtError) || !scope.wps) throw e;
      return et.call<EtObject>(scope.wps, ["CreateTaskPane", "CreateTaskpane"], [url], "wps");
    }
  };
  const paneUrl = (tab: PaneTab) => new URL(`taskpane.html?tab=${tab}`, scope.location.href).toString();

  /** Show the task pane on a tab: the existing pane navigates, or a new one docks on the right. */
  const showPane = (tab: PaneTab): EtObject => {
    const et = new Et(app());
    const url = paneUrl(tab);
    if (paneId !== null) {
      try {
        const pane = et.call<EtObject>(et.app, "GetTaskPane", [paneId], "Application");
        if (!et.trySet(pane, "Visible", true)) throw new Error("pane gone");
        try {
          et.call(pane, "Navigate", [url], "TaskPane");
        } catch {
          // builds without Navigate keep the pane on its current tab
        }
        return pane;
      } catch {
        paneId = null;
      }
    }
    const pane = createPane(et, url);
    paneId = et.opt(pane, "ID", "TaskPane") ?? null;
    et.trySet(pane, "DockPosition", DOCK_RIGHT);
    et.set(pane, "Visible", true, "TaskPane");
    return pane;
  };

  return {
    OnAddinLoad(ui: unknown): boolean {
      ribbonUI = ui;
      let version: string | undefined;
      try {
        const et = new Et(app());
        const v = et.opt<unknown>(et.app, "Version", "Application");
        // a full build number ("12.1.0.20540") gates the functions; a short one ("12.0") says nothing
        version = typeof v === "string" && /^\d+\.\d+\.\d+\.\d+/.test(v) ? v : undefined;
      } catch {
        version = undefined;
      }
      registerPerfFunctions(scope, version);
      return true;
    },
    OnAction(control: { Id?: string; id?: string }): boolean {
      const id = control?.Id ?? control?.id ?? "";
      showPane(BUTTON_TABS[id] ?? "overview");
      return true;
    },
    GetImage(): string {
      return "assets/icon-32.png";
    },
    showPane,
    get ribbonUI() {
      return ribbonUI;
    },
  };
}

// In the add-in's page: the callbacks ribbon.xml names are globals.
if (typeof window !== "undefined") {
  const ribbon = makeRibbon(window as unknown as Scope);
  Object.assign(window, { OnAddinLoad: ribbon.OnAddinLoad, OnAction: ribbon.OnAction, GetImage: ribbon.GetImage, PerfSheetRibbon: ribbon });
}
