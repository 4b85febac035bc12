import { ruleTester } from '../../ruleTester';
import { describeFixes } from './fixCheck';

ruleTester('DL3025', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nCMD ["node", "server.js"]\n',
    { name: 'exec-form ENTRYPOINT', code: 'FROM alpine:3.20\nENTRYPOINT ["/entrypoint.sh"]\n' },
    { name: 'SHELL makes shell form deliberate (as BuildKit)', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Write-Host hi\n' },
    { name: 'SHELL set in the base stage', code: 'FROM alpine:3.20 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD echo hi\n' },
    { name: 'exec-form health check', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ["/bin/check", "-q"]\n' },
    { name: 'health check that needs the shell', code: 'FROM alpine:3.20\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' },
    { name: 'HEALTHCHECK NONE', code: 'FROM alpine:3.20\nHEALTHCHECK NONE\n' },
  ],
  invalid: [
    {
      name: 'plain command converted exactly (safe)',
      code: 'FROM alpine:3.20\nCMD node server.js --port 80\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 29, message: 'PID 1' }],
      output: 'FROM alpine:3.20\nCMD ["node", "server.js", "--port", "80"]\n',
    },
    {
      name: 'quoted words keep their content',
      code: 'FROM alpine:3.20\nENTRYPOINT echo "hello world" \'a b\'\n',
      errors: [{ line: 2, column: 12, endColumn: 36 }],
      output: 'FROM alpine:3.20\nENTRYPOINT ["echo", "hello world", "a b"]\n',
    },
    {
      name: 'exec is dropped: exec form needs no shell to replace',
      code: 'FROM alpine:3.20\nCMD exec nginx -g daemon\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nCMD ["nginx", "-g", "daemon"]\n',
    },
    {
      name: 'shell operators: wrapped in an explicit shell instead',
      code: 'FROM alpine:3.20\nCMD ./migrate && exec ./server\n',
      errors: [{ line: 2, column: 5, endColumn: 31 }],
      output: 'FROM alpine:3.20\nCMD ["/bin/sh", "-c", "./migrate && exec ./server"]\n',
    },
    {
      name: 'variables need the shell',
      code: 'FROM alpine:3.20\nCMD java $JAVA_OPTS -jar app.jar\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nCMD ["/bin/sh", "-c", "java $JAVA_OPTS -jar app.jar"]\n',
    },
    {
      name: 'plain health check converted',
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD /bin/check --quiet\n',
      errors: [{ line: 2, column: 32, endColumn: 50, message: 'HEALTHCHECK CMD' }],
      output: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD ["/bin/check", "--quiet"]\n',
    },
    {
      name: 'continuation lines join into one array',
      code: 'FROM alpine:3.20\nCMD python \\\n  app.py\n',
      errors: [{ line: 2, column: 5, endLine: 3, endColumn: 9 }],
      output: 'FROM alpine:3.20\nCMD ["python", "app.py"]\n',
    },
  ],
});

describeFixes('DL3025', [
  { name: 'exact conversion (safe) and the explicit shell (not safe)', code: 'FROM alpine:3.20\nCMD node server.js\n', safe: [true, false] },
  { name: 'shell features: only the explicit shell', code: 'FROM alpine:3.20\nCMD a && b\n', safe: [false] },
  { name: 'ENTRYPOINT with a CMD in the stage: exec form changes how they combine', code: 'FROM alpine:3.20\nENTRYPOINT python app.py\nCMD ["--debug"]\n', safe: [false, false] },
  { name: 'CMD under an ENTRYPOINT', code: 'FROM alpine:3.20\nENTRYPOINT ["tini", "--"]\nCMD node server.js\n', safe: [false, false] },
  { name: 'health check: exact conversion only', code: 'FROM alpine:3.20\nHEALTHCHECK CMD /bin/check\n', safe: [true] },
]);
