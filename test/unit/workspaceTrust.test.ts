/**
 * Workspace trust: in Restricted Mode VS Code drops a workspace's (and its folders') values of every
 * setting the manifest lists under `restrictedConfigurations`, for `getConfiguration().get` and
 * `inspect` alike, so a cloned repository cannot widen what Infra Coach does. These tests keep the
 * manifest's list in step with the settings and check that the extension reads settings only
 * through that API.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../src/core/config';
import { resolveConfig, type ConfigHost } from '../../src/core/configResolve';
import { lint } from '../../src/core/engine';
import { limitForUntrusted } from '../../src/vscode/trust';

const ROOT = path.resolve(__dirname, '../..');

interface SettingSchema {
  type?: string | string[];
  scope?: string;
  markdownDescription?: string;
  description?: string;
}

interface Manifest {
  capabilities: {
    untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces: boolean | { supported: boolean | 'limited' };
  };
  contributes: { configuration: { properties: Record<string, SettingSchema> } | { properties: Record<string, SettingSchema> }[] };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

function settings(): Record<string, SettingSchema> {
  const configuration = manifest.contributes.configuration;
  const sections = Array.isArray(configuration) ? configuration : [configuration];
  return Object.assign({}, ...sections.map((s) => s.properties)) as Record<string, SettingSchema>;
}

/**
 * Every setting, judged: restricted when a workspace value could make Infra Coach do more (read more
 * text, run more often, reach outside the workspace); free when it can only choose which findings
 * show, which the repository's own `.infra-coach.yaml` may decide as well. A new setting fails the
 * test until it is judged here.
 */
const JUDGED: Record<string, { restricted: boolean; why: string }> = {
  'infraCoach.maxFileSize': { restricted: true, why: 'a huge limit makes every rule run on files of any size' },
  'infraCoach.debounceMs': { restricted: true, why: 'zero lints on every keystroke of every open file' },
  'infraCoach.enable': { restricted: false, why: 'every kind is on by default; a workspace can only turn one off' },
  'infraCoach.rules': { restricted: false, why: 'chooses severities, as the project config files do' },
};

function mentionsPaths(schema: SettingSchema): boolean {
  return /\b(path|paths|file|files|folder|directory)\b/i.test(`${schema.markdownDescription ?? ''} ${schema.description ?? ''}`) && [schema.type].flat().some((t) => t === 'string' || t === 'array');
}

describe('workspace trust', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;

  it('declares limited support in untrusted workspaces, with a description for the Restricted Mode dialog', () => {
    assert.equal(untrusted.supported, 'limited');
    assert.equal(typeof untrusted.description, 'string');
    assert.ok((untrusted.description ?? '').length > 20, 'the description tells the user what is limited');
  });

  it('keeps working in virtual workspaces', () => {
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('judges every contributed setting, and restricts exactly the ones that widen behaviour', () => {
    const contributed = Object.keys(settings()).sort();
    assert.deepEqual(contributed, Object.keys(JUDGED).sort(), 'a setting was added or removed: judge it in JUDGED');
    const expected = Object.entries(JUDGED)
      .filter(([, j]) => j.restricted)
      .map(([key]) => key)
      .sort();
    assert.deepEqual([...(untrusted.restrictedConfigurations ?? [])].sort(), expected);
    assert.ok(expected.includes('infraCoach.maxFileSize'));
  });

  it('restricts every setting that names paths, which could point outside the workspace', () => {
    const restricted = new Set(untrusted.restrictedConfigurations ?? []);
    const pathSettings = Object.entries(settings()).filter(([, schema]) => mentionsPaths(schema)).map(([key]) => key);
    assert.deepEqual(pathSettings.filter((key) => !restricted.has(key)), []);
  });

  it('lists only settings the manifest contributes (a typo would restrict nothing)', () => {
    const contributed = new Set(Object.keys(settings()));
    assert.deepEqual((untrusted.restrictedConfigurations ?? []).filter((key) => !contributed.has(key)), []);
  });

  it('reads settings only through vscode.workspace.getConfiguration, which applies the restriction', () => {
    const dir = path.join(ROOT, 'src/vscode');
    const sources = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => ({ file: path.relative(ROOT, path.join(e.parentPath, e.name)), text: readFileSync(path.join(e.parentPath, e.name), 'utf8') }));
    // Reading .vscode/settings.json or a workspace file by hand would bypass Restricted Mode.
    assert.deepEqual(sources.filter((s) => /settings\.json|\.code-workspace/.test(s.text)).map((s) => s.file), []);
    const readers = sources.filter((s) => /\.getConfiguration\(/.test(s.text)).map((s) => s.file);
    assert.deepEqual(readers, [path.join('src', 'vscode', 'settings.ts')], 'one module reads the settings');
  });

  describe("a repository's .infra-coach.yaml in Restricted Mode", () => {
    const repo = (yaml: string): ConfigHost => ({ root: '/repo', readFile: (p) => (p === '/repo/.infra-coach.yaml' ? yaml : undefined) });
    const resolved = (yaml: string) => resolveConfig('/repo/Dockerfile', repo(yaml));

    it('cannot raise maxFileSize above the default, or above the limit the user set', () => {
      const raised = resolved('maxFileSize: 900000000\n');
      assert.equal(raised.config.maxFileSize, 900_000_000, 'the file is read as usual');
      assert.equal(limitForUntrusted(raised, {}).config.maxFileSize, defaultConfig().maxFileSize);
      assert.equal(limitForUntrusted(raised, { maxFileSize: 8_000_000 }).config.maxFileSize, 8_000_000);
    });

    it('still lowers it, and keeps everything else the file sets', () => {
      const lowered = resolved('maxFileSize: 16\nrules:\n  DL4000: off\n');
      const limited = limitForUntrusted(lowered, {});
      assert.equal(limited, lowered, 'nothing to cap: the same resolution');
      assert.equal(limited.config.maxFileSize, 16);
      // Over the lowered limit, rules stop: the file keeps its power to narrow.
      const text = 'FROM alpine:3.19\nMAINTAINER someone\n';
      assert.equal(lint({ text, fileName: '/repo/Dockerfile' }, { config: limited.config }).limited, true);
    });
  });
});
