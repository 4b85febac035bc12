import { ruleTester } from '../../ruleTester';

ruleTester('DL3064', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nARG VERSION=1\nENV APP_HOME=/app\n',
    { name: 'pointer to a secret file (BuildKit allow-list)', code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db\n' },
    { name: 'public key and fingerprints', code: 'FROM python:3.12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\nARG PUBLIC_KEY=x\n' },
    { name: 'user names are not secrets', code: 'FROM alpine:3.20\nARG USERNAME=vscode\n' },
    { name: 'token only as part of a longer word', code: 'FROM python:3.12\nENV TOKENIZERS_PARALLELISM=false\n' },
    { name: 'version of a secret tool', code: 'FROM alpine:3.20\nARG VAULT_TOKEN_VERSION=1\n' },
    { name: 'settings about authentication', code: 'FROM grafana/grafana:11.0.0\nENV GF_AUTH_ANONYMOUS_ENABLED=true GF_AUTH_ANONYMOUS_ORG_ROLE=Admin\n' },
  ],
  invalid: [
    {
      name: 'ARG password',
      code: 'FROM alpine:3.20\nARG DB_PASSWORD\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 16, message: 'looks like a secret' }],
    },
    {
      name: 'ENV token, legacy form and camel case',
      code: 'FROM alpine:3.20\nENV GITHUB_TOKEN abc\nENV apiKey=x\n',
      errors: [{ line: 2, column: 5, endColumn: 17 }, { line: 3, column: 5, endColumn: 11 }],
    },
    {
      name: 'several pairs, only the secret one marked',
      code: 'FROM alpine:3.20\nENV A=1 AWS_SECRET_ACCESS_KEY=x B=2\n',
      errors: [{ line: 2, column: 9, endColumn: 30 }],
    },
    {
      name: 'auth as the last word holds credentials',
      code: 'FROM node:22\nARG NPM_AUTH\n',
      errors: [{ line: 2, column: 5, endColumn: 13 }],
    },
    {
      name: 'known concatenated name, and inside ONBUILD',
      code: 'FROM alpine:3.20\nENV PGPASSWORD=x\nONBUILD ARG NPM_TOKEN\n',
      errors: [{ line: 2, column: 5 }, { line: 3, column: 13, endColumn: 22 }],
    },
  ],
});
