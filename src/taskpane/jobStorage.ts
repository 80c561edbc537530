import { storedItem } from "./storedItem";

/** Where the pane keeps the job the person last opened, so the pane opens on it next time. */
export interface JobStorage {
  /** The job key stored, or null; the pane checks it is still a registered job. */
  load(): string | null;
  save(job: string): void;
}

/** A JobStorage over Web Storage (the pane's localStorage); none available: nothing is remembered. */
export function webJobStorage(storage: Pick<Storage, "getItem" | "setItem"> | undefined): JobStorage {
  const item = storedItem(storage, "kaw.paneJob");
  return { load: () => item.get(), save: (job) => item.set(job) };
}
