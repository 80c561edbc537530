import { MessageBar, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import type { Root } from "react-dom/client";
import type { Lang } from "../domain/types";
import type { WorkbookHost } from "../plan/sheetSnapshot";
import { t } from "../i18n";
import { App } from "./App";
import { OutsideExcel } from "./components/OutsideExcel";
import { FailureText } from "./components/FailureText";
import { toLang } from "./lang";
import { describeError } from "./describeError";
import type { Failure } from "./describeError";
import type { JobStorage } from "./jobStorage";
import type { LangStorage } from "./langStorage";
import { paneTheme } from "./paneTheme";
import type { OfficeThemeColors } from "./paneTheme";

/** How long Office may take before the pane says that starting is slow (it keeps waiting). */
export const officeWaitMs = 5000;

/** The part of office.js the pane's start needs (so tests can pass a stand-in). */
export interface OfficeStart {
  onReady(): Promise<{ host: Office.HostType | null }>;
  readonly HostType: { readonly Excel: Office.HostType };
  readonly EventType?: { readonly OfficeThemeChanged?: Office.EventType };
  readonly context: {
    readonly displayLanguage: string;
    readonly officeTheme?: OfficeThemeColors;
    readonly document?: {
      addHandlerAsync?(eventType: Office.EventType, handler: () => void, callback?: () => void): void;
    };
  };
}

/**
 * Renders the pane: loading while Office starts (saying so when it is slow), the job frame in Office's theme when
 * Office reports Excel, the outside-Excel screen when office.js is absent or Office reports another host or none.
 * Never throws and never leaves the page blank.
 */
export function startPane(
  root: Root,
  office: OfficeStart | undefined,
  createHost: () => WorkbookHost,
  browserLanguage: string,
  storage?: LangStorage,
  jobStorage?: JobStorage,
): void {
  const lang = storage?.load() ?? toLang(browserLanguage);
  if (office === undefined) return root.render(<OutsideExcel lang={lang} />);
  root.render(<Starting lang={lang} slow={false} />);
  const timer = setTimeout(() => root.render(<Starting lang={lang} slow />), officeWaitMs);
  office
    .onReady()
    .then((info) => {
      clearTimeout(timer);
      if (info.host !== office.HostType.Excel) return root.render(<OutsideExcel lang={lang} />);
      const host = createHost();
      const render = () =>
        root.render(
          <App
            host={host}
            displayLanguage={office.context.displayLanguage}
            theme={paneTheme(office.context.officeTheme)}
            {...(storage ? { storage } : {})}
            {...(jobStorage ? { jobStorage } : {})}
          />,
        );
      render();
      const themeChanged = office.EventType?.OfficeThemeChanged;
      // Hosts without the event keep the theme the pane opened with; Office reports that through the callback.
      if (themeChanged !== undefined) office.context.document?.addHandlerAsync?.(themeChanged, render);
    })
    .catch((error: unknown) => {
      clearTimeout(timer);
      // office.js failed to start, or the Excel host could not be created: say so instead of a blank pane.
      root.render(<StartFailed lang={lang} failure={describeError(error)} />);
    });
}

function Starting({ lang, slow }: { readonly lang: Lang; readonly slow: boolean }) {
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
      <Spinner label={t(lang, slow ? "ui.slowOffice" : "ui.starting")} />
      {slow && <Text>{t(lang, "ui.reopenHelp")}</Text>}
    </Stack>
  );
}

function StartFailed({ lang, failure }: { readonly lang: Lang; readonly failure: Failure }) {
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
      <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
        {t(lang, "ui.outsideTitle")}
      </Text>
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        <FailureText
          lang={lang}
          text={t(lang, "ui.failedDetail", { message: failure.message })}
          help={t(lang, "ui.reopenHelp")}
          failure={failure}
        />
      </MessageBar>
    </Stack>
  );
}
