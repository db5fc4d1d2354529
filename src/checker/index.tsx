import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nContext, makeI18n, pickLang } from "../taskpane/i18n";
import { Checker } from "./Checker";

const i18n = makeI18n(pickLang({ search: location.search, navigatorLang: navigator.language }));
document.documentElement.lang = i18n.lang;
document.title = i18n.t("checkerTitle");
const el = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
createRoot(el).render(
  <FluentProvider theme={webLightTheme}>
    <I18nContext.Provider value={i18n}>
      <Checker />
    </I18nContext.Provider>
  </FluentProvider>,
);
