import { MessageBar, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import type { Root } from "react-dom/client";
import type { Lang } from "../domain/types";
import type { WorkbookHost } from "../plan/sheetSnapshot";
import { t } from "../i18n";
import { App } from "./App";
import { OutsideExcel } from "./components/OutsideExcel";
import { toLang } from "./lang";
import { errorMessage } from "./errorMessage";

/** How long to wait for Office before telling the person the page is not running inside Excel. */
export const officeWaitMs = 5000;

/** The part of office.js the pane's start needs (so tests can pass a stand-in). */
export interface OfficeStart {
  onReady(): Promise<{ host: Office.HostType | null }>;
  readonly HostType: { readonly Excel: Office.HostType };
  readonly context: { readonly displayLanguage: string };
}

/**
 * Renders the pane: the ratio panel when Office reports Excel; otherwise (no office.js, another host, or no answer
 * within `officeWaitMs`) the outside-Excel screen. Never throws and never leaves the page blank.
 */
export function startPane(
  root: Root,
  office: OfficeStart | undefined,
  createHost: () => WorkbookHost,
  browserLanguage: string,
): void {
  const outside = () => root.render(<OutsideExcel lang={toLang(browserLanguage)} />);
  if (office === undefined) return outside();
  root.render(
    <Spinner label={t(toLang(browserLanguage), "ui.loading")} styles={{ root: { padding: 16 } }} />,
  );
  const timer = setTimeout(outside, officeWaitMs);
  office
    .onReady()
    .then((info) => {
      clearTimeout(timer);
      if (info.host !== office.HostType.Excel) return outside();
      root.render(<App host={createHost()} displayLanguage={office.context.displayLanguage} />);
    })
    .catch((error: unknown) => {
      clearTimeout(timer);
      // office.js failed to start, or the Excel host could not be created: say so instead of a blank pane.
      root.render(<StartFailed lang={toLang(browserLanguage)} message={errorMessage(error)} />);
    });
}

function StartFailed({ lang, message }: { readonly lang: Lang; readonly message: string }) {
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
      <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
        {t(lang, "ui.outsideTitle")}
      </Text>
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        {t(lang, "ui.failedDetail", { message })}
      </MessageBar>
    </Stack>
  );
}
