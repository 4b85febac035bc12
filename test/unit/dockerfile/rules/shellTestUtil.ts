/** Builds a Dockerfile from lines, so the test tables read like the file (line N of the array is line N+1). */
export function dockerfile(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
