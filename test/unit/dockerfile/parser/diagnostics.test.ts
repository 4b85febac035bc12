import * as assert from 'node:assert/strict';
import { dockerfileSyntaxChecks, parseDockerfile } from '../../../../src/core/dockerfile/parser';
import { where, type Where } from './helpers';

/** Each syntax check: a Dockerfile that must raise it at exactly `at`, and one close to it that must not. */
const cases: { id: string; bad: string; at: Where; good: string }[] = [
  { id: 'dockerfile-unknown-instruction', bad: 'FROM alpine\nCOPPY a b', at: [1, 0, 1, 5], good: 'FROM alpine\nCOPY a b' },
  { id: 'dockerfile-missing-arguments', bad: 'FROM alpine\nCOPY onlyone', at: [1, 5, 1, 12], good: 'FROM alpine\nCOPY <<EOF /dst\nx\nEOF' },
  { id: 'dockerfile-extra-arguments', bad: 'FROM alpine\nHEALTHCHECK NONE CMD x', at: [1, 17, 1, 20], good: 'FROM alpine\nHEALTHCHECK NONE' },
  { id: 'dockerfile-unknown-flag', bad: 'FROM alpine\nRUN --privileged true', at: [1, 4, 1, 16], good: 'FROM alpine\nRUN --security=insecure true' },
  { id: 'dockerfile-invalid-flag-value', bad: 'FROM alpine\nRUN --network=bridge true', at: [1, 14, 1, 20], good: 'FROM alpine\nRUN --network=host true' },
  { id: 'dockerfile-duplicate-flag', bad: 'FROM alpine\nCOPY --from=a --from=b x y', at: [1, 14, 1, 22], good: 'FROM alpine\nCOPY --exclude=a --exclude=b x y' },
  { id: 'dockerfile-invalid-mount', bad: 'FROM alpine\nRUN --mount=type=cache,target=/x,sharing=all true', at: [1, 41, 1, 44], good: 'FROM alpine\nRUN --mount=type=cache,target=/x,sharing=locked true' },
  { id: 'dockerfile-unterminated-quote', bad: 'FROM alpine\nRUN echo "hello', at: [1, 9, 1, 15], good: 'FROM alpine\nRUN echo "hello" # don\'t' },
  { id: 'dockerfile-unterminated-heredoc', bad: 'FROM alpine\nRUN <<EOF\necho hi', at: [1, 4, 1, 9], good: 'FROM alpine\nRUN <<EOF\necho hi\nEOF' },
  { id: 'dockerfile-invalid-substitution', bad: 'FROM alpine\nWORKDIR ${HOME', at: [1, 8, 1, 14], good: 'FROM alpine\nWORKDIR ${HOME%/}' },
  { id: 'dockerfile-invalid-directive', bad: '# escape=/\nFROM alpine', at: [0, 9, 0, 10], good: '# escape=`\nFROM alpine' },
  { id: 'dockerfile-misplaced-directive', bad: 'FROM alpine\n# syntax=docker/dockerfile:1', at: [1, 0, 1, 28], good: '# syntax=docker/dockerfile:1\nFROM alpine' },
  { id: 'dockerfile-invalid-exec-form', bad: "FROM alpine\nCMD ['nginx']", at: [1, 4, 1, 13], good: 'FROM alpine\nCMD ["nginx"]' },
  { id: 'dockerfile-shell-json-required', bad: 'FROM alpine\nSHELL /bin/bash -c', at: [1, 6, 1, 18], good: 'FROM alpine\nSHELL ["/bin/bash", "-c"]' },
  { id: 'dockerfile-instruction-before-from', bad: 'RUN true\nFROM alpine', at: [0, 0, 0, 3], good: 'ARG V=1\nFROM alpine' },
  { id: 'dockerfile-invalid-from', bad: 'FROM alpine AS my:stage', at: [0, 15, 0, 23], good: 'FROM alpine AS my-stage' },
  { id: 'dockerfile-invalid-port', bad: 'FROM alpine\nEXPOSE 8080/http', at: [1, 7, 1, 16], good: 'FROM alpine\nEXPOSE 8080/tcp 53/udp 7000-7010' },
  { id: 'dockerfile-invalid-signal', bad: 'FROM alpine\nSTOPSIGNAL SIGSTOPP', at: [1, 11, 1, 19], good: 'FROM alpine\nSTOPSIGNAL SIGQUIT' },
  { id: 'dockerfile-invalid-key-value', bad: 'FROM alpine\nENV A=1 B', at: [1, 8, 1, 9], good: 'FROM alpine\nENV A=1 B=2' },
  { id: 'dockerfile-invalid-onbuild-trigger', bad: 'FROM alpine\nONBUILD FROM debian', at: [1, 8, 1, 12], good: 'FROM alpine\nONBUILD RUN true' },
  { id: 'dockerfile-invalid-healthcheck', bad: 'FROM alpine\nHEALTHCHECK RUN true', at: [1, 12, 1, 15], good: 'FROM alpine\nHEALTHCHECK CMD true' },
];

describe('Dockerfile parser: syntax diagnostics', () => {
  it('covers every syntax check id with a case', () => {
    assert.deepEqual(cases.map((c) => c.id).sort(), dockerfileSyntaxChecks.map((m) => m.id).sort());
  });

  for (const c of cases) {
    it(`${c.id}: reported at the offending token, with a message and docs link`, () => {
      const bad = parseDockerfile(c.bad).syntaxErrors;
      assert.deepEqual(bad.map((d) => d.rule), [c.id]);
      assert.deepEqual(where(bad[0]), c.at);
      assert.ok(bad[0].message.length > 15);
      assert.match(bad[0].docs, new RegExp(`docs/rules/${c.id}\\.md$`));
      assert.deepEqual(parseDockerfile(c.good).syntaxErrors, []);
    });
  }

  it('never throws on damaged input, and keeps every range inside the text', () => {
    const samples = ['', '\n\n', '\\', 'FROM', 'RUN <<', 'RUN <<""', 'COPY <<EOF', 'FROM a\nRUN --mount=', 'FROM a\nRUN --', 'ENV', 'ENV =', 'ARG =x',
      'ONBUILD', 'ONBUILD ONBUILD', 'HEALTHCHECK CMD [', 'RUN ["a",', '# escape=`\nRUN a `', 'FROM ${', 'FROM a AS', 'RUN $(((', 'RUN "\'`', 'EXPOSE -', 'LABEL "a=b', 'RUN sh -c', 'RUN case x in', 'RUN a |'];
    for (const text of samples) {
      const df = parseDockerfile(text);
      for (const ins of df.instructions) {
        df.shell(ins);
        df.variables(ins);
        if (ins.trigger) df.shell(ins.trigger);
        assert.ok(ins.end <= text.length && ins.start >= 0, JSON.stringify(text));
      }
      for (const d of df.syntaxErrors) assert.ok(df.lines.offsetAt(d.range.end) <= text.length, JSON.stringify(text));
    }
  });
});
