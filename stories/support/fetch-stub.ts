/**
 * For the stories of `src` whose answer no file on the static server gives (one that never comes,
 * a feed that changes between refreshes): while the story is shown, `fetch` of the paths it
 * answers gets its answer instead. Call it in the story's `beforeEach`, which returns the
 * function that puts the browser's `fetch` back. Every other story loads real files, the
 * fixtures of test/fixtures/feeds/ that Storybook serves under /feeds/.
 */
export function stubFetch(answers: Record<string, (init?: RequestInit) => Promise<Response>>): () => void {
  const browserFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href);
    const answer = answers[url.pathname];
    return answer ? answer(init) : browserFetch(input, init);
  };
  return () => {
    globalThis.fetch = browserFetch;
  };
}

/** An answer that never comes: the request stays open until the element gives it up. */
export const noAnswer = (init?: RequestInit): Promise<Response> =>
  new Promise((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The request was given up.', 'AbortError'))),
  );
