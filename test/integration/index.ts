/**
 * The integration suite's entry, loaded by VS Code's extension host from
 * out/test/integration/index.js (both the code-server and the @vscode/test-electron launchers).
 * Every *.test.js beside it, in any subfolder, is part of the run.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * The code-server launcher sees the whole workbench's console; it passes a marker so the
 * suite's own lines can be told apart. Other launchers pass none.
 */
const marker = process.env.INFRA_COACH_SUITE_MARKER ?? '';
function say(...args: unknown[]): void {
  for (const line of format(...args).split('\n')) console.log(marker + line);
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(full);
      return entry.name.endsWith('.test.js') ? [full] : [];
    })
    .sort();
}

export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = say;
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000, slow: 5_000 });
  const grep = process.env.INFRA_COACH_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = testFiles(__dirname);
  if (files.length === 0) return Promise.reject(new Error(`No integration tests (*.test.js) found under ${__dirname}; run npm run build first.`));
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      say(`integration: ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else if (passed === 0) reject(new Error('The integration suite ran no test.'));
      else resolve();
    });
  });
}
