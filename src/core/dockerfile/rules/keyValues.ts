/** `key=value` pairs of ENV, LABEL and ARG as the parser split them, flattened to offsets. */
import type { Instruction } from '../model';

export interface KeyValue {
  /** Key with quotes removed. */
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Value with quotes removed and escapes resolved (variables not expanded); undefined for `ARG NAME`. */
  value?: string;
  /** Value as written, for static expansion. */
  rawValue?: string;
  /** Where the value is (just after the key when there is none). */
  valueStart: number;
  valueEnd: number;
  /** The old `ENV key value` form, where everything after the key is the value. */
  legacy: boolean;
}

/** The pairs an ENV, LABEL or ARG instruction sets, in order. Not cached: its one caller, labelPairs, is computed once per model. */
export function keyValues(instruction: Instruction): KeyValue[] {
  return (instruction.pairs ?? []).map(
    (pair): KeyValue => ({
      key: pair.key.value,
      keyStart: pair.key.start,
      keyEnd: pair.key.end,
      value: pair.value?.value,
      rawValue: pair.value?.text,
      valueStart: pair.value ? pair.value.start : pair.key.end,
      valueEnd: pair.value ? pair.value.end : pair.key.end,
      legacy: pair.legacy,
    }),
  );
}
