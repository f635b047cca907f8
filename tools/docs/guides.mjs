// The guides of docs/*.md as pages of the docs site (docs/api/guides/<name>.html), so the reference
// links to them beside itself instead of to a repository URL. Rendered with marked; each page is
// self-contained (inline style, no script) and links back to the reference.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Marked } from 'marked';

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const STYLE = [
  'body{font:16px/1.55 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1f2328}',
  'pre{background:#f6f8fa;padding:1rem;overflow:auto;border-radius:6px}',
  'code{font:0.9em ui-monospace,monospace}',
  'table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}',
  'nav{margin-bottom:1.5rem}',
].join('');

/** The guides: every docs/*.md, by name, with the title of its first heading. */
export function listGuides(root) {
  const dir = resolve(root, 'docs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const markdown = readFileSync(join(dir, file), 'utf8');
      const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? file;
      return { name: file.replace(/\.md$/, ''), file, title, markdown };
    });
}

/**
 * One guide as an HTML page. A link to another guide becomes a link to its page; a link to any
 * other file of the repository keeps only its text (the site has no copy of it).
 */
export function renderGuide(guide, names) {
  const marked = new Marked({
    renderer: {
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens);
        if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return `<a href="${escapeHtml(href)}">${text}</a>`;
        const [path, hash] = href.split('#');
        const name = path.replace(/^(\.\/)?/, '').replace(/\.md$/, '');
        if (path.endsWith('.md') && names.has(name))
          return `<a href="${escapeHtml(`${name}.html${hash ? `#${hash}` : ''}`)}">${text}</a>`;
        return text;
      },
    },
  });
  const body = marked.parse(guide.markdown);
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(guide.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<nav><a href="../index.html">API reference</a></nav>\n<main>\n${body}</main>\n</body>\n</html>\n`;
}

/** Writes every guide under `outDir` (docs/api/guides) and returns them with their page paths. */
export function writeGuides(root, outDir) {
  const guides = listGuides(root);
  const names = new Set(guides.map((g) => g.name));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const guide of guides) writeFileSync(join(outDir, `${guide.name}.html`), renderGuide(guide, names));
  return guides.map((g) => ({ name: g.name, title: g.title, page: `guides/${g.name}.html` }));
}
