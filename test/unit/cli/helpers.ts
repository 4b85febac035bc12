/** Running the CLI in-process, in a folder, with captured output. */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; stdin?: string; color?: boolean } = {}): Run {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = runCli(args, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stdin: () => {
        if (options.stdin === undefined) throw new Error('test gave no stdin');
        return options.stdin;
      },
      color: options.color,
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}
