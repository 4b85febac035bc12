/**
 * Records how long activate() took in this real host, for `npm run bench` (its budget is 20 ms).
 * The figure is written, not asserted: timing limits belong in the benchmark, not in tests.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activateExtension } from './helpers';

describe('Activation', () => {
  it('reports the time activate() took and records it for the benchmark', async () => {
    const extension = await activateExtension();
    const api = extension.exports as { activationMs?: unknown } | undefined;
    assert.equal(typeof api?.activationMs, 'number', 'activate() returns { activationMs }');
    const activationMs = api!.activationMs as number;
    assert.ok(activationMs >= 0 && Number.isFinite(activationMs), `a real duration, got ${activationMs}`);
    const dir = join(extension.extensionPath, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'activation.json'), JSON.stringify({ activateMs: activationMs, when: new Date().toISOString() }) + '\n');
  });
});
