// Top-level entities: operations, `!alias = type`, `#alias = attr`, and the `{-# ... #-}` metadata section.
import { Tok } from './lexer.js';
import type { OperationParser } from './operations.js';
import { parseAttribute } from './attributes.js';
import { parseType } from './types.js';
import { unescapeString } from './literals.js';
import type { Block } from '../ir/block.js';

/** Resources from the file metadata section: blobs by dialect and key, as hex strings (`0x...`). */
export interface FileResources {
  dialect: Map<string, Map<string, string>>;
  external: Map<string, Map<string, string>>;
}

/** Parses every top-level entity into `block` until end of file. */
export function parseTopLevel(p: OperationParser, block: Block, resources: FileResources): void {
  for (;;) {
    switch (p.kind) {
      case Tok.Eof:
        return;
      case Tok.Error:
        return p.fail('');
      case Tok.HashId:
        parseAliasDef(p, 'attribute', p.attrAliases, () => parseAttribute(p));
        break;
      case Tok.BangId:
        parseAliasDef(p, 'type', p.typeAliases, () => parseType(p));
        break;
      case Tok.FileMetaBegin:
        parseFileMetadata(p, resources);
        break;
      default:
        p.parseOperation(block);
    }
  }
}

/** `#name = attr` or `!name = type`: MLIR's parseAttributeAliasDef / parseTypeAliasDef. */
function parseAliasDef<T>(p: OperationParser, what: 'attribute' | 'type', aliases: Map<string, T>, parseValue: () => T): void {
  const name = p.image.slice(1);
  if (aliases.has(name)) p.fail(`redefinition of ${what} alias id '${name}'`);
  if (name.includes('.')) p.fail(`${what} names with a '.' are reserved for dialect-defined names`);
  p.consume();
  p.expect(Tok.Equal, `expected '=' in ${what} alias definition`);
  aliases.set(name, parseValue());
}

/** `{-# key: {...}, ... #-}` with the keys `dialect_resources` and `external_resources`. */
function parseFileMetadata(p: OperationParser, resources: FileResources): void {
  p.consume();
  p.commaListUntil(Tok.FileMetaEnd, () => {
    const keyTok = p.tok;
    if (keyTok.kind !== Tok.BareId) p.fail('expected identifier key in file metadata dictionary');
    p.consume();
    p.expect(Tok.Colon, "expected ':'");
    if (keyTok.image === 'dialect_resources') parseResourceSection(p, true, resources.dialect);
    else if (keyTok.image === 'external_resources') parseResourceSection(p, false, resources.external);
    else p.failAt(keyTok.offset, `unknown key '${keyTok.image}' in file metadata dictionary`);
  });
}

/** `{ name: { key: value, ... }, ... }` */
function parseResourceSection(p: OperationParser, isDialect: boolean, into: Map<string, Map<string, string>>): void {
  p.expect(Tok.LBrace, "expected '{'");
  p.commaListUntil(Tok.RBrace, () => {
    const nameTok = p.tok;
    if (nameTok.kind !== Tok.BareId) p.fail("expected identifier key for 'resource' entry");
    p.consume();
    p.expect(Tok.Colon, "expected ':'");
    p.expect(Tok.LBrace, "expected '{'");
    const name = nameTok.image;
    if (isDialect) {
      if (!p.context.getOrLoadDialect(name)) p.failAt(nameTok.offset, `dialect '${name}' is unknown`);
      if (name !== 'builtin') p.fail(`unexpected 'resource' section for dialect '${name}'`);
    }
    const entries = into.get(name) ?? new Map<string, string>();
    into.set(name, entries);
    p.commaListUntil(Tok.RBrace, () => {
      const keyTok = p.tok;
      let key: string;
      if (keyTok.kind === Tok.BareId) key = keyTok.image;
      else if (keyTok.kind === Tok.String) key = unescapeString(keyTok.image);
      else return p.fail(isDialect ? "expected identifier key for 'resource' entry" : "expected identifier key for 'external_resources' entry");
      p.consume();
      p.expect(Tok.Colon, "expected ':'");
      const value = p.take();
      // Builtin resources are always blobs; external ones (kept by a fallback, as mlir-opt does) are blobs when they look like one.
      if (isDialect || value.image.startsWith('"0x')) checkBlob(p, key, value.image, value.offset, value.kind);
      entries.set(key, value.kind === Tok.String ? unescapeString(value.image) : value.image);
    });
  });
}

/** Builtin resources are blobs: hex strings whose first 4 bytes encode a power-of-2 alignment. */
function checkBlob(p: OperationParser, key: string, image: string, offset: number, kind: Tok): void {
  const s = kind === Tok.String ? unescapeString(image) : '';
  if (!/^0x[0-9a-fA-F]*$/.test(s) || s.length % 2 !== 0) p.failAt(offset, `expected hex string blob for key '${key}'`);
  if (s.length < 10) p.failAt(offset, `expected hex string blob for key '${key}' to encode alignment in first 4 bytes`);
  const align = Buffer.from(s.slice(2, 10), 'hex').readUInt32LE(0);
  if (align && (align & (align - 1)) !== 0) {
    p.failAt(offset, `expected hex string blob for key '${key}' to encode alignment in first 4 bytes, but got non-power-of-2 value: ${align}`);
  }
}
