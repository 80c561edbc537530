import { Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import type { Failure } from "../describeError";

/** A failure for people: what happened, what to do next, and the internal codes on a small details line. */
export function FailureText(props: {
  readonly lang: Lang;
  readonly text: string;
  readonly help: string;
  readonly failure: Failure;
}) {
  const { lang, text, help, failure } = props;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text>{text}</Text>
      <Text>{help}</Text>
      {failure.details !== null && (
        <Text variant="small">{t(lang, "ui.details", { details: failure.details })}</Text>
      )}
    </Stack>
  );
}
