/**
 * A small Markdown renderer for the learning pages: headings, paragraphs, bullet lists, tables,
 * fenced code, `code`, **bold**, *emphasis* and links. Everything is escaped first and markup is
 * added afterwards, so raw HTML in the source shows up as text. Only `concept:<id>` links become
 * links (handled inside the webview); any other target is shown as plain text, so a page can never
 * load or open a remote address.
 */
import { isConceptId } from '../core/knowledge/concepts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A URL-safe slug for heading ids. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function inlineOutsideCode(text: string): string {
  let html = escapeHtml(text);
  html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, label: string, target: string) => {
    const concept = target.startsWith('concept:') ? target.slice('concept:'.length) : undefined;
    if (concept && isConceptId(concept)) return `<a href="#" class="concept-link" data-action="concept" data-concept="${concept}">${label}</a>`;
    return `${label} (${target})`;
  });
  html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  html = html.replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>');
  return html;
}

/** Inline markup of one line of text. */
export function renderInline(text: string): string {
  const parts = text.split(/(`[^`]+`)/);
  return parts.map((part) => (part.length > 1 && part.startsWith('`') && part.endsWith('`') ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : inlineOutsideCode(part))).join('');
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${renderInline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^```\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
      const language = fence[1] ? ` data-language="${escapeHtml(fence[1])}"` : '';
      out.push(`<pre${language}><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1].length;
      out.push(`<h${level} id="${slug(heading[2])}">${renderInline(heading[2])}</h${level}>`);
      continue;
    }
    if (/^\s*[-*]\s+/.test(line)) {
      flush();
      const items: string[] = [];
      for (; i < lines.length && /^\s*[-*]\s+/.test(lines[i]); i++) items.push(`<li>${renderInline(lines[i].replace(/^\s*[-*]\s+/, ''))}</li>`);
      i--;
      out.push(`<ul>${items.join('')}</ul>`);
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1])) {
      flush();
      const head = splitRow(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(splitRow(lines[i]));
      i--;
      const th = head.map((h) => `<th scope="col">${renderInline(h)}</th>`).join('');
      const body = rows.map((r) => `<tr>${head.map((_, c) => (c === 0 ? `<th scope="row">${renderInline(r[c] ?? '')}</th>` : `<td>${renderInline(r[c] ?? '')}</td>`)).join('')}</tr>`).join('');
      out.push(`<div class="table-wrap"><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return out.join('\n');
}

/** The text of the first top-level heading, for titles. */
export function firstHeading(source: string): string | undefined {
  return /^#\s+(.+)$/m.exec(source)?.[1].trim();
}
