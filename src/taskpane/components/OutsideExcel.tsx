import { Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";

export interface OutsideExcelProps {
  readonly lang: Lang;
}

/** Shown when the page is opened without Excel (a plain browser, or office.js could not load). */
export function OutsideExcel({ lang }: OutsideExcelProps) {
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16, maxWidth: 480 } }}>
      <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
        {t(lang, "ui.outsideTitle")}
      </Text>
      <Text as="p" styles={{ root: { margin: 0 } }}>
        {t(lang, "ui.outsideExcel")}
      </Text>
    </Stack>
  );
}
