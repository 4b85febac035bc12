import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config';
import { ignoreFix, lint } from '../../../src/core/engine';
import { applyEdits } from '../../../src/core/text';

function findings(text: string, rule?: string): string[] {
  const config = defaultConfig();
  const result = lint({ text, fileName: 'app.yaml' }, { config });
  assert.deepEqual(result.failures, []);
  return result.diagnostics.filter((d) => !rule || d.rule === rule || d.rule === 'unused-suppression').map((d) => `${d.range.start.line + 1}:${d.rule}`);
}

const twoContainers = (comment: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
${comment}  - name: web
    image: nginx:1.27
  - name: proxy
    image: envoy:1.30
`;

describe('kubernetes suppressions', () => {
  it('a comment above a list item covers that item only', () => {
    assert.deepEqual(findings(twoContainers(''), 'no-read-only-root-fs'), ['7:no-read-only-root-fs', '9:no-read-only-root-fs']);
    assert.deepEqual(findings(twoContainers('  # infra-coach ignore=no-read-only-root-fs -- nginx writes its cache\n'), 'no-read-only-root-fs'), ['10:no-read-only-root-fs']);
  });

  it('several ids, matched case-insensitively and by peer alias', () => {
    const text = twoContainers('  # infra-coach ignore=NO-READ-ONLY-ROOT-FS, runAsRootAllowed -- legacy image\n');
    const left = findings(text).filter((f) => f.startsWith('8:'));
    assert.deepEqual(left, ['8:unset-cpu-requirements', '8:unset-memory-requirements']);
    assert.ok(findings(text).includes('10:run-as-non-root'));
  });

  it('a comment above a key covers its whole block, including a list at the same indentation', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  # infra-coach ignore=latest-tag -- pinned by the deploy tool
  containers:
  - name: web
    image: nginx
  - name: proxy
    image: envoy
  initContainers:
  - name: init
    image: busybox
`;
    assert.deepEqual(findings(text, 'latest-tag'), ['14:latest-tag']);
  });

  it('a comment above the first key or after --- covers the document', () => {
    const pod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  hostNetwork: true
  containers: [{name: a, image: "a:1"}]
`;
    const text = `# infra-coach ignore=host-network -- node agent\n${pod('a')}---\n# infra-coach ignore=host-network -- node agent\n${pod('b')}---\n${pod('c')}`;
    assert.deepEqual(findings(text, 'host-network'), ['24:host-network']);
  });

  it('ignore-file covers every document, a trailing comment only its line', () => {
    const text = `# infra-coach ignore-file=latest-tag
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true # infra-coach ignore=host-network -- CNI agent
  hostPID: true
  containers: [{name: a, image: nginx}]
`;
    const out = findings(text);
    assert.ok(!out.some((f) => f.endsWith(':latest-tag') || f.endsWith(':host-network')), out.join(', '));
    assert.ok(out.includes('8:host-pid'));
  });

  it('honours kube-linter, kube-score and Polaris annotations on the object', () => {
    const pod = (annotations: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    ${annotations}
spec:
  hostNetwork: true
  containers: [{name: a, image: "a:1", securityContext: {privileged: true}}]
`;
    assert.deepEqual(findings(pod('ignore-check.kube-linter.io/host-network: "CNI plugin"'), 'host-network'), []);
    assert.deepEqual(findings(pod('kube-linter.io/ignore-all: "vendor chart"')), []);
    assert.deepEqual(findings(pod('kube-score/ignore: container-security-context-privileged,pod-probes'), 'privileged-container'), []);
    assert.deepEqual(findings(pod('polaris.fairwinds.com/hostNetworkSet-exempt: "true"'), 'host-network'), []);
  });

  it('reports a suppression that silences nothing', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  # infra-coach ignore=host-ipc -- copied from elsewhere
  containers: [{name: a, image: "a:1"}]
`;
    assert.deepEqual(findings(text, 'host-ipc'), ['6:unused-suppression']);
  });

  it('ignores the marker inside a quoted value', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations: {note: "see # infra-coach ignore=host-network"}
spec:
  hostNetwork: true
  containers: [{name: a, image: "a:1"}]
`;
    assert.deepEqual(findings(text, 'host-network'), ['7:host-network']);
  });
});

describe('kubernetes ignore fix', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx
`;

  function fixFor(text: string, rule: string): string | undefined {
    const d = lint({ text, fileName: 'app.yaml' }).diagnostics.find((x) => x.rule === rule);
    assert.ok(d, `no ${rule} finding`);
    const fix = ignoreFix({ text, fileName: 'app.yaml' }, d);
    return fix && applyEdits(text, fix.edits);
  }

  it('inserts the comment above the offending key with its indentation, and then the finding is gone', () => {
    const fixed = fixFor(pod, 'latest-tag');
    assert.equal(
      fixed,
      `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      # infra-coach ignore=latest-tag -- reason
      image: nginx
`,
    );
    assert.deepEqual(findings(fixed!, 'latest-tag'), []);
  });

  it('merges into an ignore comment already above the line', () => {
    const once = fixFor(pod, 'no-read-only-root-fs')!;
    assert.equal(once.split('\n')[6], '    # infra-coach ignore=no-read-only-root-fs -- reason');
    const twice = fixFor(once, 'run-as-non-root');
    assert.equal(twice!.split('\n')[6], '    # infra-coach ignore=no-read-only-root-fs,run-as-non-root -- reason');
    assert.deepEqual(findings(twice!).filter((f) => f.startsWith('8:')), ['8:unset-cpu-requirements', '8:unset-memory-requirements']);
  });
});

describe('kustomize patches', () => {
  const patch = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        image: nginx:latest
        securityContext:
          privileged: true
`;

  it('skip checks about absent fields, keep checks about values that are present', () => {
    const rules = (fileName: string, host?: { readFile(p: string): string | undefined }) =>
      [...new Set(lint({ text: patch, fileName }, { host }).diagnostics.map((d) => d.rule))].filter((r) => !r.startsWith('schema-')).sort();
    assert.deepEqual(rules('overlays/prod/replicas-patch.yaml'), ['latest-tag', 'privilege-escalation-container', 'privileged-container']);
    const host = { readFile: (p: string) => (p === 'overlays/prod/kustomization.yaml' ? 'patches:\n- path: web.yaml\n' : undefined) };
    assert.deepEqual(rules('overlays/prod/web.yaml', host), ['latest-tag', 'privilege-escalation-container', 'privileged-container']);
    assert.ok(rules('base/web.yaml').includes('no-read-only-root-fs'), 'a full manifest still gets them');
  });
});
