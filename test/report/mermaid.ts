/**
 * Mermaid's own parser in Node. Mermaid sanitises labels with DOMPurify, which needs a browser
 * window; parsing does not depend on it, so its hooks are replaced with no-ops before Mermaid
 * loads. The devDependency on dompurify is pinned to the version Mermaid depends on, so npm keeps
 * one copy and the stubs reach Mermaid's. Only the parse is checked here: the drawing itself needs
 * a browser (./render.test.ts).
 */
import DOMPurify from 'dompurify';

type Purifier = {
  addHook?: unknown;
  removeHook?: unknown;
  removeHooks?: unknown;
  sanitize?: unknown;
};

let loaded: Promise<{ parse(text: string): Promise<{ diagramType: string } | false> }> | null =
  null;

function mermaid() {
  if (!loaded) {
    const purifier = DOMPurify as unknown as Purifier;
    if (typeof purifier.addHook !== 'function') {
      purifier.addHook = () => {};
      purifier.removeHook = () => {};
      purifier.removeHooks = () => {};
      purifier.sanitize = (text: unknown) => String(text);
    }
    loaded = import('mermaid').then((module) => module.default);
  }
  return loaded;
}

/** The diagram type of a block; rejects with Mermaid's parse error. */
export async function parseMermaid(block: string): Promise<string> {
  const result = await (await mermaid()).parse(block);
  if (!result) throw new Error('Mermaid did not recognise the diagram');
  return result.diagramType;
}

/** The bodies of the ```mermaid blocks of a Markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}
