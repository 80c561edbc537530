import { useEffect, useState } from "react";
import type { WorkbookHost } from "../plan/sheetSnapshot";
import type { RatioJobs } from "./hooks/useRatioJob";
import { RatioPanel } from "./components/RatioPanel";
import { toLang } from "./lang";

export interface AppProps {
  readonly host: WorkbookHost;
  /** Office's display language, e.g. "zh-CN" or "en-US"; the pane follows it until the person switches. */
  readonly displayLanguage: string;
  readonly jobs?: RatioJobs;
}

/** The task pane inside Excel. */
export function App({ host, displayLanguage, jobs }: AppProps) {
  const [lang, setLang] = useState(() => toLang(displayLanguage));
  // The page language picks the right glyphs for Chinese text and tells screen readers how to speak it.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <RatioPanel host={host} lang={lang} onLangChange={setLang} {...(jobs ? { jobs } : {})} />;
}
