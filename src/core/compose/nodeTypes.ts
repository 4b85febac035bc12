/**
 * The `yaml` package's node guards, read once. The Node bundles load `yaml` as CommonJS, so each
 * call of a function imported from it by name compiles to a read through esbuild's interop getter,
 * a megamorphic lookup that cost about a tenth of the schema walk; these bindings call the
 * functions directly.
 */
import * as yaml from 'yaml';

export const isAlias: typeof yaml.isAlias = yaml.isAlias;
export const isMap: typeof yaml.isMap = yaml.isMap;
export const isPair: typeof yaml.isPair = yaml.isPair;
export const isScalar: typeof yaml.isScalar = yaml.isScalar;
export const isSeq: typeof yaml.isSeq = yaml.isSeq;
