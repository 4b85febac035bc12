import * as assert from 'node:assert/strict';
import type { ComposeModel } from '../../../src/core/compose/model';
import { explain, hover, lint, parseDocument } from '../../../src/core/engine';

describe('compose yamlNodes: merge keys', () => {
  // Fuzz fixture no-throw-1rtw21m: reading the merge followed the alias back into the same mapping forever.
  const text = 'services:\n  netbox: &netbox\n    image: netbox:4.1\n    <<: *netbox\n  worker:\n    <<: *netbox\n    command: run\n';
  const input = { text, fileName: 'compose.yaml' };

  it('a merge key that refers to its own mapping does not overflow the stack', () => {
    const result = lint(input);
    assert.deepEqual(result.failures, []);
    assert.ok(hover(input, { line: 3, character: 5 }) !== undefined);
    assert.equal(typeof explain(input), 'string');
  });

  it('the mapping keeps its own keys, and a service merging it still gets them', () => {
    const model = parseDocument(input)?.model as ComposeModel;
    assert.deepEqual(model.service('netbox')?.entries.map((e) => e.key), ['image']);
    assert.deepEqual(model.service('worker')?.entries.map((e) => e.key).sort(), ['command', 'image']);
  });
});
