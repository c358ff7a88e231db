/**
 * A {@link MarkableArticle} in as few bytes as an island's props allow: each block as its text
 * and, unless it is a paragraph, a one-letter kind. The ids are left out, as they follow from
 * the order (`p1`, `p2`, …; list items `p40-1`, `p40-2`, …, as src/core/article.ts gives them).
 * Packing checks that, so an article with other ids fails the build instead of drawing wrong
 * anchors in the browser.
 */
import type { ArticleBlock } from './article';
import type { MarkableArticle } from './marking-doc';

/** A paragraph's text; or `['h', text]`, `['r', label, text]`, `['l', ...items]`. */
export type PackedBlock = string | ['h', string] | ['r', string, string] | ['l', ...string[]];

/** `[site, headline, blocks]`. */
export type PackedArticle = [string, string, PackedBlock[]];

export function packArticle(article: MarkableArticle): PackedArticle {
  const blocks = article.blocks.map((block, index): PackedBlock => {
    const id = `p${index + 1}`;
    const items = block.kind === 'list' ? block.items : [];
    if (block.id !== id || items.some((item, i) => item.id !== `${id}-${i + 1}`))
      throw new Error(`packArticle: block ${index + 1} has the id "${block.id}", not "${id}"`);
    if (block.kind === 'paragraph') return block.text;
    if (block.kind === 'heading') return ['h', block.text];
    if (block.kind === 'related') return ['r', block.label, block.text];
    return ['l', ...items.map((item) => item.text)];
  });
  return [article.site, article.headline, blocks];
}

export function unpackArticle([site, headline, packed]: PackedArticle): MarkableArticle {
  const blocks = packed.map((block, index): ArticleBlock => {
    const id = `p${index + 1}`;
    if (typeof block === 'string') return { kind: 'paragraph', id, text: block };
    if (block[0] === 'h') return { kind: 'heading', id, text: block[1] };
    if (block[0] === 'r') return { kind: 'related', id, label: block[1], text: block[2] };
    const [, ...items] = block;
    return { kind: 'list', id, items: items.map((text, i) => ({ id: `${id}-${i + 1}`, text })) };
  });
  return { site, headline, blocks };
}
