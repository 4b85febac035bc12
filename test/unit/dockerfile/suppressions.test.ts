import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config';
import { ignoreFix, lint } from '../../../src/core/engine';
import { parseDockerfile } from '../../../src/core/dockerfile/parser';
import { dockerfileSuppressions, parsePragma, parsePragmas } from '../../../src/core/dockerfile/suppressions';
import { applyEdits } from '../../../src/core/text';
import type { LintDiagnostic } from '../../../src/core/types';

const fileName = '/w/Dockerfile';

function findings(text: string, ids: string[]): string[] {
  return lint({ text, fileName }, { config: defaultConfig() })
    .diagnostics.filter((d) => ids.includes(d.rule))
    .map((d) => `${d.rule}@${d.range.start.line + 1}`);
}

function unused(text: string): number[] {
  return lint({ text, fileName }, { config: defaultConfig() })
    .diagnostics.filter((d) => d.rule === 'unused-suppression')
    .map((d) => d.range.start.line + 1);
}

const TRACKED = ['DL3007', 'DL4000', 'StageNameCasing', 'ExposeProtoCasing', 'LegacyKeyValueFormat'];

describe('Dockerfile suppressions', () => {
  describe('parsePragma', () => {
    it('reads hadolint pragmas and says whether hadolint itself accepts them', () => {
      assert.deepEqual(parsePragma('# hadolint ignore=DL3008,SC2086'), { tool: 'hadolint', scope: 'instruction', rules: ['DL3008', 'SC2086'], strict: true, idsEnd: 31 });
      assert.deepEqual(parsePragma('#hadolint ignore = DL3008 , DL3009 # pinned upstream'), {
        tool: 'hadolint',
        scope: 'instruction',
        rules: ['DL3008', 'DL3009'],
        reason: 'pinned upstream',
        strict: true,
        idsEnd: 34,
      });
      assert.equal(parsePragma('# hadolint global ignore=DL3007')?.scope, 'file');
      assert.equal(parsePragma('# hadolint stage ignore=DL3007')?.scope, 'stage');
      assert.equal(parsePragma('# hadolint ignore=dl3007')?.strict, false);
      assert.equal(parsePragma('# hadolint ignore=DL3007 because')?.strict, false);
      assert.equal(parsePragma('# hadolint ignore=StageNameCasing')?.strict, false);
      assert.equal(parsePragma('# hadolint shell=powershell'), undefined);
      assert.equal(parsePragma('# just a comment about hadolint'), undefined);
    });

    it('reads BuildKit check comments with options and a reason after the first space', () => {
      assert.deepEqual(parsePragma('# check=skip=JSONArgsRecommended,UndefinedVar // signals handled'), {
        tool: 'buildkit',
        scope: 'instruction',
        rules: ['JSONArgsRecommended', 'UndefinedVar'],
        reason: '// signals handled',
        strict: true,
        idsEnd: 45,
      });
      assert.deepEqual(parsePragma('# check=error=true;skip=all')?.rules, 'all');
      assert.equal(parsePragma('# check=error=true'), undefined, 'no skip, nothing suppressed');
      assert.equal(parsePragma('# check=skip=A;bogus=1'), undefined, 'BuildKit ignores a malformed check comment');
    });

    it('reads Infra Coach comments with an optional reason', () => {
      assert.deepEqual(parsePragma('# infra-coach ignore=DL3007,UndefinedVar -- base image pinned by digest elsewhere'), {
        tool: 'infra-coach',
        scope: 'instruction',
        rules: ['DL3007', 'UndefinedVar'],
        reason: 'base image pinned by digest elsewhere',
        strict: true,
        idsEnd: 40,
      });
      assert.equal(parsePragma('# infra-coach ignore-file=DL3007')?.scope, 'file');
    });

    it('lists every pragma of a file with the instruction it sits above (for DL1001 and friends)', () => {
      const model = parseDockerfile('# check=skip=StageNameCasing\nFROM alpine:3.20\n# note\n# hadolint ignore=DL3007\nFROM alpine:latest\n');
      const pragmas = parsePragmas(model);
      assert.deepEqual(
        pragmas.map((p) => [p.tool, p.scope, p.directive, p.instruction?.range.start.line]),
        [
          ['buildkit', 'file', true, undefined],
          ['hadolint', 'instruction', false, 4],
        ],
      );
    });
    it('finds pragmas indented with tabs or spaces (check in any case) among prose comments', () => {
      const model = parseDockerfile('FROM alpine:3.20\n# install tools\n#\thadolint ignore=DL3018\n#   infra-coach ignore=DL3019\n# Check=skip=all\n#\nRUN apk add curl\n');
      assert.deepEqual(
        parsePragmas(model).map((p) => [p.tool, p.token.text, p.instruction?.range.start.line]),
        [
          ['hadolint', '#\thadolint ignore=DL3018', 6],
          ['infra-coach', '#   infra-coach ignore=DL3019', 6],
          ['buildkit', '# Check=skip=all', 6],
        ],
      );
    });
  });

  describe('scopes', () => {
    it('hadolint ignore covers the next instruction, all of its lines', () => {
      const text = 'FROM alpine:3.20\n# hadolint ignore=ExposeProtoCasing\nEXPOSE 80 \\\n    81/TCP\nEXPOSE 82/TCP\n';
      assert.deepEqual(findings(text, TRACKED), ['ExposeProtoCasing@5']);
      assert.deepEqual(unused(text), []);
    });

    it('an ignore comment anywhere in the comment block above counts; a blank line breaks it', () => {
      const chained = '# hadolint ignore=DL3007\n# hadolint ignore=StageNameCasing\nFROM alpine:latest AS Build\n';
      assert.deepEqual(findings(chained, TRACKED), []);
      const broken = '# hadolint ignore=DL3007\n\nFROM alpine:latest\n';
      assert.deepEqual(findings(broken, TRACKED), ['DL3007@3']);
      assert.deepEqual(unused(broken), [1]);
    });

    it('matches aliases: a BuildKit name silences the hadolint rule reporting the same finding', () => {
      assert.deepEqual(findings('FROM alpine:3.20\n# check=skip=MaintainerDeprecated\nMAINTAINER jane\n', TRACKED), []);
    });

    it('global ignore covers the whole file wherever it is', () => {
      const text = 'FROM alpine:latest\nRUN true\n# hadolint global ignore=DL3007\nFROM alpine:latest\n';
      assert.deepEqual(findings(text, TRACKED), []);
    });

    it('stage ignore above a FROM covers that stage only', () => {
      const text = '# hadolint stage ignore=ExposeProtoCasing\nFROM alpine:3.20\nEXPOSE 80/TCP\nFROM alpine:3.20\nEXPOSE 81/TCP\n';
      assert.deepEqual(findings(text, TRACKED), ['ExposeProtoCasing@5']);
    });

    it('stage ignore inside a stage covers the rest of it', () => {
      const text = 'FROM alpine:3.20\nEXPOSE 79/TCP\n# hadolint stage ignore=ExposeProtoCasing\n\nEXPOSE 80/TCP\nEXPOSE 81/UDP\nFROM alpine:3.20\nEXPOSE 82/TCP\n';
      assert.deepEqual(findings(text, TRACKED), ['ExposeProtoCasing@2', 'ExposeProtoCasing@8']);
    });

    it('a check directive at the top covers the file; skip=all covers every BuildKit check but no hadolint-only rule', () => {
      const text = '# check=skip=all\nFROM alpine:latest AS Build\nMAINTAINER jane\nEXPOSE 80/TCP\n';
      assert.deepEqual(findings(text, TRACKED), ['DL3007@2']);
      const one = '# check=skip=ExposeProtoCasing\nFROM alpine:3.20 AS Build\nEXPOSE 80/TCP\n';
      assert.deepEqual(findings(one, TRACKED), ['StageNameCasing@2']);
    });

    it('a check comment above one instruction covers that instruction, the reason after a space ignored', () => {
      const text = 'FROM alpine:3.20\n# check=skip=ExposeProtoCasing // legacy clients\nEXPOSE 80/TCP\nEXPOSE 81/TCP\n';
      assert.deepEqual(findings(text, TRACKED), ['ExposeProtoCasing@4']);
    });

    it('infra-coach ignore and ignore-file', () => {
      const text = '# infra-coach ignore-file=DL3007\nFROM alpine:latest\n# infra-coach ignore=ExposeProtoCasing -- clients send TCP\nEXPOSE 80/TCP\nEXPOSE 81/TCP\n';
      assert.deepEqual(findings(text, TRACKED), ['ExposeProtoCasing@5']);
    });

    it('reports suppressions that silence nothing, of every syntax', () => {
      const text = '# hadolint global ignore=DL3007\nFROM alpine:3.20\n# infra-coach ignore=ExposeProtoCasing\nEXPOSE 80/tcp\n# check=skip=StageNameCasing\nRUN true\n';
      assert.deepEqual(unused(text), [1, 3, 5]);
    });

    it('keeps comments about checks Infra Coach does not run without calling them unused', () => {
      const text = 'FROM alpine:3.20\n# hadolint ignore=SC2086\nRUN echo $X\n# check=skip=InvalidBaseImagePlatform\nRUN true\n# hadolint ignore=SC2086,DL3007\nRUN true\n';
      assert.deepEqual(unused(text), [6]);
    });

    it('gives each suppression its own line range', () => {
      const model = parseDockerfile('# hadolint ignore=DL3007\n\nFROM alpine:latest\n');
      assert.deepEqual(
        dockerfileSuppressions(model).map((s) => [s.fromLine, s.toLine, s.source]),
        [[1, 1, 'hadolint']],
      );
    });
  });

  describe('ignore fix', () => {
    function fixFor(text: string, rule: string): { fixed: string; title: string } | undefined {
      const d = lint({ text, fileName }, { config: defaultConfig() }).diagnostics.find((x) => x.rule === rule);
      assert.ok(d, `no ${rule} finding in:\n${text}`);
      const fix = ignoreFix({ text, fileName }, d);
      return fix ? { fixed: applyEdits(text, fix.edits), title: fix.title } : undefined;
    }

    function assertFix(text: string, rule: string, expected: string): void {
      const got = fixFor(text, rule);
      assert.ok(got, 'expected a fix');
      assert.equal(got.title, `Ignore ${rule} for this instruction`);
      assert.equal(got.fixed, expected);
      assert.deepEqual(findings(expected, [rule]), [], 're-linting the fixed text still reports the rule');
      assert.deepEqual(unused(expected), [], 're-linting the fixed text reports an unused suppression');
    }

    it('inserts a hadolint pragma right above a DL finding, with the instruction\'s indentation', () => {
      assertFix('FROM alpine:3.20 AS base\n  FROM alpine:latest\n', 'DL3007', 'FROM alpine:3.20 AS base\n  # hadolint ignore=DL3007\n  FROM alpine:latest\n');
    });

    it('merges into a hadolint pragma on the line above, before its reason', () => {
      assertFix(
        'FROM alpine:3.20\n# hadolint ignore=DL3008 # pinned by digest\nMAINTAINER jane\n',
        'DL4000',
        'FROM alpine:3.20\n# hadolint ignore=DL3008,DL4000 # pinned by digest\nMAINTAINER jane\n',
      );
    });

    it('uses a check=skip comment for BuildKit checks, at the top of the comment block', () => {
      assertFix(
        'FROM alpine:3.20\n# build the app\nFROM alpine:3.20 AS Build\n',
        'StageNameCasing',
        'FROM alpine:3.20\n# check=skip=StageNameCasing\n# build the app\nFROM alpine:3.20 AS Build\n',
      );
    });

    it('merges into an existing check=skip comment', () => {
      assertFix(
        'FROM alpine:3.20\n# check=skip=JSONArgsRecommended // why\nEXPOSE 80/TCP\n',
        'ExposeProtoCasing',
        'FROM alpine:3.20\n# check=skip=JSONArgsRecommended,ExposeProtoCasing // why\nEXPOSE 80/TCP\n',
      );
    });

    it('at the top of the file, where a check comment would become a directive, uses infra-coach ignore', () => {
      assertFix('FROM alpine:3.20 AS Build\n', 'StageNameCasing', '# infra-coach ignore=StageNameCasing\nFROM alpine:3.20 AS Build\n');
      assertFix(
        '# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS Build\n',
        'StageNameCasing',
        '# syntax=docker/dockerfile:1\n# infra-coach ignore=StageNameCasing\nFROM alpine:3.20 AS Build\n',
      );
    });

    it('merges into the infra-coach comment it wrote at the top of the file', () => {
      assertFix(
        '# infra-coach ignore=FromAsCasing -- generated\nFROM alpine:3.20 as Build\n',
        'StageNameCasing',
        '# infra-coach ignore=FromAsCasing,StageNameCasing -- generated\nFROM alpine:3.20 as Build\n',
      );
    });

    it('keeps CRLF line endings', () => {
      assertFix('FROM alpine:3.20\r\nFROM alpine:latest\r\n', 'DL3007', 'FROM alpine:3.20\r\n# hadolint ignore=DL3007\r\nFROM alpine:latest\r\n');
    });

    it('covers a finding on a continuation line', () => {
      assertFix(
        'FROM alpine:3.20\nEXPOSE 80 \\\n    81/TCP\n',
        'ExposeProtoCasing',
        'FROM alpine:3.20\n# check=skip=ExposeProtoCasing\nEXPOSE 80 \\\n    81/TCP\n',
      );
    });

    it('offers nothing for syntax errors and unused suppressions', () => {
      const text = 'FROM alpine:3.20\nFROBNICATE x\n# hadolint ignore=DL3007\nRUN true\n';
      const all = lint({ text, fileName }, { config: defaultConfig() }).diagnostics;
      const syntax = all.find((d: LintDiagnostic) => d.rule.startsWith('dockerfile-'));
      const stale = all.find((d: LintDiagnostic) => d.rule === 'unused-suppression');
      assert.ok(syntax && stale);
      assert.equal(ignoreFix({ text, fileName }, syntax), undefined);
      assert.equal(ignoreFix({ text, fileName }, stale), undefined);
    });
  });
});
