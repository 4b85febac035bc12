import { ruleTester } from '../../ruleTester';

ruleTester('compose-secret-in-environment', 'compose', {
  valid: [
    'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_PASSWORD_FILE: /run/secrets/pw\n      LOG_LEVEL: debug\n',
    { name: 'names that only mention credentials', code: 'services:\n  s3:\n    environment:\n      AWS_CREDENTIALS_AWS_REGION: us-east-1\n      AWS_ACCESS_KEY_ID: minio\n      SECRET_ENDPOINT_URL_S3: http://minio:9000\n' },
    { name: 'list form with references', code: 'services:\n  db:\n    environment:\n      - API_TOKEN=${API_TOKEN:?set it}\n      - TOKEN_TTL=3600\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: hunter2\n',
      errors: [{ line: 4, column: 26, endColumn: 33, message: 'POSTGRES_PASSWORD to a literal value' }],
      output: null,
    },
    {
      name: 'list form; a token shape under any name',
      code: 'services:\n  bot:\n    environment:\n      - SECRET_KEY=abc123\n      - GH=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n',
      errors: [{ line: 4, column: 9 }, { line: 5, column: 9 }],
    },
  ],
});
