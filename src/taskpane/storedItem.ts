/** One value in Web Storage that never throws: blocked or full storage behaves as if nothing was stored. */
export interface StoredItem {
  get(): string | null;
  set(value: string): void;
}

/** The item under `key` in `storage` (the pane's localStorage); none available: nothing is remembered. */
export function storedItem(
  storage: Pick<Storage, "getItem" | "setItem"> | undefined,
  key: string,
): StoredItem {
  return {
    get: () => {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        // Reading storage throws in some sandboxed frames: behave as if nothing was stored.
        return null;
      }
    },
    set: (value) => {
      try {
        storage?.setItem(key, value);
      } catch {
        // Storage full or blocked (private mode): the choice holds for this session only, which is all we can do.
      }
    },
  };
}
