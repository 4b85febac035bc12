/**
 * Text mutations for fuzzing. Each takes the text and the seeded PRNG and returns a new text; each
 * aims at a place where parsers of these formats tend to go wrong (continuations, heredocs, quotes,
 * indentation, anchors), not just at random bytes.
 */
import type { FileKind } from '../../src/core/types';
import type { Random } from './random';

export interface Mutator {
  name: string;
  kinds: readonly FileKind[];
  apply(text: string, rng: Random): string;
}

const ALL: readonly FileKind[] = ['dockerfile', 'kubernetes', 'compose'];
const YAML: readonly FileKind[] = ['kubernetes', 'compose'];
const DOCKERFILE: readonly FileKind[] = ['dockerfile'];

/** Characters that mean something to one of the three formats, plus the awkward ones of any text. */
const INTERESTING = [
  '\0', '\uFFFD', '\uFEFF', '\r', '\n', '\t', ' ', '"', "'", '`', '\\', '$', '{', '}', '[', ']', '(', ')',
  '#', ':', '-', '&', '*', '|', '>', '<', '!', '%', '@', ',', '=', '?', '~', '\u00e9', '\u{1F433}', '\uD800', '\uDC00',
  '\u2028', '\u0085', '\x7f', '\x1b',
];

function lines(text: string): string[] {
  return text.split('\n');
}

function randomLine(all: string[], rng: Random, where: (line: string) => boolean = () => true): number {
  const matching = all.map((l, i) => (where(l) ? i : -1)).filter((i) => i >= 0);
  return matching.length ? rng.pick(matching) : -1;
}

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** A random offset, biased towards line starts and ends where syntax lives. */
function offset(text: string, rng: Random): number {
  if (text.length === 0) return 0;
  const at = rng.int(text.length + 1);
  if (rng.chance(0.5)) return at;
  const nl = text.indexOf('\n', at);
  return rng.chance(0.5) ? (nl < 0 ? text.length : nl) : text.lastIndexOf('\n', at - 1) + 1;
}

function replaceOne(text: string, pattern: RegExp, rng: Random, by: (match: string) => string): string {
  const hits = [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))];
  if (hits.length === 0) return text;
  const hit = rng.pick(hits);
  const at = hit.index ?? 0;
  return text.slice(0, at) + by(hit[0]) + text.slice(at + hit[0].length);
}

