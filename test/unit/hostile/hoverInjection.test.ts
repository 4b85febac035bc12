/**
 * Markdown injection: a hostile repository puts HTML and `command:` links into names, labels, images
 * and comments. Every hover and every "explain this file" narrative must show that text literally
 * (escaped, or inside a code span) so nothing renders as a tag or a clickable command.
 */
import * as assert from 'node:assert/strict';
import { explain, hover, lint } from '../../../src/core/engine';
import { escapeMarkdown, inlineCode, LineIndex } from '../../../src/core/text';
import type { FileKind } from '../../../src/core/types';
import { markupOf, unsafeMarkup } from './markdownSafety';

const IMG = '<img src=x onerror=alert(1)>';
/** The same tag without spaces, so it stays one word where a Dockerfile splits on spaces. */
const IMG1 = '<img/src=x/onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const LINK = '[x](command:workbench.action.terminal.new)';
/** Tries to close a surrounding code span, then opens a link. */
const BREAKOUT = '`](command:workbench.action.terminal.new)';
const TICKS = '``<img/src=x>``';

const DOCKERFILE = `# syntax=docker/dockerfile:1${IMG1}
# check=skip=${IMG1},JSONArgsRecommended,${LINK}
ARG BASE=${SCRIPT}
ARG ${LINK}=${BREAKOUT}
ARG TAG=${TICKS}
ARG BUILDPLATFORM=${IMG1}
FROM \${BASE}:\${TAG} AS builder
RUN echo \${TAG:-${IMG1}} \${BASE/${LINK}/${IMG1}} $TAG
FROM ${IMG1}:${LINK} AS ${LINK}
FROM docker.io/library/node:${IMG1}@sha256:${BREAKOUT} AS ${BREAKOUT}
# hadolint ignore=${IMG1},DL3008,${LINK}
RUN echo "${SCRIPT}" \`x\` ](command:x)
# infra-coach ignore=${LINK},${IMG1}
LABEL description="${IMG}" link="${LINK}" tick="${BREAKOUT}" ${IMG1}=${LINK}
MAINTAINER ${SCRIPT} ${LINK}
ENV ${IMG1}=${LINK} SAFE="${TICKS} ${BREAKOUT}"
EXPOSE 80/${IMG1} 8080/${LINK} ${SCRIPT}
USER ${SCRIPT}:${LINK}
WORKDIR /${IMG1}
COPY --from=${IMG1} --chown=${SCRIPT} ["${IMG}", "/${LINK}/"]
COPY --from=${LINK} --${IMG1}=1 a b
COPY --from=builder /${IMG1} /${LINK}
ADD --checksum=${IMG1} --chmod=${LINK} https://example.com/${IMG1} /x
RUN --mount=type=cache,target=/${IMG1},${SCRIPT}=1,sharing=${IMG1},id=${LINK} --mount=type=${LINK},from=${IMG1} --network=${IMG1} echo hi
RUN <<${LINK}
echo ${IMG}
${LINK}
HEALTHCHECK --interval=${IMG1} CMD curl ${LINK}
${IMG1} foo
ONBUILD RUN echo ${SCRIPT}
ONBUILD ${LINK} x
STOPSIGNAL ${IMG1}
SHELL ["${IMG}", "${LINK}"]
VOLUME ["${IMG}", "${LINK}"]
ENTRYPOINT ["${IMG}", "${LINK}"]
CMD ${SCRIPT} ${LINK}
`;

