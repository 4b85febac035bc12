import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Composer, parseDocument, Parser, type Document } from 'yaml';
import { splitDocuments } from '../../../src/core/kubernetes/documents';
import { readYamlFast } from '../../../src/core/yaml/fastDocument';
import { treeDifferences } from './treeDiff';

// The options the Compose model parses with.
const OPTIONS = { merge: true, uniqueKeys: true, prettyErrors: false, strict: false };
// The options src/core/kubernetes/parse.ts composes each document with.
const KUBERNETES_OPTIONS = { prettyErrors: false, logLevel: 'error' } as const;
const CORPUS = join(__dirname, '../../../../shared/corpus');
const FIXTURES = join(__dirname, 'fixtures');

function sameAsYaml(text: string): string[] {
  const fast = readYamlFast(text, OPTIONS);
  assert.ok(fast, `the fast reader declined:\n${text}`);
  return treeDifferences(fast, parseDocument(text, OPTIONS));
}

/** The single document the Kubernetes parse composes from `text`, as it composes it. */
function composeOne(text: string): Document.Parsed {
  const docs = Array.from(new Composer(KUBERNETES_OPTIONS).compose(new Parser().parse(text))) as Document.Parsed[];
  assert.equal(docs.length, 1);
  return docs[0];
}

/** Each construct of the subset, alone; each must be read and give yaml's tree. */
const VALID: Record<string, string> = {
  'a plain pair': 'a: 1\n',
  'core schema scalars': 'a: true\nb: null\nc: ~\nd: 0x1F\ne: 0o17\nf: 1.50\ng: 1e3\nh: .inf\ni: -.5\nj: 08\nk: yes\nl: -12\nm: +3\nn: .NaN\no: False\n',
  'typed keys': '80: a\ntrue: b\n1.5: c\n',
  'double-quoted escapes': 'a: "x\\ty \\u00e9 \\"q\\" \\\\ \\x41 \\U0001F600 \\/ \\0"\n',
  'single quotes': "b: 'it''s'\nc: ''\n",
  'quoted keys': '"c d": 1\n\'e\': 2\n"f" : 3\n',
  'plain scalars with indicators inside': 'image: nginx:1.2\nurl: http://x#frag\ncmd: echo a # b\nrange: a-b:c d\nbraces: echo {a,b} [c]\nneg: -x\nq: a?b\n',
  'spaces before the colon': 'a  : 1\n',
  'literal block': 'a: |\n  x\n    y\n  z\nb: 1\n',
  'literal block, strip, trailing blank lines': 'a: |-\n  x\n  y\n\n\nb: 1\n',
  'literal block with blank lines inside and a header comment': 'a: | # note\n  x\n\n  y\n',
  'folded block': 'b: >\n  p\n  q\n\n  r\n',
  'folded block, strip': 'b: >-\n  p\n  q\n\n\n  r\nc: 2\n',
  'block scalar at the end without a line break': 'a: |\n  x',
  'block scalar in a sequence': '- |\n  x\n- >\n  y\n',
  'flow sequence and mapping': 'a: [x, "y" , 1]\nb: {k: v, m: 2}\nc: []\nd: {}\ne: [ x , y ]\nf: { k : v }\n',
  'multi-line flow sequence with a trailing comma': 'a:\n  t: [\n    "x" ,\n    y,\n  ]\n  b: 1\n',
  'flow sequence on the line below its key': 'a:\n  t:\n    [\n      "x",\n\n      "y"\n    ]\n\n  b: 1\n',
  'flow collection then a comment': 'a: [x]  # c\nb: {k: v} # d\n',
  'anchors, aliases and merge keys': 'x: &a\n  k: 1\ny:\n  <<: *a\n  j: 2\nz: *a\nw: &s str\nv: [*a, *s]\nm:\n  <<: [*a]\n  <<: *a\n',
  'anchor alone on the line below its key': 'x:\n  &a\n  k: 1\ny: *a\n',
  'anchored sequence and flow collection': 'a: &l\n  - 1\nb: &f [1, 2]\nc: &q "v"\n',
  'sequences and compact mappings': '- a\n- b: 1\n  c: 2\n- "d": 3\n-   e: 4\n    f: 5\n-\n  g: 6\n',
  'sequence at its key column': 'k:\n- a\n- b\nn: 1\n',
  'a comment at the column of the inner mapping': 'a:\n  b: 1\n  # t\nc: 2\n',
  'comments deeper than the mapping belong to the value': 'a:\n  b: 1\n    # deep\n\n    # deeper\nc: 2\n',
  'a comment passed out of a nested mapping': 'a:\n  b:\n    c: 1\n    # x\n  d: 2\n',
  'comments at the start and end': '# lead\n\na: 1 # trail\n# end\n',
  'a comment after a sequence item': 'a:\n  - 1\n  # t\nc: 2\n',
  'a comment between sequence items': 'a:\n- 1\n# t\n- 2\n',
  'a comment at the end of a nested mapping': 'a:\n  b: 1\n  # t\n',
  'empty values': 'a:\nb:\n  c:\n\n\nd: 1\ne:   \n',
  'empty value at the end': 'a:\n  b:\n\n  \n',
  'document start marker': '---\na: 1\n',
  'document start marker with comments': '# c\n--- # d\na: 1\n',
  'no final line break': 'a:\n  b: 1',
  'blank lines with spaces': 'a: 1\n   \n\nb: 2\n  \n',
  'blank lines at the start of block scalars': 'a: |\n\n  x\nb: |-\n\n\n  y\nc: |\n  \n  z\nd: >\n  x\n \n  y\n',
  'flow scalars yaml reads as plain text': 'a: [a:b, -x, ?x, :x]\nb: [x,]\nc: {k: v,}\nd: {"k": v}\ne: {\'k\' : v}\nf: [*x , y]\n',
  'anchors alone on a line': 'x:\n    &a\n  k: 1\ny:\n  &b # c\n  [1]\nz:\n  &c\n  - 1\nw:\n  - &d\n    k: 1\n',
  'plain values over several lines': 'a: x\n  y\n\n\n  z  \nb:\n- p q\n  r\n- k: s\n     t # c\n  j: 1\nc: 1\n 2\nd: u\n    v\n  # deep\n',
  'comment lines after a plain value over several lines': 'a:\n  b: x\n    y\n\n      # x\n  # z\nc: 1\n',
  'quoted values over several lines': 'a: "x  \n   y\n\n\n  z \\\n    w\\n \\ \n  \\x41"\nb:\n- \'p  \n\n  q\'\'s\n   \'\n- "r\n  s" # c\nc: \'\n  \'\n',
  'indicators starting the lines of a plain value': 'a: b\n  - c\n  `x` [y] "z" *w &v !t |u >s %r @q\n  {x}\n  ? y\n  ,z\n',
  'a plain value over several lines at the end': 'a: x\n  y',
  'an alias to no anchor and merges of any value (yaml reports neither while parsing)': 'a: *x\n<<: 1\nb:\n  <<: {x: 1}\n  <<: [1]\n',
};

