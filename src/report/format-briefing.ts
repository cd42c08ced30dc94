// `--format briefing`: what each participant must do before the session, as
// Markdown, or as one HTML page when -o names a .html/.htm file. Every piece
// of text comes from an input (topics, names, messages) and is escaped for
// where it lands; no passcode, link or id is ever in it (see briefing.ts).
import { CONTROL_CHARACTERS } from '../util/escape';
import { briefingOf, type Block } from './briefing';
import type { FormatInput } from './formats';

/** The controls every format keeps out (C0, DEL, C1, line/paragraph separators, bidi overrides and isolates), but tab: never passed on raw. */
const CONTROLS = new RegExp(`(?!\\t)[${CONTROL_CHARACTERS}]`, 'g');

const flat = (text: string) => text.replace(/\r\n|\r|\n/g, ' ').replace(CONTROLS, '\ufffd');

/**
 * Markdown (CommonMark and GitHub's): the characters that make markup anywhere
 * in a line (emphasis, code, links, HTML, tables, entities, autolinks) are
 * backslash-escaped, and so is a first character that would start a block.
 */
export function markdownText(text: string): string {
  const escaped = flat(text)
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    // GitHub turns bare http://… and www.… into links: break both.
    .replace(/:\/\//g, '\\://')
    .replace(/(www)\./gi, '$1\\.');
  return escaped.replace(/^(\s*)([#+\-=>])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

export function htmlText(text: string): string {
  return flat(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function markdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(markdownText(block.text), '');
        break;
      case 'list':
        out.push(...block.items.map((item) => `- ${markdownText(item)}`), '');
        break;
      case 'table':
        out.push(`| ${block.head.map(markdownText).join(' | ')} |`, `| ${block.head.map(() => '---').join(' | ')} |`);
        out.push(...block.rows.map((row) => `| ${row.map(markdownText).join(' | ')} |`), '');
        break;
    }
  }
  return out.join('\n');
}

function html(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`<h${block.level}>${htmlText(block.text)}</h${block.level}>`);
        break;
      case 'paragraph':
        out.push(`<p>${htmlText(block.text)}</p>`);
        break;
      case 'list':
        out.push('<ul>', ...block.items.map((item) => `  <li>${htmlText(item)}</li>`), '</ul>');
        break;
      case 'table':
        out.push('<table>', `  <tr>${block.head.map((h) => `<th>${htmlText(h)}</th>`).join('')}</tr>`);
        out.push(...block.rows.map((row) => `  <tr>${row.map((c) => `<td>${htmlText(c)}</td>`).join('')}</tr>`), '</table>');
        break;
    }
  }
  return out.join('\n');
}

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5}' +
  'table{border-collapse:collapse}th,td{border:1px solid #888;padding:.2em .6em;text-align:left}section+section{border-top:2px solid #888;margin-top:2em}';

/** HTML when the report goes to a .html or .htm file; Markdown otherwise. */
export const wantsHtml = (output: string | undefined) => output !== undefined && /\.html?$/i.test(output);

export default function formatBriefing({ report, meetings, output }: FormatInput): string {
  const briefings: Block[][] = [];
  for (const target of report.targets) briefings.push(briefingOf(target, meetings?.[briefings.length]));
  if (!wantsHtml(output)) return briefings.map(markdown).join('\n---\n\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing in the page may load or run anything: only its own inline style.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Before the mediation session</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...briefings.map((blocks) => `<section>\n${html(blocks)}\n</section>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
