// Large constants of an import as `dense_resource` blobs, so a big model's weights are hex in the file's resource section, not element lists.
import { DenseResourceElementsAttr, type Operation, type RankedTensorType } from '../ir/index.js';
import { fileResources } from '../parse/index.js';
import { blobElementBytes, encodeResourceBlob } from '../interp/resource-blobs.js';

/** The default `--resource-threshold`: constants with more elements become blobs. */
export const DEFAULT_RESOURCE_THRESHOLD = 1024;

/** The blobs of one import, by handle. */
export class WeightBlobs {
  private readonly blobs = new Map<string, string>();
  constructor(readonly threshold: number) {}

  /**
   * A `dense_resource` for `values` of `type`, named after `name` (the ONNX initializer), when
   * there are more than `threshold` of them and a blob can hold their element type; undefined
   * keeps them inline.
   */
  attr(type: RankedTensorType, values: readonly (number | bigint)[], name: string): DenseResourceElementsAttr | undefined {
    if (values.length <= this.threshold || blobElementBytes(type.elementType) === undefined) return undefined;
    const handle = this.handle(name);
    this.blobs.set(handle, encodeResourceBlob(type.elementType, values));
    return DenseResourceElementsAttr.get(type, handle);
  }

  /**
   * Like `attr`, from the elements' little-endian bytes as the ONNX file holds them (raw_data), copied
   * without decoding; undefined when the blob's element size differs from the file's (or below the threshold).
   */
  fromBytes(type: RankedTensorType, raw: Uint8Array, name: string): DenseResourceElementsAttr | undefined {
    const count = type.shape.reduce((a, b) => a * b, 1);
    const size = blobElementBytes(type.elementType);
    if (count <= this.threshold || size === undefined || size * count !== raw.length) return undefined;
    const handle = this.handle(name);
    this.blobs.set(handle, encodeResourceBytes(size, raw));
    return DenseResourceElementsAttr.get(type, handle);
  }

  /** Records the blobs as `module`'s builtin resources (what the printer writes after it and the interpreter reads) and the context's. */
  attach(module: Operation): void {
    if (!this.blobs.size) return;
    const dialect = new Map([['builtin', this.blobs]]);
    fileResources.set(module, { dialect, external: new Map() });
    module.context.resourceBlobs.addAll(dialect);
  }

  /** A bare-identifier handle from `name`, unique in this import. */
  private handle(name: string): string {
    const base = /^[A-Za-z_]/.test(name) ? name.replace(/[^A-Za-z0-9_]/g, '_') : `w_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let handle = base;
    for (let k = 1; this.blobs.has(handle); k++) handle = `${base}_${k}`;
    return handle;
  }
}

/** A blob's text (`0x` + hex of its 4-byte little-endian alignment, then the data) from elements of `size` bytes already laid out. */
function encodeResourceBytes(size: number, raw: Uint8Array): string {
  const header = Buffer.alloc(4);
  header.writeUInt32LE(size, 0);
  return `0x${`${header.toString('hex')}${Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('hex')}`.toUpperCase()}`;
}
