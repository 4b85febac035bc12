import * as assert from 'node:assert/strict';
import { ignoreFix, lint } from '../../../src/core/engine';
import { applyEdits } from '../../../src/core/text';

const file = 'compose.yaml';
function rules(text: string): string[] {
  return lint({ text, fileName: file }).diagnostics.map((d) => `${d.range.start.line + 1}:${d.rule}`);
}

const BASE = 'name: p\nservices:\n  web:\n    image: nginx\n    privileged: true\n';

describe('compose suppressions', () => {
  it('reports the findings the comments below silence', () => {
    assert.deepEqual(rules(BASE), ['4:service-image-require-explicit-tag', '5:compose-privileged']);
  });

  it('# dclint disable-file on the first line silences everything', () => {
    assert.deepEqual(rules('# dclint disable-file\n' + BASE), []);
  });

  it('# dclint disable <rules> on the first line silences those rules for the file', () => {
    assert.deepEqual(rules('---\n# dclint disable service-image-require-explicit-tag\n' + BASE), ['7:compose-privileged']);
  });

  it('# dclint disable further down is not a file-level comment (as in dclint)', () => {
    const text = BASE + '# dclint disable compose-privileged\n';
    assert.deepEqual(rules(text), ['4:service-image-require-explicit-tag', '5:compose-privileged']);
  });

  it('# dclint disable-line covers its own line, or the next when alone on a line', () => {
    const text = 'name: p\nservices:\n  web:\n    image: nginx # dclint disable-line service-image-require-explicit-tag\n    # dclint disable-line\n    privileged: true\n';
    assert.deepEqual(rules(text), []);
  });

  it('# infra-coach ignore= above a key covers the key and everything under it', () => {
    const text = 'name: p\nservices:\n  # infra-coach ignore=compose-privileged,service-image-require-explicit-tag -- legacy box\n  web:\n    image: nginx\n    privileged: true\n';
    assert.deepEqual(rules(text), []);
  });

  it('# infra-coach ignore= after a value covers that line only', () => {
    const text = 'name: p\nservices:\n  web:\n    image: nginx  # infra-coach ignore=compose-privileged\n    privileged: true\n';
    assert.deepEqual(rules(text), ['4:service-image-require-explicit-tag', '4:unused-suppression', '5:compose-privileged']);
  });

  it('# infra-coach ignore-file=all silences the file; a # inside quotes is no comment', () => {
    assert.deepEqual(rules('# infra-coach ignore-file=all\n' + BASE), []);
    assert.deepEqual(rules(BASE + '    stop_signal: "SIG # infra-coach ignore-file=all"\n'), ['4:service-image-require-explicit-tag', '5:compose-privileged']);
  });

  it('the ignore fix adds a comment above the entry, then merges into it', () => {
    const first = lint({ text: BASE, fileName: file }).diagnostics.find((d) => d.rule === 'compose-privileged');
    assert.ok(first);
    const fix = ignoreFix({ text: BASE, fileName: file }, first);
    assert.ok(fix);
    const once = applyEdits(BASE, fix.edits);
    assert.equal(once, 'name: p\nservices:\n  web:\n    image: nginx\n    # infra-coach ignore=compose-privileged -- reason\n    privileged: true\n');
    assert.deepEqual(rules(once), ['4:service-image-require-explicit-tag']);

    const text2 = 'name: p\nservices:\n  web:\n    # infra-coach ignore=compose-privileged\n    image: nginx\n    privileged: true\n';
    const tag = lint({ text: text2, fileName: file }).diagnostics.find((d) => d.rule === 'service-image-require-explicit-tag');
    assert.ok(tag);
    const merged = ignoreFix({ text: text2, fileName: file }, tag);
    assert.ok(merged);
    assert.equal(applyEdits(text2, merged.edits), 'name: p\nservices:\n  web:\n    # infra-coach ignore=compose-privileged,service-image-require-explicit-tag\n    image: nginx\n    privileged: true\n');
  });

  it('the ignore fix never writes a comment inside a block scalar', () => {
    const text = 'name: p\nservices:\n  web:\n    image: nginx:1\n    command: |\n      echo start\n      echo ${MISSING}\n';
    const d = lint({ text, fileName: file }).diagnostics.find((x) => x.rule === 'compose-undefined-variable');
    assert.ok(d);
    assert.equal(d.range.start.line, 6);
    const fix = ignoreFix({ text, fileName: file }, d);
    assert.ok(fix);
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, 'name: p\nservices:\n  web:\n    image: nginx:1\n    # infra-coach ignore=compose-undefined-variable -- reason\n    command: |\n      echo start\n      echo ${MISSING}\n');
    assert.deepEqual(rules(fixed), []);
  });
});
