/**
 * Writes a fixed file without ever leaving it half-written: the new text goes to a temporary
 * file in the same folder (same file system), gets the original's permission bits, and is renamed
 * over the original. A symbolic link is followed, so the link stays and its target is updated.
 */
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeFileAtomic(file: string, text: string): void {
  const target = realpathSync(file);
  const mode = statSync(target).mode & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.infra-coach-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', mode, flag: 'wx' });
    // writeFileSync's mode is masked by the umask; set the exact bits the original had.
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
