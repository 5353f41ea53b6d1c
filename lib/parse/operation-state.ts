// The OperationState that custom-form parse hooks fill, with its location made only if read.
import type { Location } from '../ir/location.js';
import type { MLIRContext } from '../ir/context.js';
import type { DictionaryAttr, NamedAttribute } from '../ir/attributes.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import type { Value } from '../ir/value.js';
import type { Type } from '../ir/types.js';
import type { OperationState } from '../ir/op-asm-parser.js';

/**
 * An empty OperationState for a custom-form op. Its location is the op's position (see
 * MLIRContext.reservePositions) until a hook reads or sets it: few do, and the op created
 * from the state then holds the position rather than a location.
 */
export class ParsedOperationState implements OperationState {
  // Declared and assigned (no class-field defines): one is made per custom-form op.
  declare name: string;
  /** The location, or the position it is made from when read. */
  declare locationOrPosition: Location | number;
  declare operands: Value[];
  declare resultTypes: Type[];
  declare properties: NamedAttribute[];
  declare propertiesDict: DictionaryAttr | undefined;
  declare attributes: NamedAttribute[];
  declare regions: Region[];
  declare successors: Block[];
  private declare readonly context: MLIRContext;

  constructor(context: MLIRContext, name: string, locationOrPosition: Location | number) {
    this.name = name;
    this.locationOrPosition = locationOrPosition;
    this.operands = [];
    this.resultTypes = [];
    this.properties = [];
    this.propertiesDict = undefined;
    this.attributes = [];
    this.regions = [];
    this.successors = [];
    this.context = context;
  }

  /** The op's location, made from its position on each read (few hooks read it; the context interns it). */
  get location(): Location {
    const l = this.locationOrPosition;
    return typeof l === 'number' ? this.context.locationOfPosition(l) : l;
  }
  set location(location: Location) {
    this.locationOrPosition = location;
  }
}
