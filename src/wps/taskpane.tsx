/**
 * The WPS task pane (taskpane.html): the same Pane as in Excel and the browser checker, on a WpsWorkbookPort over
 * the ET application WPS gives the page (window.Application / wps.EtApplication()). Plain-formula fill is the
 * default here: WPS has no live =PERF.* before 12.1.0.20540, and plain formulas read the same everywhere.
 */
import "./polyfills";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { findEtApplication } from "../hosts/wps/et";
import { WpsWorkbookPort } from "../hosts/wps/wps-port";
import { I18nContext, Lang, makeI18n, pickLang } from "../taskpane/i18n";
import { Pane, PaneTab } from "../taskpane/Pane";
import { wpsText } from "./strings";

const TABS: PaneTab[] = ["overview", "findings", "highlight", "fill", "explain", "profile"];

function NotInWps({ lang }: { lang: Lang }) {
  return (
    <main style={{ padding: 16 }} data-testid="not-in-wps">
      <MessageBar intent="info">
        <MessageBarBody>{wpsText(lang, "notInWps")}</MessageBarBody>
      </MessageBar>
      <p>{wpsText(lang, "notInWpsHelp")}</p>
    </main>
  );
}

function start() {
  const search = typeof location !== "undefined" ? location.search : "";
  const i18n = makeI18n(pickLang({ search, navigatorLang: navigator.language }));
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t("appTitle");
  const tabParam = new URLSearchParams(search).get("tab") as PaneTab | null;
  const initialTab = tabParam && TABS.includes(tabParam) ? tabParam : "overview";
  const app = findEtApplication(window);
  const el = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  const node = app ? <Pane port={new WpsWorkbookPort(app)} initialTab={initialTab} defaultMode="plain" /> : <NotInWps lang={i18n.lang} />;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>{node}</I18nContext.Provider>
    </FluentProvider>,
  );
}

start();
