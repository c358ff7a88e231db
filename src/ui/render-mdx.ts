/**
 * Renders a content entry's MDX body to an HTML string at build time, so an island can show an
 * explanation (e.g. after "Check my answers") without shipping MDX to the browser.
 * MDX files can use `<Cite id="…" />` without importing it, and mark glossary terms with
 * `[[term]]` (./glossary-html.ts).
 */
import { render, type CollectionEntry, type DataEntryMap } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import Cite from './Cite.astro';
import { markGlossaryHtml } from './glossary-html';

/** Components every lesson MDX file may use without an import. */
export const mdxComponents = { Cite };

let container: Promise<AstroContainer> | undefined;
function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  return container;
}

/** The entry's MDX body as HTML, its glossary marks made buttons. */
export async function renderMdxToHtml<C extends keyof DataEntryMap>(
  entry: CollectionEntry<C>,
): Promise<string> {
  const { Content } = await render(entry);
  const html = await (
    await getContainer()
  ).renderToString(Content, {
    props: { components: mdxComponents },
  });
  // Popover ids carry the entry's file name: a page may show several explanations.
  return markGlossaryHtml(html, entry.id.slice(entry.id.lastIndexOf('/') + 1));
}
