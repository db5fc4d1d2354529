/// <reference types="office-js" />
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ExcelPort } from "../hosts/excel/excel-port";
import { I18nContext, makeI18n, pickLang, I18n } from "./i18n";
import { Pane } from "./Pane";
import { usePaneStyles } from "./styles";

function OutsideOffice({ i18n }: { i18n: I18n }) {
  const cls = usePaneStyles();
  const { t } = i18n;
  return (
    <main className={cls.page} data-testid="outside-office">
      <h1 className={cls.paneTitle}>{t("appTitle")}</h1>
      <MessageBar intent="info">
        <MessageBarBody>{t("outsideOffice")}</MessageBarBody>
      </MessageBar>
      <p>{t("outsideOfficeHelp")}</p>
      <Link href="checker.html">{t("checkerLink")}</Link>
    </main>
  );
}

function mount(node: React.ReactNode, i18n: I18n) {
  const el = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  document.documentElement.lang = i18n.lang;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>{node}</I18nContext.Provider>
    </FluentProvider>,
  );
}

async function start() {
  const hasOffice = typeof Office !== "undefined" && typeof Office.onReady === "function";
  const info = hasOffice ? await Office.onReady() : null;
  const officeLang = hasOffice ? (Office.context as Office.Context | undefined)?.displayLanguage : undefined;
  const i18n = makeI18n(pickLang({ search: location.search, officeLang, navigatorLang: navigator.language }));
  document.title = i18n.t("appTitle");
  if (info && info.host === Office.HostType.Excel && typeof Excel !== "undefined") mount(<Pane port={new ExcelPort()} />, i18n);
  else mount(<OutsideOffice i18n={i18n} />, i18n);
}

void start();
