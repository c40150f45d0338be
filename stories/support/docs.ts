import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import manifest from '../../custom-elements.json';

interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  summary?: string;
}

const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

/**
 * The docs page's description: the class's own JSDoc (from the manifest) followed by a usage
 * snippet for each input mode.
 */
export function docsDescription(tag: string, usage: { json: string; html: string }): string {
  const description = declarations.find((declaration) => declaration.tagName === tag)?.description ?? '';
  return `${description}

## From JSON

\`\`\`html
${usage.json.trim()}
\`\`\`

## From plain HTML

Readable before and without JavaScript; styled once the element is defined.

\`\`\`html
${usage.html.trim()}
\`\`\`
`;
}

/**
 * A docs page shows a few representative stories (the others are tagged `!autodocs`); this adds
 * a list linking to each of the others to the page's description. Call it at the end of a
 * stories file, with the stories left off the page.
 */
export function linkOtherStories(meta: Meta, stories: Record<string, StoryObj>): void {
  const links = Object.entries(stories).map(([exportName, story]) => {
    const name = story.name ?? storyNameFromExport(exportName);
    return `[${name}](?path=/story/${toId(meta.title!, storyNameFromExport(exportName))})`;
  });
  const docs = ((meta.parameters ??= {}).docs ??= {});
  const description = (docs.description ??= {});
  description.component = `${description.component ?? ''}

## More states

Each has its own story in the sidebar: ${links.join(' · ')}.
`;
}
