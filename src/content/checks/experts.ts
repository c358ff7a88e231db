/** Cross-file checks for "Check the named experts": cards against the article and the sources. */
import { blockText, quoteInText, textOf, type ParsedArticle } from '../../core/article';
import { HEADLINE_ANCHOR, type ExpertCard } from '../../modules/experts/schema';

/**
 * Everything wrong with a card that its schema alone cannot see: quotes that are not in the
 * article (or not in the paragraph named), citations that point at no registered source, and
 * quotes out of article order. Each problem names its field.
 *
 * @example cardProblems(card, article, new Set(['hcpc-register'])) // [] when all is well
 */
export function cardProblems(
  card: Pick<ExpertCard, 'quotes' | 'findings'>,
  article: ParsedArticle,
  sourceIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  // Article position of an anchor: the block's index, then the list item's number.
  const position = (id: string) => {
    if (id === HEADLINE_ANCHOR) return -1;
    const [block = '', item = '0'] = id.split('-');
    return article.blocks.findIndex((b) => b.id === block) * 1000 + Number(item);
  };
  let last = -Infinity;
  card.quotes.forEach((q, i) => {
    const text = textOf(article, q.paragraph);
    if (text === undefined) {
      problems.push(`quotes.${i}.paragraph: "${q.paragraph}" is not a paragraph of the article`);
      return;
    }
    if (!quoteInText(q.text, text)) {
      const elsewhere = article.blocks.find((b) => quoteInText(q.text, blockText(b)));
      problems.push(
        `quotes.${i}.text: not found word for word in ${q.paragraph}` +
          (elsewhere ? ` (it is in ${elsewhere.id})` : ' (nor anywhere in the article)'),
      );
    }
    const at = position(q.paragraph);
    if (at < last) problems.push(`quotes.${i}.paragraph: quotes must follow the article's order`);
    last = Math.max(last, at);
  });
  card.findings.forEach((f, i) =>
    f.sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.push(
          `findings.${i}.sources.${j}: "${id}" is not a registered source (content/sources.yaml)`,
        );
    }),
  );
  return problems;
}
