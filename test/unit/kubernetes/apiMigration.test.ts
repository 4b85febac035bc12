import * as assert from 'node:assert/strict';
import { parseKubernetes } from '../../../src/core/kubernetes/parse';
import { migrateApiVersionFix } from '../../../src/core/kubernetes/rules/fixes';
import { applyEdits } from '../../../src/core/text';

function migrate(text: string): string | undefined {
  const model = parseKubernetes(text, 'migrate-test.yaml');
  const fix = migrateApiVersionFix(model, model.documents[0]);
  return fix && applyEdits(text, fix.edits);
}

describe('migrateApiVersionFix', () => {
  it('keeps an existing selector and only rewrites apiVersion', () => {
    const text = `apiVersion: apps/v1beta2
kind: StatefulSet
metadata: {name: db}
spec:
  selector:
    matchLabels: {app: db}
  template:
    metadata: {labels: {app: db}}
`;
    assert.equal(migrate(text), text.replace('apps/v1beta2', 'apps/v1'));
  });

  it('adds the selector apps/v1 requires, quoting values YAML would misread', () => {
    const text = `apiVersion: extensions/v1beta1
kind: DaemonSet
metadata:
  name: agent
spec:
    template:
        metadata:
            labels:
                app: agent
                enabled: "true"
`;
    assert.equal(
      migrate(text),
      `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
    template:
        metadata:
            labels:
                app: agent
                enabled: "true"
    selector:
      matchLabels:
        app: agent
        enabled: "true"
`,
    );
  });

  it('gives up when there are no template labels to build a selector from, and for kinds without a mechanical path', () => {
    assert.equal(migrate('apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec: {}\n'), undefined);
    assert.equal(migrate('apiVersion: extensions/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\nspec: {}\n'), undefined);
    assert.equal(migrate('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n'), undefined);
  });
});
