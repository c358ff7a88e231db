/** Cross-file checks for "Compare the statistics": quotes against the article, sources against the registry. */
import { quoteInText, textOf, type ParsedArticle } from '../../core/article';
import type { ArticleQuote, StatisticsEntry } from '../../modules/statistics/schema';

export interface StatisticsFile {
  /** Shown in error messages, e.g. "content/cases/x/statistics/01-headline.mdx". */
  file: string;
  data: StatisticsEntry;
}

export interface CaseContext {
  article: ParsedArticle;
  /** Every id in content/sources.yaml. */
  sourceIds: ReadonlySet<string>;
}

/**
 * Checks a case's statistics files against its article and the source registry. Returns one
 * line per problem, as `file: field: message`; empty when all is well.
 */
export function checkStatistics(files: readonly StatisticsFile[], ctx: CaseContext): string[] {
  const problems: string[] = [];
  const problem = (file: string, field: string, message: string) =>
    problems.push(`${file}: ${field}: ${message}`);

  const checkQuote = (file: string, field: string, q: ArticleQuote) => {
    const where = textOf(ctx.article, q.paragraph);
    if (where === undefined) problem(file, `${field}.paragraph`, `no paragraph "${q.paragraph}"`);
    else if (!quoteInText(q.quote, where))
      problem(file, `${field}.quote`, `"${q.quote}" is not in ${q.paragraph} of the article`);
  };
  const checkSources = (file: string, field: string, ids: readonly string[] | undefined) => {
    ids?.forEach((id, i) => {
      if (!ctx.sourceIds.has(id))
        problem(file, `${field}.${i}`, `"${id}" is not a source in content/sources.yaml`);
    });
  };

  const orders = new Map<number, string>();
  let drifts = 0;
  for (const { file, data } of files) {
    const other = orders.get(data.order);
    if (other) problem(file, 'order', `${data.order} is also used by ${other}`);
    orders.set(data.order, file);

    if (data.kind === 'drift') {
      drifts += 1;
      data.steps.forEach((step, i) => {
        if (step.quote !== undefined && step.paragraph !== undefined) {
          checkQuote(file, `steps.${i}`, { quote: step.quote, paragraph: step.paragraph });
          if (!quoteInText(step.number, step.quote))
            problem(file, `steps.${i}.number`, `"${step.number}" is not in the step's quote`);
        }
        checkSources(file, `steps.${i}.sources`, step.sources);
      });
      continue;
    }

    checkQuote(file, '(top level)', { quote: data.quote, paragraph: data.paragraph });
    data.alsoIn.forEach((q, i) => checkQuote(file, `alsoIn.${i}`, q));
    if (!quoteInText(data.article.figure, data.quote))
      problem(file, 'article.figure', `"${data.article.figure}" is not in the quote`);

    if (data.kind === 'sourced') {
      data.real.forEach((r, i) => checkSources(file, `real.${i}.sources`, r.sources));
      checkSources(file, 'chart.reference.sources', data.chart.reference?.sources);
    }
  }
  if (drifts > 1) problem(files[0]?.file ?? 'statistics', 'kind', 'only one drift view per case');
  return problems;
}
