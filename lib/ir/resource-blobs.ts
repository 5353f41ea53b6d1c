// The context's `dense_resource` blobs, by dialect and handle: MLIR's context owns resources, so a
// blob outlives the file it was read from (a cloned module, which the per-file map does not know, reads it too).

/** Blob text (`0x...`, as the file's resource section writes it) by dialect and handle. */
export class ResourceBlobs {
  /** null marks a handle two files gave different blobs: it resolves to neither. */
  private readonly byDialect = new Map<string, Map<string, string | null>>();

  /** Records `blob` for `handle`; a handle already holding another blob becomes ambiguous. */
  add(dialect: string, handle: string, blob: string): void {
    let handles = this.byDialect.get(dialect);
    if (!handles) this.byDialect.set(dialect, (handles = new Map()));
    const known = handles.get(handle);
    handles.set(handle, known === undefined || known === blob ? blob : null);
  }

  /** Records every blob of a file's `dialect_resources` (dialect -> handle -> blob). */
  addAll(resources: ReadonlyMap<string, ReadonlyMap<string, string>>): void {
    for (const [dialect, handles] of resources) for (const [handle, blob] of handles) this.add(dialect, handle, blob);
  }

  /** The blob of `handle`, or undefined when no file gave one or two gave different ones. */
  get(dialect: string, handle: string): string | undefined {
    return this.byDialect.get(dialect)?.get(handle) ?? undefined;
  }
}