const KUBERNETES = `# infra-coach ignore-file=${LINK},${IMG1}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: "${IMG}"
  namespace: "${LINK}"
  labels:
    app: "${SCRIPT}"
    "${IMG}": "${BREAKOUT}"
  annotations:
    note: "${LINK} ${IMG}"
    "${LINK}": "${TICKS}"
spec:
  replicas: 2
  strategy:
    type: "${IMG}"
    rollingUpdate:
      maxSurge: "${LINK}"
      maxUnavailable: "${SCRIPT}"
  selector:
    matchLabels:
      app: "${SCRIPT}"
      "${IMG}": "${BREAKOUT}"
    matchExpressions:
      - key: "${LINK}"
        operator: In
        values: ["${IMG}", "${BREAKOUT}"]
  template:
    metadata:
      labels:
        app: "${SCRIPT}"
        "${IMG}": "${BREAKOUT}"
        "${LINK}": "${IMG}"
      annotations:
        "${IMG}": "${LINK}"
    spec:
      serviceAccountName: "${IMG}"
      initContainers:
        - name: "${BREAKOUT}"
          image: "${LINK}"
      containers:
        - name: "${LINK}" # infra-coach ignore=${IMG1}
          image: "${IMG}:${BREAKOUT}"
          command: ["${SCRIPT}", "${LINK}"]
          ports:
            - containerPort: 80
              name: "${SCRIPT}"
          env:
            - name: "${IMG}"
              value: "${LINK}"
            - name: FROM_CM
              valueFrom:
                configMapKeyRef:
                  name: "${IMG}"
                  key: "${LINK}"
          envFrom:
            - secretRef:
                name: "${LINK}"
          volumeMounts:
            - name: "${IMG}"
              mountPath: "/${LINK}"
      volumes:
        - name: "${IMG}"
          configMap:
            name: "${LINK}"
        - name: data
          persistentVolumeClaim:
            claimName: "${SCRIPT}"
---
apiVersion: v1
kind: Service
metadata:
  name: "${LINK}"
  annotations:
    kube-linter.io/ignore-all: "${IMG}"
spec:
  type: "${IMG}"
  externalName: "${LINK}"
  selector:
    app: "${SCRIPT}"
  ports:
    - port: 80
      targetPort: "${IMG}"
      nodePort: "${LINK}"
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: "${BREAKOUT}"
spec:
  rules:
    - host: "${IMG}"
      http:
        paths:
          - path: "/${LINK}"
            pathType: Prefix
            backend:
              service:
                name: "${SCRIPT}"
                port:
                  number: 80
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: "${SCRIPT}"
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: "${IMG}"
  minReplicas: 1
  maxReplicas: 3
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: "${TICKS}"
spec:
  schedule: "${LINK}"
  timeZone: "${IMG}"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: "${IMG}"
              image: "${LINK}"
---
apiVersion: "${LINK}/v1"
kind: "${IMG}"
metadata:
  name: "${SCRIPT}"
---
apiVersion: v1
kind: "${LINK}"
metadata:
  name: x
`;

const COMPOSE = `# infra-coach ignore-file=${LINK},${IMG1}
name: "${IMG}"
x-${LINK}: &anchor
  image: "${SCRIPT}"
services:
  "${IMG}":
    image: "${SCRIPT}:${BREAKOUT}"
    container_name: "${LINK}"
    command: "${IMG}"
    environment:
      NOTE: "${LINK}"
      "${IMG}": "${SCRIPT}"
      SUBST: "\${UNSET:-${IMG}} \${OTHER:?${LINK}}"
    depends_on:
      - "${LINK}"
      - "${TICKS}"
    links:
      - "${LINK}:${IMG}"
    labels:
      "${IMG}": "${LINK}"
    ports:
      - "127.0.0.1:8080:80"
      - "${IMG}:${LINK}"
    volumes:
      - "${IMG}:/data"
      - "./${LINK}:/src"
      - "${LINK}:/${IMG}"
    networks: ["${SCRIPT}", "${LINK}"]
    secrets: ["${IMG}"]
    configs:
      - source: "${LINK}"
    restart: "${IMG}"
    profiles: ["${LINK}"]
    "${IMG}": 1 # infra-coach ignore=${LINK}
  "${LINK}":
    <<: *anchor
    image: "${LINK}"
    environment:
      - "VAR=\${UNSET:-${IMG}}"
      - "${LINK}=${BREAKOUT}"
    depends_on:
      "${IMG}":
        condition: service_healthy
  "${BREAKOUT}":
    build: "./${SCRIPT}"
    network_mode: host
    deploy:
      replicas: 2
  "${TICKS}":
    build:
      context: "${LINK}"
      dockerfile: "${IMG}"
    image: "${IMG}"
networks:
  "${SCRIPT}": {}
  "${LINK}":
    name: "${IMG}"
volumes:
  "${IMG}": {}
  "${LINK}":
    external: true
secrets:
  "${IMG}":
    file: "./${LINK}"
configs:
  "${LINK}":
    file: "./${IMG}"
`;

const FILES: { kind: FileKind; fileName: string; text: string }[] = [
  { kind: 'dockerfile', fileName: 'hostile/Dockerfile', text: DOCKERFILE },
  { kind: 'kubernetes', fileName: 'hostile/manifest.yaml', text: KUBERNETES },
  { kind: 'compose', fileName: 'hostile/compose.yaml', text: COMPOSE },
];