/** Inputs outside the subset or in error: the reader must leave them to yaml. */
const DECLINED: Record<string, string> = {
  'an empty text': '',
  'only a comment': '# nothing\n',
  'a tag': 'a: !!str 1\n',
  'a complex key': '? a\n: b\n',
  'a directive': '%YAML 1.2\n---\na: 1\n',
  'a tab': 'a:\tb\n',
  'CRLF line ends': 'a: 1\r\nb: 2\r\n',
  'a byte-order mark': '\ufeffa: 1\n',
  'a duplicate key': 'a: 1\na: 2\n',
  'a duplicate key in a flow mapping': 'a: {k: 1, k: 2}\n',
  'two documents': 'a: 1\n---\nb: 2\n',
  'a document end marker': 'a: 1\n...\n',
  'a misindented key': 'a:\n  b: 1\n c: 2\n',
  'an unclosed quote': 'a: "x\n',
  'a multi-line plain key': 'a\n  b: 1\n',
  'a key on a plain value\'s next line': 'a: b\n  c: d\n',
  'a value indicator ending a continuation line': 'a: b\n  c:\n',
  'a comment inside a continued plain value': 'a: b\n  c # x\n  d\n',
  'a quoted value over several lines at its holder\'s column': 'a:\n  b: "x\n  y"\n',
  'a quoted key over several lines': '- "x\n  y": 1\n',
  'a bad escape over several lines': 'a: "x\n  \\q"\n',
  'keep chomping': 'a: |+\n  x\n\n',
  'an explicit indentation indicator': 'a: |2\n   x\n',
  'a nested compact sequence': '- - x\n',
  'an anchor on a key': '&a k: v\n',
  'a scalar document': 'just text\n',
  'a comment inside a flow collection': 'a: [x, # c\n  y]\n',
  'a nested flow collection': 'a: [[1]]\n',
  'an empty value with a comment': 'a: # c\nb: 1\n',
  'a mapping on a value line': 'a: b: c\n',
  'a sequence on a key line': 'a: - b\n',
  'text after a quoted scalar': 'a: "x" y\n',
  'a key without a value indicator': 'a\nb: 1\n',
  'an empty sequence item': '- \n- a\n',
  'a block sequence at a mapping column': 'a: 1\n- b\n',
  'a more-indented line in a folded scalar': 'a: >\n  x\n    y\n',
  'an empty block scalar': 'a: |\nb: 1\n',
  'a flow collection less indented than its holder': 'a:\n  b: [\n1]\n',
  'an alias with an anchor': 'a: &x *y\n',
  'an unusual anchor name': 'a: &x$ 1\n',
};

