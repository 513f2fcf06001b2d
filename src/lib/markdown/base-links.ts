import { defineHastPlugin } from 'satteri';
import { withBase } from '../base-path';

/** MDX components whose `href` prop is a link authors write from the site root. */
const LINK_COMPONENTS = ['LinkCard', 'LinkButton'];

/**
 * A Satteri hast plugin (Astro 7's Markdown processor) that applies the deploy base to every
 * root-relative link in Markdown and MDX, before the links validator checks them.
 */
export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'lead-pm-guide:base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string') ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
    mdxJsxFlowElement: {
      filter: LINK_COMPONENTS,
      visit(node, ctx) {
        for (const attribute of node.attributes) {
          if (
            attribute.type === 'mdxJsxAttribute' &&
            attribute.name === 'href' &&
            typeof attribute.value === 'string'
          ) {
            ctx.setProperty(node, 'href', withBase(attribute.value, base));
          }
        }
      },
    },
  });
}
