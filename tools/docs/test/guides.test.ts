/**
 * The guides as pages of the docs site: every docs/*.md is rendered, its code blocks kept, links to
 * other guides pointing at their pages, links to repository files reduced to their text (the site
 * has no copy of them), and nothing loaded from anywhere.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { listGuides, renderGuide } from '../guides.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
type Guide = { name: string; file: string; title: string; markdown: string };

describe('guides', () => {
  const guides = listGuides(ROOT) as Guide[];

  it('finds every guide in docs/, with the title of its first heading', () => {
    expect(guides.map((g) => g.name)).toEqual(
      expect.arrayContaining(['doc-conflicts', 'from-catalogue-to-desktop', 'regenerating']),
    );
    expect(guides.find((g) => g.name === 'from-catalogue-to-desktop')?.title).toBe('From catalogue to desktop');
  });

  it.each([
    { given: '[the loop](regenerating.md#drafts)', want: '<a href="regenerating.html#drafts">the loop</a>' },
    { given: '[the README](../README.md)', want: 'the README' },
    { given: '[Huawei](https://support.huaweicloud.com/)', want: '<a href="https://support.huaweicloud.com/">Huawei</a>' },
    { given: '[*fields*](#fields)', want: '<a href="#fields"><em>fields</em></a>' },
  ])('renders $given as $want', ({ given, want }) => {
    const html = renderGuide(
      { name: 'x', file: 'x.md', title: 'X', markdown: `# X\n\nSee ${given}.\n` },
      new Set(['regenerating', 'x']),
    );
    expect(html).toContain(`See ${want}.`);
  });

  it('keeps the code of each guide and loads nothing: no script, no stylesheet or image from elsewhere', () => {
    for (const guide of guides) {
      const html = renderGuide(guide, new Set(guides.map((g) => g.name))) as string;
      expect(html).toContain(`<title>${guide.title.replace(/&/g, '&amp;')}</title>`);
      expect(html).toContain('<a href="../index.html">API reference</a>');
      expect(html).not.toMatch(/<script|<link |<img /i);
      const blocks = guide.markdown.match(/^```ts$/gm)?.length ?? 0;
      expect(html.match(/<code class="language-ts">/g)?.length ?? 0).toBe(blocks);
    }
  });
});