const EDITS: ((lines: string[], at: number, width: number) => void)[] = [
  (lines, at) => lines.splice(at, 1),
  (lines, at, width) => lines.splice(at, 0, `${' '.repeat(width)}# note`),
  (lines, at, width) => lines.splice(at, 0, ' '.repeat(width % 3)),
  (lines, at) => (lines[at] = ` ${lines[at]}`),
  (lines, at) => (lines[at] = lines[at].replace(/^ /, '')),
  (lines, at) => (lines[at] = `${lines[at]} # c`),
  (lines, at) => (lines[at] = lines[at].replace(/:$/, ': # x')),
  (lines, at) => lines.splice(at + 1, 0, lines[at]),
];

describe('fast YAML reader', () => {
  describe('reads each construct of its subset as yaml does', () => {
    for (const [name, text] of Object.entries(VALID)) {
      it(name, () => assert.deepEqual(sameAsYaml(text), []));
    }
  });

  describe('leaves everything else to yaml', () => {
    for (const [name, text] of Object.entries(DECLINED)) {
      it(name, () => assert.equal(readYamlFast(text, OPTIONS), undefined));
    }
  });

  it('reads the fixtures as yaml does', () => {
    const files = readdirSync(FIXTURES);
    assert.ok(files.length > 0);
    for (const f of files) assert.deepEqual(sameAsYaml(readFileSync(join(FIXTURES, f), 'utf8')), [], f);
  });

  // Small edits of real files (a line removed, doubled, indented, a comment or blank line added)
  // reach the corners of yaml's rules for comments and indentation; the reader must agree or decline.
  it('agrees with yaml on edited compose corpus files it reads', function () {
    const dir = join(CORPUS, 'compose');
    if (!existsSync(dir)) this.skip();
    let checked = 0;
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const name of readdirSync(dir)) {
      const base = readFileSync(join(dir, name), 'utf8');
      for (let variant = 0; variant < 4; variant++) {
        const lines = base.split('\n');
        const at = next(lines.length);
        EDITS[next(EDITS.length)](lines, at, next(10));
        const text = lines.join('\n');
        const doc = readYamlFast(text, OPTIONS);
        if (!doc) continue;
        checked++;
        assert.deepEqual(treeDifferences(doc, parseDocument(text, OPTIONS)), [], `${name}, line ${at + 1} edited:\n${text}`);
      }
    }
    assert.ok(checked > 0);
  });

  // The same on Kubernetes documents, whose long descriptions and commands reach the rules for plain
  // and quoted values over several lines.
  it('agrees with yaml on edited kubernetes corpus documents it reads', function () {
    const dir = join(CORPUS, 'kubernetes');
    if (!existsSync(dir)) this.skip();
    let checked = 0;
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const name of readdirSync(dir)) {
      for (const chunk of splitDocuments(readFileSync(join(dir, name), 'utf8'))) {
        if (chunk.text.length > 60000) continue;
        for (let variant = 0; variant < 2; variant++) {
          const lines = chunk.text.split('\n');
          const at = next(lines.length);
          EDITS[next(EDITS.length)](lines, at, next(10));
          const text = lines.join('\n');
          const doc = readYamlFast(text, KUBERNETES_OPTIONS);
          if (!doc) continue;
          checked++;
          assert.deepEqual(treeDifferences(doc, composeOne(text)), [], `${name}, line ${at + 1} edited:\n${text}`);
        }
      }
    }
    assert.ok(checked > 0);
  });

  // The Kubernetes parse composes each `---`-separated document alone, with yaml's default options.
  it('agrees with yaml on every kubernetes corpus document it reads, as the Kubernetes parse cuts them', function () {
    const dir = join(CORPUS, 'kubernetes');
    if (!existsSync(dir)) this.skip();
    let fast = 0;
    let all = 0;
    for (const name of readdirSync(dir)) {
      for (const chunk of splitDocuments(readFileSync(join(dir, name), 'utf8'))) {
        all++;
        const doc = readYamlFast(chunk.text, KUBERNETES_OPTIONS);
        if (!doc) continue;
        fast++;
        assert.deepEqual(treeDifferences(doc, composeOne(chunk.text)), [], `${name} at ${chunk.start}`);
      }
    }
    assert.ok(fast > 0);
    console.log(`      kubernetes: ${fast} of ${all} corpus documents read by the fast reader`);
  });

  // Every corpus file the reader accepts must give yaml's tree; the count read fast is printed.
  for (const kind of ['compose', 'kubernetes']) {
    it(`agrees with yaml on every ${kind} corpus file it reads`, function () {
      const dir = join(CORPUS, kind);
      if (!existsSync(dir)) this.skip();
      const names = readdirSync(dir);
      let fast = 0;
      for (const name of names) {
        const text = readFileSync(join(dir, name), 'utf8');
        const doc = readYamlFast(text, OPTIONS);
        if (!doc) continue;
        fast++;
        assert.deepEqual(treeDifferences(doc, parseDocument(text, OPTIONS)), [], name);
      }
      assert.ok(fast > 0, `no ${kind} corpus file took the fast path`);
      console.log(`      ${kind}: ${fast} of ${names.length} corpus files read by the fast reader`);
    });
  }
});
