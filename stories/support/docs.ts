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
