import { Dropdown } from "@fluentui/react";
import type { IDropdownOption } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";

export interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly onChange: (lang: Lang) => void;
}

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const options: IDropdownOption[] = [
  { key: "zh-CN", text: "中文" },
  { key: "en-US", text: "English" },
];

/** The pane's language: follows Office's display language until the person picks another. */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  return (
    <Dropdown
      ariaLabel={t(lang, "ui.language")}
      options={options}
      selectedKey={lang}
      onChange={(_event, option) => option && onChange(option.key === "zh-CN" ? "zh-CN" : "en-US")}
      styles={{ root: { width: 100 } }}
    />
  );
}
