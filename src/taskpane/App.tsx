import { useEffect, useState } from "react";
import { ThemeProvider } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import type { Lang } from "../domain/types";
import type { WorkbookHost } from "../plan/sheetSnapshot";
import type { RatioJobs } from "./hooks/useRatioJob";
import type { LangStorage } from "./langStorage";
import { RatioPanel } from "./components/RatioPanel";
import { toLang } from "./lang";
import { paneTheme } from "./paneTheme";

export interface AppProps {
  readonly host: WorkbookHost;
  /** Office's display language, e.g. "zh-CN" or "en-US"; the pane follows it unless the person chose another. */
  readonly displayLanguage: string;
  readonly jobs?: RatioJobs;
  /** The Fluent theme built from Office's theme; Fluent's default light theme without one. */
  readonly theme?: Theme;
  /** Remembers the language the person chose. */
  readonly storage?: LangStorage;
}

const defaultTheme = paneTheme(undefined);

/** The task pane inside Excel. */
export function App({ host, displayLanguage, jobs, theme = defaultTheme, storage }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => storage?.load() ?? toLang(displayLanguage));
  // The page language picks the right glyphs for Chinese text and tells screen readers how to speak it.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = (chosen: Lang) => {
    storage?.save(chosen);
    setLang(chosen);
  };
  return (
    <ThemeProvider theme={theme} applyTo="body">
      <RatioPanel host={host} lang={lang} onLangChange={choose} {...(jobs ? { jobs } : {})} />
    </ThemeProvider>
  );
}
