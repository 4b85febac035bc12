/**
 * Every quick fix of the RUN-content rules must resolve its own finding: apply it, lint again, and
 * the rule is silent. The rule tables pin the exact text; this checks the fix means what it says.
 */
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../../src/core/config';
import { lint } from '../../../../src/core/engine';
import { applyEdits } from '../../../../src/core/text';
import { dockerfile } from './shellTestUtil';

const CASES: [string, string][] = [
  ['DL3009', dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl=8.1', 'RUN <<EOF', 'apt-get update', 'EOF')],
  ['DL3014', dockerfile('FROM debian:12', 'RUN apt-get -q install curl=8.1')],
  ['DL3015', dockerfile('FROM debian:12', 'RUN apt-get install -y curl=8.1')],
  ['DL3019', dockerfile('FROM alpine:3.20', 'RUN apk --update add curl=8.9.1-r0')],
  ['DL3027', dockerfile('FROM debian:12', 'RUN apt update && sudo apt install -y curl=8.1')],
  ['DL3030', dockerfile('FROM centos:7', 'RUN yum install httpd-2.4.6 && yum clean all')],
  ['DL3032', dockerfile('FROM centos:7', 'RUN yum install -y httpd-2.4.6;')],
  ['DL3034', dockerfile('FROM opensuse/leap:15.6', 'RUN zypper --quiet install curl=8.0')],
  ['DL3036', dockerfile('FROM opensuse/leap:15.6', 'RUN (zypper -n in curl=8.0)')],
  ['DL3038', dockerfile('FROM fedora:40', 'RUN dnf group install "Dev Tools"')],
  ['DL3040', dockerfile('FROM fedora:40', 'RUN microdnf install -y tar-1.34 \\', '    && echo done')],
  ['DL3042', dockerfile('FROM python:3.12', 'RUN python3 -m pip install -r requirements.txt')],
  ['DL3046', dockerfile('FROM debian:12', 'RUN useradd --uid 1000000 app')],
  ['DL3047', dockerfile('FROM alpine:3.20', 'RUN wget https://example.com/a')],
  ['DL3059', dockerfile('FROM debian:12', 'RUN echo a', 'RUN echo b', 'RUN echo c')],
  ['DL3060', dockerfile('FROM node:20', 'RUN yarn install --frozen-lockfile')],
  ['DL4006', dockerfile('FROM python:3.12-alpine AS base', 'FROM base', 'SHELL ["/bin/sh", "-c"]', 'RUN a | b')],
];

function findings(rule: string, text: string) {
  const config = defaultConfig();
  return lint({ text, fileName: 'Dockerfile' }, { config }).diagnostics.filter((d) => d.rule === rule);
}

describe('RUN-content quick fixes resolve their findings', () => {
  for (const [rule, text] of CASES) {
    it(rule, () => {
      const before = findings(rule, text);
      assert.ok(before.length > 0, `${rule} should report on:\n${text}`);
      const edits = before.flatMap((d) => {
        assert.ok(d.fixes.length > 0, `${rule} finding has no fix: ${d.message}`);
        return d.fixes[0].edits;
      });
      const fixed = applyEdits(text, edits);
      assert.deepEqual(findings(rule, fixed).map((d) => d.message), [], `after the fix:\n${fixed}`);
    });
  }
});
