import type { IDropdownOption } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { PaneDropdown } from "./PaneDropdown";

export interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly onChange: (lang: Lang) => void;
}

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const options: IDropdownOption[] = [
  { key: "zh-CN", text: "中文" },
  { key: "en-US", text: "English" },
];

/** The pane's language, which is also the language of the headers the jobs write: says so in its name and tooltip. */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  return (
    <PaneDropdown
      ariaLabel={t(lang, "ui.languageLabel")}
      title={t(lang, "ui.languageLabel")}
      options={options}
      selectedKey={lang}
      onChange={(_event, option) => option && onChange(option.key === "zh-CN" ? "zh-CN" : "en-US")}
      styles={{ root: { width: 100 } }}
    />
  );
}
