// Fluent v8 warns about icons that were never registered; jsdom tests register none.
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { setIconOptions } = require("@fluentui/react") as typeof import("@fluentui/react");
  setIconOptions({ disableWarnings: true });
}