/** Every distinct hover of the file, with the first position that shows it. */
function allHovers(file: (typeof FILES)[number]): Map<string, string> {
  const input = { text: file.text, fileName: file.fileName, language: file.kind };
  const lines = new LineIndex(file.text);
  const seen = new Map<string, string>();
  for (let line = 0; line < lines.lineCount; line++) {
    const length = lines.lineText(line).length;
    for (let character = 0; character <= length; character++) {
      const h = hover(input, { line, character });
      if (h && !seen.has(h.contents)) seen.set(h.contents, `${line + 1}:${character + 1}`);
    }
  }
  return seen;
}

describe('hostile files: Markdown injection in hovers and explanations', () => {
  describe('the safety check itself', () => {
    it('flags raw HTML, autolinks and command links in plain text', () => {
      assert.match(unsafeMarkup(`Image ${IMG} here`) ?? '', /raw HTML/);
      assert.match(unsafeMarkup(`a ${SCRIPT}`) ?? '', /raw HTML/);
      assert.match(unsafeMarkup('see <command:workbench.action.terminal.new>') ?? '', /raw HTML tag or autolink/);
      assert.match(unsafeMarkup(`click ${LINK}`) ?? '', /link to a command/);
      assert.match(unsafeMarkup('[x]( command:x )') ?? '', /link to a command/);
      assert.match(unsafeMarkup('[x]: command:workbench.action.terminal.new') ?? '', /reference definition/);
      assert.match(unsafeMarkup('[x](javascript:alert(1))') ?? '', /link to a command or script/);
    });

    it('flags text that breaks out of a badly built code span', () => {
      assert.match(unsafeMarkup('`' + BREAKOUT + '`') ?? '', /link to a command/);
      assert.match(unsafeMarkup('`a` ' + IMG + ' `b`') ?? '', /raw HTML/);
      assert.match(unsafeMarkup('``' + IMG) ?? '', /raw HTML/, 'an unclosed backtick run is literal text, not a span');
    });

    it('accepts the escaped and code-span forms the producers use', () => {
      for (const payload of [IMG, IMG1, SCRIPT, LINK, BREAKOUT, TICKS]) {
        assert.equal(unsafeMarkup(`Value ${inlineCode(payload)}.`), undefined, payload);
        assert.equal(unsafeMarkup(`Value ${escapeMarkdown(payload)}.`), undefined, payload);
      }
      assert.equal(unsafeMarkup('```yaml\nimage: "<img src=x>"\nlink: [x](command:y)\n```'), undefined);
      assert.equal(unsafeMarkup('[Dockerfile reference](https://docs.docker.com/reference/dockerfile/#from)'), undefined);
      assert.equal(markupOf('a \\<b `<c>` d'), 'a   b       d');
    });
  });

  for (const file of FILES) {
    describe(file.kind, () => {
      const input = { text: file.text, fileName: file.fileName, language: file.kind };

      it('the hostile file is read as its kind and linted without a rule failing', () => {
        const result = lint(input);
        assert.equal(result.kind, file.kind);
        assert.deepEqual(result.failures, []);
      });

      it('no hover on any character renders file text as HTML or a command link', () => {
        const hovers = allHovers(file);
        // The payloads sit on names, values, flags and comments: many distinct hovers must have been checked.
        assert.ok(hovers.size >= 15, `only ${hovers.size} distinct hovers`);
        const shown = [...hovers.keys()].join('\n');
        assert.ok(shown.includes('onerror=alert(1)'), 'some hover shows the injected tag (as text)');
        assert.ok(shown.includes('command:workbench.action.terminal.new'), 'some hover shows the injected link (as text)');
        const problems: string[] = [];
        for (const [contents, at] of hovers) {
          const problem = unsafeMarkup(contents);
          if (problem) problems.push(`${at}: ${problem}`);
        }
        assert.deepEqual(problems, []);
      });

      it('the explain narrative renders file text as neither HTML nor a command link', () => {
        const markdown = explain(input);
        assert.ok(markdown, 'the file is explained');
        assert.ok(markdown.includes('command:workbench.action.terminal.new') || markdown.includes('command\\:workbench'), 'the narrative mentions injected names');
        assert.equal(unsafeMarkup(markdown), undefined);
      });
    });
  }
});
