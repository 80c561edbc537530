import { useMemo, useState } from "react";
import { MessageBar, MessageBarType, Stack, Text, ThemeProvider } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { XlsxWorkbook } from "../../hosts/xlsx/xlsxWorkbook";
import { t } from "../../i18n";
import { App } from "../App";
import { PreviewToolbar } from "./PreviewToolbar";
import type { HostWatcher } from "./watchedHost";
import { WatchedHost } from "./watchedHost";
import { WorkbookView } from "./WorkbookView";
import { downloadWorkbook, openWorkbookFile } from "./workbookFile";

export interface PreviewPageProps {
  /** The workbook the page starts on (the sample) and its file name. */
  readonly workbook: XlsxWorkbook;
  readonly file: string;
  readonly displayLanguage: string;
  readonly lang: Lang;
  readonly theme: Theme;
  /** The sheet the pane starts on when the workbook has it (preview.html?sheet=…). */
  readonly startSheet: string | null;
}

type Status = { readonly kind: "ready" } | { readonly kind: "opening" | "notXlsx"; readonly file: string };

/**
 * The real task pane over the real .xlsx host, with the workbook's sheets beside it: one column at pane width, side
 * by side on a wider screen. Opening a file swaps the host (and starts the pane afresh); jobs redraw the sheets.
 */
export function PreviewPage(props: PreviewPageProps) {
  const { theme, displayLanguage } = props;
  const [lang, setLang] = useState<Lang>(props.lang);
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState<{ sheet: string; cell: string } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "ready" });
  const watcher = useMemo<HostWatcher>(
    () => ({
      onWrite: () => setVersion((n) => n + 1),
      onSelect: (sheet, cell) => setSelection({ sheet, cell }),
    }),
    [],
  );
  const [opened, setOpened] = useState(() => ({
    host: new WatchedHost(props.workbook, watcher, props.startSheet),
    file: props.file,
    /** Counts the workbooks opened: each one starts the pane afresh. */
    id: 0,
  }));
  const open = (file: File) => {
    setStatus({ kind: "opening", file: file.name });
    openWorkbookFile(file).then(
      (workbook) => {
        setOpened((before) => ({
          host: new WatchedHost(workbook, watcher),
          file: file.name,
          id: before.id + 1,
        }));
        setSelection(null);
        setStatus({ kind: "ready" });
      },
      () => setStatus({ kind: "notXlsx", file: file.name }),
    );
  };
  // The pane's own language switch also switches the page around it.
  const storage = useMemo(() => ({ load: () => null, save: setLang }), []);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", alignItems: "flex-start" }}>
      <div style={{ flex: "0 1 360px", minWidth: 0 }}>
        <App key={opened.id} host={opened.host} {...{ displayLanguage, theme, storage }} />
      </div>
      <ThemeProvider
        theme={theme}
        style={{ flex: "1 1 360px", minWidth: 0, padding: 16, background: "transparent" }}
      >
        <Stack tokens={{ childrenGap: 12 }}>
          <Text variant="xLarge" as="h2" styles={{ root: { margin: 0, overflowWrap: "anywhere" } }}>
            {`${t(lang, "preview.title")}: ${opened.file}`}
          </Text>
          <Text variant="small">{t(lang, "preview.note")}</Text>
          <PreviewToolbar
            lang={lang}
            file={opened.file}
            onOpen={open}
            onDownload={() => downloadWorkbook(opened.host.workbook, opened.file)}
          />
          {status.kind === "opening" && <Text>{t(lang, "preview.opening", { file: status.file })}</Text>}
          {status.kind === "notXlsx" && (
            <MessageBar messageBarType={MessageBarType.error}>
              {t(lang, "preview.notXlsx", { file: status.file })}
            </MessageBar>
          )}
          <WorkbookView
            key={opened.id}
            host={opened.host}
            file={opened.file}
            lang={lang}
            theme={theme}
            version={version}
            selection={selection}
          />
        </Stack>
      </ThemeProvider>
    </div>
  );
}
