/** Messages crossing the webview boundary are accepted only with a known type and exact shape. */
import * as assert from 'node:assert/strict';
import { parseHostMessage, parseLearningState, parseWebviewMessage } from '../../../src/webview/protocol';

const FILE = { kind: 'kubernetes', fileName: 'deployment.yml', level: 'kubernetes', place: 'Kubernetes', kinds: ['Deployment'], parts: [] };

describe('webview protocol', () => {
  it('accepts each message the webview sends', () => {
    const valid: unknown[] = [
      { type: 'ready' },
      { type: 'explainFile' },
      { type: 'explainConcept', concept: 'cold-start' },
      { type: 'insertSnippet', snippet: 'k8s-hpa' },
      { type: 'showPyramid' },
      { type: 'showPyramid', level: 'serverless' },
      { type: 'rendered', view: 'concept', id: 'service', heading: 'Service' },
    ];
    for (const m of valid) assert.deepEqual(parseWebviewMessage(m), m);
  });

  it('rejects unknown types, wrong shapes, extra keys and unknown ids', () => {
    const invalid: unknown[] = [
      null,
      undefined,
      'ready',
      42,
      [],
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'openExternal', url: 'https://evil.example' },
      { type: 'ready', extra: 1 },
      { type: 'explainConcept' },
      { type: 'explainConcept', concept: '../../etc/passwd' },
      { type: 'explainConcept', concept: 'toString' },
      { type: 'explainConcept', concept: { toString: () => 'service' } },
      { type: 'insertSnippet', snippet: '__proto__' },
      { type: 'insertSnippet', snippet: 'k8s-hpa', body: 'rm -rf /' },
      { type: 'showPyramid', level: 'mainframe' },
      { type: 'rendered', view: 'other', id: 'x', heading: 'y' },
      { type: 'rendered', view: 'concept', id: 'x'.repeat(10_000), heading: 'y' },
      { type: 'explainFile', uri: 'file:///etc/shadow' },
      Object.assign(Object.create({ type: 'ready' }), {}),
    ];
    for (const m of invalid) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
  });

  it('accepts host messages and rejects malformed file descriptions', () => {
    assert.deepEqual(parseHostMessage({ type: 'here', file: FILE }), { type: 'here', file: FILE });
    assert.deepEqual(parseHostMessage({ type: 'here', file: null }), { type: 'here', file: null });
    assert.deepEqual(parseHostMessage({ type: 'showConcept', concept: 'ingress' }), { type: 'showConcept', concept: 'ingress' });
    assert.deepEqual(parseHostMessage({ type: 'selectLevel', level: 'vm' }), { type: 'selectLevel', level: 'vm' });
    assert.equal(parseHostMessage({ type: 'here', file: { ...FILE, kind: 'terraform' } }), undefined);
    assert.equal(parseHostMessage({ type: 'here', file: { ...FILE, kinds: 'Deployment' } }), undefined);
    assert.equal(parseHostMessage({ type: 'here', file: { ...FILE, kinds: Array(51).fill('Pod') } }), undefined);
    assert.equal(parseHostMessage({ type: 'here', file: { ...FILE, html: '<b>' } }), undefined);
    assert.equal(parseHostMessage({ type: 'here' }), undefined);
    assert.equal(parseHostMessage({ type: 'eval', code: '1' }), undefined);
  });

  it('restores a saved state, and falls back on anything malformed', () => {
    const fallback = { view: 'pyramid' as const };
    assert.deepEqual(parseLearningState({ view: 'pyramid', selected: 'vm', here: FILE }, fallback), { view: 'pyramid', selected: 'vm', here: FILE });
    assert.deepEqual(parseLearningState({ view: 'pyramid', selected: 'nope' }, fallback), { view: 'pyramid' });
    assert.deepEqual(parseLearningState({ view: 'concept', concept: 'node', history: ['cluster', 'bogus', 3] }, fallback), { view: 'concept', concept: 'node', history: ['cluster'] });
    assert.deepEqual(parseLearningState({ view: 'concept', concept: 'bogus' }, fallback), fallback);
    assert.deepEqual(parseLearningState('garbage', fallback), fallback);
    assert.deepEqual(parseLearningState(undefined, fallback), fallback);
  });
});
