import { defineRule, type Report } from '../../rule';
import type { Dockerfile, Instruction } from '../model';
import { instructionsOf } from './instructionIndex';

/** A word of the name that marks a secret on its own. */
const SECRET_WORDS = new Set(['password', 'passwd', 'pword', 'pass', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'credential', 'credentials', 'apikey', 'privatekey', 'pat']);
/** Word pairs that mark a secret together (`API_KEY`, `privateKey`). */
const SECRET_PAIRS = new Set(['api key', 'private key', 'client key', 'secret key', 'access key', 'encryption key', 'signing secret']);
/** Words that say the variable points to or describes a secret rather than holding it. */
const HARMLESS_WORDS = new Set([
  'public', 'file', 'path', 'dir', 'version', 'url', 'uri', 'endpoint', 'name', 'type', 'length', 'id',
  'enabled', 'enable', 'disabled', 'disable', 'required', 'mode', 'method', 'policy', 'provider', 'role', 'timeout', 'ttl', 'expiry', 'header',
]);
/** Well-known names that the word split cannot see (`PGPASSWORD` is one word). */
const KNOWN = new Set(['pgpassword', 'mysql_pwd', 'sonar_login', 'vault_token', 'sentry_dsn', 'npm_config__auth', 'aws_access_key_id', 'gh_pat']);

/** `MY_API_KEY`, `myApiKey`, `my-api.key` → my, api, key. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A piece of every name `judge` can call a secret: each secret word, pair and known name holds one.
 * Names with other characters than ASCII (whose lower case may differ) always go to `judge`.
 */
const SECRET_HINT = /pass|pword|pwd|secret|token|credential|key|pat|auth|login|dsn|[^\x00-\x7f]/i;

/** Names repeat across files (PATH, NODE_VERSION…); remembering verdicts keeps the rule cheap. */
const verdicts = new Map<string, boolean>();

function looksSecret(name: string): boolean {
  // Most names hold no hint at all. Testing that first skips the lookup below, which must hash each
  // name afresh (every lint parses new strings) and cost more than the test.
  if (!SECRET_HINT.test(name)) return false;
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    if (verdicts.size > 10_000) verdicts.clear();
    verdict = judge(name);
    verdicts.set(name, verdict);
  }
  return verdict;
}

function judge(name: string): boolean {
  const lower = name.toLowerCase();
  if (KNOWN.has(lower)) return true;
  const parts = words(name);
  if (parts.some((w) => HARMLESS_WORDS.has(w))) return false;
  if (parts.some((w) => SECRET_WORDS.has(w))) return true;
  // `NPM_AUTH`, `BASIC_AUTH` hold credentials; `AUTH_ANONYMOUS_ENABLED` configures authentication.
  if (parts[parts.length - 1] === 'auth') return true;
  for (let i = 1; i < parts.length; i++) if (SECRET_PAIRS.has(parts[i - 1] + ' ' + parts[i])) return true;
  return false;
}

/** Reports the names of an ARG or ENV (other instructions have none to check) that look like secrets. */
function checkPairs(model: Dockerfile, instruction: Instruction, report: (r: Report) => void): void {
  if ((instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') || !instruction.pairs) return;
  for (const pair of instruction.pairs) {
    const key = pair.key.value;
    if (key.includes('$') || !looksSecret(key)) continue;
    report({
      range: model.lines.range(pair.key.start, pair.key.end),
      message: `${key} looks like a secret. ${instruction.keyword === 'ENV' ? 'ENV values are stored in the image' : 'ARG values are recorded in the build history'} for anyone who pulls it to read; mount it only where needed with RUN --mount=type=secret,id=${key.toLowerCase()}.`,
    });
  }
}

export const DL3064 = defineRule<Dockerfile>(
  {
    id: 'DL3064',
    aliases: ['SecretsUsedInArgOrEnv'],
    title: 'Possible secret in ARG or ENV',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'ARG and ENV values are stored in the image metadata and build history, readable by anyone who can pull it; pass secrets with RUN --mount=type=secret.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'ARG')) checkPairs(model, instruction, report);
    for (const instruction of instructionsOf(model, 'ENV')) checkPairs(model, instruction, report);
    for (const instruction of instructionsOf(model, 'ONBUILD')) if (instruction.trigger) checkPairs(model, instruction.trigger, report);
  },
);