export const mutators: readonly Mutator[] = [
  {
    name: 'byte-flip',
    kinds: ALL,
    apply(text, rng) {
      let out = text;
      const n = 1 + rng.int(4);
      for (let i = 0; i < n; i++) {
        const at = rng.int(out.length);
        const c = rng.chance(0.7) ? rng.pick(INTERESTING) : String.fromCharCode(rng.int(0x250));
        out = out.slice(0, at) + c + out.slice(at + 1);
      }
      return out;
    },
  },
  { name: 'truncate', kinds: ALL, apply: (text, rng) => text.slice(0, offset(text, rng) - (rng.chance(0.3) ? 1 : 0)) },
  {
    name: 'line-shuffle',
    kinds: ALL,
    apply(text, rng) {
      const all = lines(text);
      if (all.length < 2) return text;
      const from = rng.int(all.length);
      const width = Math.min(all.length - from, 2 + rng.int(8));
      const window = all.slice(from, from + width);
      for (let i = window.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [window[i], window[j]] = [window[j], window[i]];
      }
      all.splice(from, width, ...window);
      return all.join('\n');
    },
  },
  {
    name: 'line-delete-or-duplicate',
    kinds: ALL,
    apply(text, rng) {
      const all = lines(text);
      const i = rng.int(all.length);
      if (rng.chance(0.5)) all.splice(i, 1);
      else all.splice(i, 0, all[i]);
      return all.join('\n');
    },
  },
  {
    name: 'insert-char',
    kinds: ALL,
    apply: (text, rng) => insertAt(text, offset(text, rng), rng.pick(['"', "'", '[', ']', '{', '}', '(', ')', '${', '$(', '`', '\\', '#', ':', ' ', '\t', '\n', '\r\n'])),
  },
  {
    name: 'remove-quote-or-bracket',
    kinds: ALL,
    apply: (text, rng) => replaceOne(text, /["'[\]{}()`]/, rng, () => ''),
  },
  {
    name: 'line-endings',
    kinds: ALL,
    apply(text, rng) {
      const style = rng.pick(['\r\n', '\r', 'mixed']);
      if (style !== 'mixed') return text.replace(/\r?\n/g, style);
      return text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']));
    },
  },
  { name: 'bom', kinds: ALL, apply: (text) => '\uFEFF' + text },
  {
    name: 'long-line',
    kinds: ALL,
    apply(text, rng) {
      const all = lines(text);
      const i = rng.int(all.length);
      all[i] = all[i] + rng.pick(['a', ' x', '\\\\', '$A', '"', 'é']).repeat(1000 + rng.int(20000));
      return all.join('\n');
    },
  },
  {
    name: 'continuation',
    kinds: DOCKERFILE,
    apply(text, rng) {
      const all = lines(text);
      const cont = randomLine(all, rng, (l) => /[\\`]\s*$/.test(l));
      const choice = rng.int(4);
      if (choice === 0 && cont >= 0) all.splice(cont, 1);
      else if (choice === 1 && cont >= 0) all.splice(cont, 0, all[cont]);
      else if (choice === 2 && cont >= 0) all[cont] = all[cont].replace(/[\\`]\s*$/, '');
      else {
        const i = rng.int(all.length);
        all[i] = all[i] + rng.pick([' \\', '\\', ' `', '\\ ', ' \\\\']);
        if (rng.chance(0.3)) all.splice(i + 1, 0, rng.pick(['', '# comment', '   ', '\\']));
      }
      return all.join('\n');
    },
  },
  {
    name: 'heredoc',
    kinds: DOCKERFILE,
    apply(text, rng) {
      const all = lines(text);
      const starts = all.map((l, i) => [i, /<<-?\s*["']?(\w+)/.exec(l)?.[1]] as const).filter(([, t]) => t);
      if (starts.length && rng.chance(0.7)) {
        const [, tag] = rng.pick(starts);
        const end = all.findIndex((l) => l.trim() === tag);
        if (end >= 0) {
          if (rng.chance(0.5)) all.splice(end, 1);
          else all.splice(end, 0, all[end]);
          return all.join('\n');
        }
      }
      const i = rng.int(all.length + 1);
      const tag = rng.pick(['EOF', 'EOT', '"EOF"', "'X'", '-EOF']);
      const body = rng.pick(['echo hi', 'set -e\napt-get update', '', '#!/usr/bin/env python\nprint(1)']);
      const terminator = rng.chance(0.7) ? '\n' + tag.replace(/["'-]/g, '') : '';
      all.splice(i, 0, `${rng.pick(['RUN', 'COPY', 'RUN cat', 'RUN --mount=type=cache,target=/x'])} <<${tag}${rng.chance(0.3) ? ' /dst' : ''}\n${body}${terminator}`);
      return all.join('\n');
    },
  },
  {
    name: 'dockerfile-directives',
    kinds: DOCKERFILE,
    apply(text, rng) {
      const piece = rng.pick([
        '# escape=`\n', '# escape=\\\n', '# syntax=docker/dockerfile:1\n', '# check=skip=all\n', '# hadolint ignore=DL3008\n',
        '# infra-coach ignore=all\n', 'ARG A=1\n', 'FROM scratch AS a\n', 'FROM ${A:-x}\n', 'ONBUILD \n', 'SHELL ["a"\n',
        'HEALTHCHECK NONE\n', 'ENV a\n', 'COPY --from= . .\n', 'EXPOSE 99999/xyz\n', 'USER :\n', 'RUN [\n', 'CMD ["a", \n',
      ]);
      const all = lines(text);
      all.splice(rng.int(all.length + 1), 0, piece.replace(/\n$/, ''));
      return all.join('\n');
    },
  },
  {
    name: 'indentation',
    kinds: YAML,
    apply(text, rng) {
      const all = lines(text);
      const n = 1 + rng.int(3);
      for (let k = 0; k < n; k++) {
        const i = randomLine(all, rng, (l) => l.trim() !== '');
        if (i < 0) break;
        const delta = rng.pick([-4, -2, -1, 1, 2, 4]);
        if (rng.chance(0.15)) all[i] = '\t' + all[i];
        else if (delta > 0) all[i] = ' '.repeat(delta) + all[i];
        else all[i] = all[i].replace(new RegExp(`^ {0,${-delta}}`), '');
      }
      return all.join('\n');
    },
  },
  {
    name: 'yaml-anchors',
    kinds: YAML,
    apply(text, rng) {
      const all = lines(text);
      const name = rng.pick(['a', 'base', 'x1', 'loop']);
      const choice = rng.int(5);
      const key = randomLine(all, rng, (l) => /^\s*[\w.-]+:\s*\S/.test(l) || /^\s*[\w.-]+:\s*$/.test(l));
      if (key < 0) return text + `\nx: &${name} 1\ny: *${name}\n`;
      if (choice === 0) all[key] = all[key].replace(/:(\s*)/, `: &${name}$1`);
      else if (choice === 1) all[key] = all[key].replace(/:\s*.*$/, `: *${name}`);
      else if (choice === 2) {
        const indent = /^\s*/.exec(all[key])?.[0] ?? '';
        all.splice(key + 1, 0, `${indent}  <<: *${name}`);
      } else if (choice === 3) {
        // An anchor that refers to itself, and a merge of a non-map.
        all[key] = all[key].replace(/:\s*.*$/, `: &${name} [*${name}]`);
      } else {
        const indent = /^\s*/.exec(all[key])?.[0] ?? '';
        all.splice(key, 0, `${indent}<<: [*${name}, *${name}]`, `${indent}anchor_${rng.int(9)}: &${name}`, `${indent}  k: v`);
      }
      return all.join('\n');
    },
  },
  {
    name: 'yaml-structure',
    kinds: YAML,
    apply(text, rng) {
      const all = lines(text);
      const piece = rng.pick([
        '---', '...', '--- |', '%YAML 1.2', '%TAG ! tag:x,2000:', '? complex', ': value', '- ', '-', '{', '[', '}: ]', 'k: {a: [1, 2}',
        'key: |', 'key: >-', 'key: !!binary AAAA', 'key: !custom x', 'key: "unterminated', "key: 'it''s", 'key: @reserved',
        'key: `tick', 'a: b: c', 'key: 0x1F', 'key: 1e999', 'key: .nan', 'key: ~', '"": "', '? [a, b]\n: c', 'apiVersion: v1\nkind: Pod',
        'services:', '  svc:', '    image: x', 'spec:', '  containers:', '  - name: c', 'metadata:\n  name: x',
      ]);
      all.splice(rng.int(all.length + 1), 0, piece);
      return all.join('\n');
    },
  },
  {
    name: 'duplicate-key',
    kinds: YAML,
    apply(text, rng) {
      const all = lines(text);
      const i = randomLine(all, rng, (l) => /^\s*[\w.-]+:/.test(l));
      if (i < 0) return text;
      all.splice(i + 1, 0, all[i].replace(/:.*$/, ': dup'));
      return all.join('\n');
    },
  },
];

export function mutatorsFor(kind: FileKind): Mutator[] {
  return mutators.filter((m) => m.kinds.includes(kind));
}
