import * as assert from 'node:assert/strict';
import { defaultConfig, type EffectiveConfig } from '../../../src/core/config';
import { readKubeLinterConfig } from '../../../src/core/configFiles/kubeLinter';
import { lint } from '../../../src/core/engine';

function findings(text: string, tweak?: (c: EffectiveConfig) => void): string[] {
  const config = defaultConfig();
  tweak?.(config);
  const result = lint({ text, fileName: 'app.yaml' }, { config });
  assert.deepEqual(result.failures, []);
  return result.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}:${d.rule}`);
}

const extensionsDeployment = `apiVersion: extensions/v1beta1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27}]
`;

const misspelt = `apiVersion: v1
kind: ConfigMap
metadata: {name: web}
dat:
  mode: blue
`;

describe('kubernetes rules shared with kube-linter', () => {
  it('an extensions/v1beta1 object is reported once, under kube-linter\'s no-extensions-v1beta', () => {
    const onApiVersion = findings(extensionsDeployment).filter((f) => f.startsWith('1:13:'));
    assert.deepEqual(onApiVersion, ['1:13:no-extensions-v1beta']);
  });

  it('excluding no-extensions-v1beta in .kube-linter.yaml silences the finding (no other rule takes over)', () => {
    const { patch } = readKubeLinterConfig('checks:\n  exclude: [no-extensions-v1beta]\n', '/r/.kube-linter.yaml');
    const onApiVersion = findings(extensionsDeployment, (c) => Object.assign(c.rules, patch.rules)).filter((f) => f.startsWith('1:13:'));
    assert.deepEqual(onApiVersion, []);
  });

  it('schema rules answer to kube-linter\'s schema-validation in .kube-linter.yaml', () => {
    assert.deepEqual(findings(misspelt), ['4:1:schema-unknown-field']);
    const { patch } = readKubeLinterConfig('checks:\n  exclude: [schema-validation]\n', '/r/.kube-linter.yaml');
    assert.deepEqual(findings(misspelt, (c) => Object.assign(c.rules, patch.rules)), []);
  });

  it('and to `# infra-coach ignore=schema-validation`', () => {
    const text = misspelt.replace('dat:', '# infra-coach ignore=schema-validation -- checked by our admission webhook\ndat:');
    assert.deepEqual(findings(text), []);
  });
});
