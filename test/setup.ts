// Fluent v8 warns about icons that were never registered; jsdom tests register none.
import type * as Fluent from "@fluentui/react";

if (typeof window !== "undefined") {
  // Loaded only in jsdom tests, so the node-environment suites do not pay for Fluent.
  const { setIconOptions } = require("@fluentui/react") as typeof Fluent;
  setIconOptions({ disableWarnings: true });
}
