import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config';
import { lint } from '../../../src/core/engine';

// One text, linted twice with different settings, shares one cached parse.
const TEXT = 'FROM alpine:3.20\nFOO bar\n';
const input = { text: TEXT, fileName: 'severity-probe/Dockerfile' };
const severityOf = (config = defaultConfig()) => lint(input, { config }).diagnostics.find((d) => d.rule === 'dockerfile-unknown-instruction')?.severity;

describe('syntax finding severities', () => {
  it('apply a setting to one lint without leaking into the next one on the same cached parse', () => {
    const before = severityOf();
    assert.equal(before, 'error');
    const lowered = defaultConfig();
    lowered.rules['dockerfile-unknown-instruction'] = 'info';
    assert.equal(severityOf(lowered), 'info');
    assert.equal(severityOf(), before, 'default settings give the default severity again');
  });

  it('drop a syntax finding turned off', () => {
    const off = defaultConfig();
    off.rules['dockerfile-unknown-instruction'] = 'off';
    assert.equal(severityOf(off), undefined);
  });
});
