import type { Node } from 'yaml';
import { isMap, isSeq } from '../nodeTypes';
import { composeRule } from './common';
import { scalarString, spanOf } from '../yamlNodes';

/** Variable names that by convention hold credentials. */
const SECRET_NAME = /(?:PASSWORD|PASSWD|PASS$|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_KEY)/i;
/** Names that point at where a secret lives rather than holding it. */
const INDIRECT = /(?:_FILE|_PATH|_DIR|_ENABLED|_LENGTH|_EXPIRY|_EXPIRES?|_TTL|_HEADER|_ALGORITHM|_TYPE|_NAME|_MODE|_REGION|_ENDPOINT(?:_URL)?(?:_[A-Z0-9]+)?|_URL(?:_[A-Z0-9]+)?|_ID|_HOST|_PORT|_USER|_USERNAME)$/i;
/** Values shaped like well-known credentials, whatever the variable is called. */
const TOKEN_SHAPES = /^(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|xox[abpr]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|glpat-[A-Za-z0-9_-]{20})$/;

function looksLiteralSecret(name: string, value: string): boolean {
  if (TOKEN_SHAPES.test(value)) return true;
  if (!SECRET_NAME.test(name) || INDIRECT.test(name)) return false;
  // References (`${X}`), file paths, booleans and empty values are not secrets written in the file.
  if (value === '' || value.includes('$') || /^(?:true|false|yes|no|none|null|changeme\?)$/i.test(value)) return false;
  if (/^(?:\/|\.\/|~\/|file:)/.test(value)) return false;
  return true;
}

export const secretInEnvironment = composeRule(
  {
    id: 'compose-secret-in-environment',
    title: 'Secret written as a literal in `environment`',
    severity: 'warning',
    fixable: false,
    summary: 'A password or token written into the compose file ends up in version control and in `docker inspect`; read it from `.env` (`${DB_PASSWORD}`), an `env_file` kept out of git, or a Compose secret.',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const e = s.get('environment');
      if (!e) continue;
      const found: { name: string; span: [number, number] }[] = [];
      if (isMap(e.value)) {
        for (const v of model.entriesOf(e.value)) {
          const value = scalarString(v.value);
          if (value !== undefined && looksLiteralSecret(v.key, value)) found.push({ name: v.key, span: (v.via ? spanOf(v.via) : spanOf(v.rawValue)) ?? v.at });
        }
      } else if (isSeq(e.value)) {
        for (const raw of e.value.items as Node[]) {
          const text = scalarString(model.resolve(raw));
          const eq = text?.indexOf('=') ?? -1;
          if (text === undefined || eq < 0) continue;
          if (looksLiteralSecret(text.slice(0, eq), text.slice(eq + 1))) found.push({ name: text.slice(0, eq), span: (e.via ? spanOf(e.via) : spanOf(raw)) ?? e.at });
        }
      }
      for (const f of found) {
        report({
          range: model.range(f.span),
          message: `Service "${s.name}" sets ${f.name} to a literal value; it will sit in version control and show in \`docker inspect\`. Move it to \`.env\` and write \`${f.name}: \${${f.name}}\`, or use a Compose secret.`,
        });
      }
    }
  },
);
