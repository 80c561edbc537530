import { useRef } from "react";
import { DefaultButton, Stack } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { downloadName } from "./workbookFile";

export interface PreviewToolbarProps {
  readonly lang: Lang;
  /** The open workbook's file name. */
  readonly file: string;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
}

/** Open another .xlsx from this computer, or download the current workbook. */
export function PreviewToolbar({ lang, file, onOpen, onDownload }: PreviewToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t(lang, "preview.open")}
        hidden
        onChange={(event) => {
          const picked = event.target.files?.[0];
          event.target.value = "";
          if (picked) onOpen(picked);
        }}
      />
      <DefaultButton text={t(lang, "preview.open")} onClick={() => input.current?.click()} />
      <DefaultButton
        text={t(lang, "preview.download")}
        title={t(lang, "preview.downloadHelp", { file: downloadName(file) })}
        onClick={onDownload}
      />
    </Stack>
  );
}
