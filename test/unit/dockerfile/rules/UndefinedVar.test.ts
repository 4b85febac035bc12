import { ruleTester } from '../../ruleTester';

ruleTester('UndefinedVar', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nARG APP=/app\nENV HOME_DIR=$APP\nWORKDIR $HOME_DIR\nCOPY . $APP\n',
    { name: 'shell-form RUN is left to the shell', code: 'FROM alpine:3.20\nRUN echo $UNDEFINED_THING\n' },
    { name: 'exec-form CMD is never expanded', code: 'FROM alpine:3.20\nCMD ["echo", "$NOPE"]\n' },
    { name: 'PATH, HOME and the proxy ARGs are known everywhere', code: 'FROM alpine:3.20\nENV PATH=$PATH:/opt/bin\nWORKDIR $HOME\nLABEL proxy=$HTTP_PROXY\n' },
    { name: 'a default or alternative handles the unset case', code: 'FROM alpine:3.20\nWORKDIR ${APP_DIR:-/app}\nLABEL v=${VERSION:+set}\n' },
    { name: 'an ARG redeclared in the stage takes the global value', code: 'ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n' },
    { name: 'a platform ARG redeclared in the stage', code: 'FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\n' },
    { name: 'variables flow through FROM <stage>', code: 'FROM alpine:3.20 AS base\nENV APP=/app\nFROM base\nWORKDIR $APP\n' },
    { name: 'the image env after the stage ARGs were searched', code: 'FROM golang:1.22\nARG X=1\nWORKDIR $GOPATH/$X\n' },
    { name: 'the env of a known official image', code: 'FROM golang:1.22\nWORKDIR $GOPATH/src\nFROM python:3.12\nLABEL py=$PYTHON_VERSION\n' },
    { name: 'an unknown base image may define anything', code: 'FROM mycorp/base:1\nWORKDIR $APP_HOME\n' },
    { name: 'each ARG pair sees the ones before it', code: 'FROM alpine:3.20\nARG A=1 B=$A\n' },
    { name: 'a pair using its ENV neighbour is DL3044 business', code: 'FROM alpine:3.20\nENV A=1 B=$A\n' },
    { name: 'single quotes and escapes stop expansion', code: "FROM alpine:3.20\nLABEL a='$NOPE' b=\\$NOPE\n" },
    { name: 'COPY --from is resolved apart from the stage variables', code: 'FROM alpine:3.20\nCOPY --from=${BUILDER} /x /y\n' },
    { name: 'shell special parameters are no build variables', code: 'FROM alpine:3.20\nENV PID=$$\n' },
  ],
  invalid: [
    {
      name: 'never defined, in a stage on a known image',
      code: 'FROM alpine:3.20\nCOPY $SRC /app\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: "'$SRC' is not defined here" }],
      output: null,
    },
    {
      name: 'a typo is fixed, even on an unknown base image',
      code: 'FROM mycorp/base:1\nENV PATH=$PAHT:/app/bin\n',
      errors: [{ line: 2, column: 10, endColumn: 15, message: "Did you mean '$PATH'?" }],
      output: 'FROM mycorp/base:1\nENV PATH=$PATH:/app/bin\n',
    },
    {
      name: 'a braced typo keeps its braces',
      code: 'FROM scratch\nARG VERSION=1\nLABEL v=${VERSOIN}\n',
      errors: [{ line: 3, column: 9, endColumn: 19 }],
      output: 'FROM scratch\nARG VERSION=1\nLABEL v=${VERSION}\n',
    },
    {
      name: 'a global ARG is not visible in the stage until redeclared',
      code: 'ARG VERSION=1.0\nFROM alpine:3.20\nLABEL version=$VERSION\n',
      errors: [{ line: 3, column: 15, endColumn: 23, message: 'add `ARG VERSION` to the stage' }],
      output: 'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n',
    },
    {
      name: 'a platform ARG is not visible in the stage until redeclared',
      code: 'FROM alpine:3.20\nCOPY bin/${TARGETARCH}/app /app\n',
      errors: [{ line: 2, column: 10, endColumn: 23, message: 'predefined by BuildKit for FROM lines only' }],
      output: 'FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/${TARGETARCH}/app /app\n',
    },
    {
      name: 'used before its ARG',
      code: 'FROM alpine:3.20\nWORKDIR /src/$NAME\nARG NAME=app\n',
      errors: [{ line: 2, column: 14, endColumn: 19 }],
    },
    {
      name: 'flags, ARG defaults and other expanded instructions',
      code: 'FROM alpine:3.20\nCOPY --chown=$OWNER a /b\nARG X=$Y\nUSER $RUNNER\nEXPOSE $PORT\nSTOPSIGNAL $SIG\nVOLUME $DATA\n',
      errors: [
        { line: 2, column: 14, endColumn: 20 },
        { line: 3, column: 7, endColumn: 9 },
        { line: 4, column: 6, endColumn: 13 },
        { line: 5, column: 8, endColumn: 13 },
        { line: 6, column: 12, endColumn: 16 },
        { line: 7, column: 8, endColumn: 13 },
      ],
    },
    {
      name: 'stages on unrelated bases do not share variables',
      code: 'FROM alpine:3.20 AS a\nENV APP=/app\nFROM alpine:3.20\nWORKDIR $APP\n',
      errors: [{ line: 4, column: 9, endColumn: 13 }],
    },
  ],
});
