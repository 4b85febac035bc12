import * as assert from 'node:assert/strict';
import { defaultConfig, NO_FILES } from '../../../../src/core/config';
import { explainDockerfile } from '../../../../src/core/dockerfile/explain';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';
import { explain, lint } from '../../../../src/core/engine';

function explainLines(fileName: string, ...lines: string[]): string {
  const text = lines.join('\n');
  const result = explain({ text, fileName, language: 'dockerfile' });
  assert.ok(result !== null, 'the engine explains Dockerfiles');
  return result;
}

/** The Markdown between a `## heading` and the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  assert.ok(start >= 0, `no "## ${heading}" section in:\n${markdown}`);
  const next = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe('Explain a Dockerfile', () => {
  it('single stage: base and its pinning, user, ports, command and the top findings with why', () => {
    const md = explainLines('Dockerfile', 'FROM node:latest', 'WORKDIR /app', 'COPY . .', 'RUN npm install', 'EXPOSE 3000', 'CMD npm start');
    assert.match(md, /^# Dockerfile\n/);
    assert.match(md, /one image, built in a single stage/);
    const stages = section(md, 'Stages');
    assert.match(stages, /It starts from `node:latest`: the moving `latest` tag: builds are not reproducible\./);
    assert.match(stages, /It is the final stage/);
    const run = section(md, 'How its containers run');
    assert.match(run, /\*\*User:\*\* root, unless the base image sets another user/);
    assert.match(run, /\*\*Ports:\*\* `3000`/);
    assert.match(run, /\*\*Working directory:\*\* `\/app`/);
    assert.match(run, /\*\*Command:\*\* `npm start` \(line 6, shell form: run by `\/bin\/sh -c`\)/);
    const findings = section(md, 'Findings');
    assert.match(findings, /- \*\*DL3007\*\* — .*\(warning, line 1\): /);
    assert.match(findings, /\*Why:\* /);
    assert.match(findings, /\[Rule page\]\(.*docs\/rules\/DL3007\.md\)/);
  });

  it('multi-stage: what each stage pins, the COPY --from edge into the final image, what is left behind', () => {
    const md = explainLines(
      'Dockerfile',
      'ARG GO=1.22',
      'FROM golang:${GO}-alpine AS build',
      'RUN go build -o /out/app .',
      'FROM alpine:3.20.3 AS unused',
      'FROM gcr.io/distroless/static-debian12@sha256:' + 'b'.repeat(64),
      'COPY --from=build /out/app /app',
      'USER nonroot:nonroot',
      'ENTRYPOINT ["/app"]',
    );
    assert.match(md, /builds an image in 3 stages\. Only the last one, stage 2, becomes the image/);
    assert.match(md, /Build arguments before the first `FROM`: `GO=1\.22`/);
    const stages = section(md, 'Stages');
    assert.match(stages, /### Stage 0: `build` \(line 2\)\n\n- It starts from `golang:\$\{GO\}-alpine` \(`golang:1\.22-alpine` with the ARG defaults\): a moving tag: new releases change it between builds; variant \*\*alpine\*\*\./);
    assert.match(stages, /It is a source of files for stage 2\./);
    assert.match(stages, /### Stage 1: `unused`[\s\S]*pinned to a version tag[\s\S]*No later stage uses it, so BuildKit skips it/);
    assert.match(stages, /pinned by digest \(exact bytes\); variant \*\*distroless\*\*/);
    assert.match(stages, /Line 6 copies `\/out\/app` from stage 0 \(`build`\) to `\/app`\./);
    const reaches = section(md, 'What reaches the final image');
    assert.match(reaches, /Every layer of the base image `gcr\.io\/distroless\/static-debian12@sha256:b{64}`/);
    assert.match(reaches, /- From stage 0 \(`build`\): `\/out\/app` → `\/app` \(line 6\)\./);
    assert.match(reaches, /Left behind: stage 0 \(`build`\), stage 1 \(`unused`\)\./);
    const run = section(md, 'How its containers run');
    assert.match(run, /\*\*User:\*\* `nonroot:nonroot` \(line 7\)\./);
    assert.match(run, /\*\*Entrypoint:\*\* `\["\/app"\]` \(line 8\)\./);
    assert.match(run, /\*\*Ports:\*\* none declared/);
  });

  it('follows FROM <stage> chains: the final image holds the parent stage and inherits its settings', () => {
    const md = explainLines('Dockerfile', 'FROM python:3.12.4-slim AS base', 'USER app', 'VOLUME /data', 'FROM base', 'CMD ["python", "-m", "app"]');
    assert.match(section(md, 'Stages'), /It is the base of stage 1\./);
    assert.match(section(md, 'Stages'), /builds on stage 0 \(`base`\), inheriting its files and settings/);
    const reaches = section(md, 'What reaches the final image');
    assert.match(reaches, /Every layer of the base image `python:3\.12\.4-slim`, through stage 0 \(`base`\)\./);
    assert.doesNotMatch(md, /Left behind/);
    const run = section(md, 'How its containers run');
    assert.match(run, /\*\*User:\*\* `app` \(line 2\)/);
    assert.match(run, /\*\*Volumes:\*\* `\/data`: data written there lives outside the container, which is ephemeral\./);
  });

  it('reads build-platform stages and users given by variables', () => {
    const md = explainLines('Dockerfile', 'FROM --platform=$BUILDPLATFORM golang:1.22.5 AS build', 'RUN go build', 'FROM alpine:3.20.3', 'ARG UID=10001', 'COPY --from=build /go/bin/app /app', 'USER ${UID}');
    assert.match(md, /- Platform: `\$BUILDPLATFORM`: the build machine's own platform, so the stage runs natively/);
    assert.match(md, /\*\*User:\*\* `\$\{UID\}` \(`10001` with the defaults\) \(line 6\)\./);
  });

  it('scratch and root users are called out', () => {
    const md = explainLines('Dockerfile', 'FROM scratch', 'COPY app /', 'USER root', 'ENTRYPOINT ["/app"]');
    assert.match(md, /starts from `scratch`, the empty image/);
    assert.match(md, /Nothing from a base image: the final image starts from `scratch`\./);
    assert.match(md, /\*\*User:\*\* `root` \(line 3\) — root, the most privileged user\./);
  });

  it('explains an empty file and reports syntax errors', () => {
    assert.match(explainLines('Dockerfile', '# nothing yet'), /has no `FROM` yet, so it builds nothing/);
    const broken = explainLines('Dockerfile', 'FROM alpine', 'RUNN echo');
    assert.match(broken, /It has 1 syntax error, so `docker build` would fail/);
  });

  it('groups findings by rule, most severe first, and limits the list', () => {
    const text = ['FROM ubuntu', ...Array.from({ length: 12 }, (_, i) => `RUN apt-get install -y pkg${i}`)].join('\n');
    const model = parseDockerfile(text);
    const diagnostics = lint({ text, fileName: 'Dockerfile' }).diagnostics;
    const md = explainDockerfile(model, diagnostics, { fileName: 'Dockerfile', config: defaultConfig(), host: NO_FILES });
    const findings = section(md, 'Findings');
    const entries = findings.split('\n').filter((l) => l.startsWith('- **'));
    assert.ok(entries.length <= 8, `at most 8 rules listed, got ${entries.length}`);
    const dl3008 = entries.filter((l) => l.startsWith('- **DL3008**'));
    assert.equal(dl3008.length, 1, 'one entry per rule');
    assert.match(dl3008[0], /lines 2, 3, 4, 5, 6, 7, …\)/);
    const rank: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 3 };
    const order = entries.map((l) => /\((error|warning|info|hint),/.exec(l)?.[1] ?? '');
    for (let i = 1; i < order.length; i++) assert.ok(rank[order[i - 1]] <= rank[order[i]], `findings out of order: ${order.join(', ')}`);
  });

  it('escapes what it takes from the file', () => {
    const md = explainLines('evil_[x](y).Dockerfile', 'FROM alpine:3.20 AS a', 'WORKDIR /x`y*z', 'CMD ["a`b"]');
    assert.match(md, /^# evil\\_\\\[x\\\]\\\(y\\\)\\\.Dockerfile\n/);
    assert.match(md, /\*\*Working directory:\*\* ``\/x`y\*z``\./);
    assert.match(md, /\*\*Command:\*\* ``\["a`b"\]`` \(line 3\)\./);
  });
});
