/**
 * `node:crypto`'s randomBytes for the web extension, on the Web Crypto API every browser worker
 * has. The browser build resolves `node:crypto` here (scripts/build.mjs); only what the extension
 * uses is provided, so a new use fails the build rather than a user's session.
 */
export function randomBytes(size: number): { toString(encoding: 'hex' | 'base64'): string } {
  const bytes = new Uint8Array(size);
  globalThis.crypto.getRandomValues(bytes);
  return {
    toString(encoding) {
      if (encoding === 'hex') return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      return btoa(String.fromCharCode(...bytes));
    },
  };
}
