/**
 * The report formats of `infra-coach lint` on the real engine: SARIF validated against the SARIF
 * 2.1.0 JSON schema, GitHub workflow commands and Checkstyle XML with hostile text escaped, and
 * --output.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { escapeData, escapeProperty, toGithub } from '../../../src/cli/formats/github';
import { escapeXml, toCheckstyle } from '../../../src/cli/formats/checkstyle';
import type { FileReport } from '../../../src/cli/report';
import { cli, writeTree } from './helpers';

const SCHEMA_FILE = path.join(__dirname, 'schema', 'sarif-2.1.0-rtm.5.json');

/** The schema is draft-04 (`id`); Ajv reads the same keywords under draft-07 once `id` is `$id`. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // The schema's language pattern is valid only without the regex `u` flag, as JSON Schema validators of its time read it.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: object } }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; fullDescription: { text: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

const MESSAGE_WITH_EVERYTHING = 'bad: 100% <x> & "y", \'z\'\nsecond line\r::error::injected';

/** A report with one finding whose message holds every character the formats must escape. */
function hostileReport(): FileReport[] {
  const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } };
  return [
    {
      path: 'dir,with:odd/Dockerfile',
      result: {
        kind: 'dockerfile',
        diagnostics: [{ rule: 'DL3007', aliases: [], severity: 'warning', message: MESSAGE_WITH_EVERYTHING, range, fixes: [], docs: 'https://example.invalid/DL3007.md' }],
        failures: [],
        limited: false,
      },
    },
  ];
}

describe('infra-coach lint formats', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-formats-'));
    writeTree(dir, {
      'Dockerfile': 'FROM node:latest\nMAINTAINER Jane <jane@example.com>\nRUN cd /app && npm install\n',
      'k8s/web.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: api\n          image: example/api:1.0\n',
      'ünïcode dir/compose.yaml': 'services:\n  web:\n    image: nginx:latest\n',
    });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes SARIF 2.1.0 that the SARIF JSON schema accepts, with rule metadata, help URIs and exact regions', () => {
    const run = cli(['lint', '--format', 'sarif', '.'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const log: SarifLog = JSON.parse(run.stdout);
    const validate = sarifValidator();
    const valid = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    const [sarifRun] = log.runs;
    assert.equal(log.version, '2.1.0');
    assert.equal(sarifRun.tool.driver.name, 'Infra Coach');
    const dl4000 = sarifRun.results.find((r) => r.ruleId === 'DL4000')!;
    assert.deepEqual(dl4000.locations[0].physicalLocation, {
      artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 35 },
    });
    const rule = sarifRun.tool.driver.rules[dl4000.ruleIndex];
    assert.equal(rule.id, 'DL4000');
    assert.match(rule.helpUri, /docs\/rules\/DL4000\.md$/);
    assert.ok(rule.shortDescription.text.length > 0 && rule.fullDescription.text.length > 0);
    assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, 'file://' + dir.split(path.sep).map(encodeURIComponent).join('/') + '/');
    // Non-ASCII and spaces in paths are percent-encoded, as URIs require.
    assert.ok(sarifRun.results.some((r) => r.locations[0].physicalLocation.artifactLocation.uri === '%C3%BCn%C3%AFcode%20dir/compose.yaml'));
    // Each rule is listed once, and every result's index points at its own rule.
    const ids = sarifRun.tool.driver.rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of sarifRun.results) assert.equal(sarifRun.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  });

  it('keeps SARIF valid when there are no findings', () => {
    const clean = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-clean-'));
    try {
      writeTree(clean, { 'Dockerfile': 'FROM alpine:3.20\nUSER 10001\nCMD ["true"]\n' });
      const run = cli(['lint', '--format', 'sarif', '.'], { cwd: clean });
      const validate = sarifValidator();
      const log: SarifLog = JSON.parse(run.stdout);
      const valid = validate(log);
      assert.ok(valid, JSON.stringify(validate.errors));
      assert.deepEqual(log.runs[0].results, []);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });

  it('prints GitHub workflow annotations with positions, one line per finding', () => {
    const run = cli(['lint', '--format', 'github', 'Dockerfile'], { cwd: dir });
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=Dockerfile,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]+::\S/);
    assert.ok(lines.some((l) => l.startsWith('::error file=Dockerfile,line=2,col=1,endLine=2,endColumn=35,title=DL4000%3A error::')));
  });

  it('escapes GitHub annotation data and properties so a message cannot inject a command', () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a,b:c%'), 'a%2Cb%3Ac%25');
    const out = toGithub(hostileReport());
    assert.equal(out.split('\n').length, 2, 'one line and the final newline');
    assert.ok(out.startsWith('::warning file=dir%2Cwith%3Aodd/Dockerfile,line=2,col=3,endLine=2,endColumn=10,title=DL3007%3A warning::'));
    assert.ok(out.includes('bad: 100%25 <x> & "y", \'z\'%0Asecond line%0D::error::injected'));
  });

  it('writes Checkstyle XML with every attribute escaped', () => {
    const run = cli(['lint', '--format', 'checkstyle', 'Dockerfile'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<checkstyle version="4\.3">\n  <file name="Dockerfile">\n/);
    assert.match(run.stdout, /<error line="2" column="1" severity="error" message="[^"]+" source="infra-coach\.DL4000"\/>/);
    const xml = toCheckstyle(hostileReport());
    assert.ok(xml.includes('message="bad: 100% &lt;x&gt; &amp; &quot;y&quot;, &apos;z&apos;&#10;second line&#13;::error::injected"'));
    assert.equal(escapeXml('a\u0000b\u001bc'), 'abc', 'characters XML cannot hold are dropped');
    // Balanced: every opened element is closed.
    assert.equal((xml.match(/<file /g) ?? []).length, (xml.match(/<\/file>/g) ?? []).length);
  });

  it('writes the report to --output and nothing to standard output', () => {
    const out = path.join(dir, 'report.sarif');
    const run = cli(['lint', '--format', 'sarif', '--output', out, 'Dockerfile'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
    const bad = cli(['lint', '--output', path.join(dir, 'no/such/folder/r.txt'), 'Dockerfile'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^infra-coach: cannot write --output /);
  });
});
