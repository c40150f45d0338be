/**
 * Runs in a page of server-rendered cases (test/node/ssr-hydration.test.mjs), each in a
 * `.case` container. `markServerRendered()`, before the client loads, remembers every node of
 * every shadow root, the text of each element and the box of each laid-out heading, paragraph,
 * list item and link. `compareHydrated(hydrateErrors)`, once the client ran, waits for every
 * element to hydrate and settle, then tells per case what changed.
 */
(() => {
  /** Every node of every shadow root under `root` (nested roots included), and the blocks to measure. */
  function collect(root) {
    const nodes = [];
    const blocks = [];
    const visit = (parent, inShadow) => {
      for (const node of parent.childNodes) {
        if (inShadow) nodes.push(node);
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        // A slot's fallback that slotted content replaces is not laid out: nothing to measure.
        if (/^(h[1-6]|p|li|a)$/.test(node.localName) && node.getClientRects().length > 0) blocks.push(node);
        if (node.shadowRoot) visit(node.shadowRoot, true);
        visit(node, inShadow);
      }
    };
    visit(root, false);
    return { nodes, blocks };
  }

  /** Where `block` is in its container, so that a case above that grows moves nothing. */
  function boxIn(container, block) {
    const outer = container.getBoundingClientRect();
    const { x, y, width, height } = block.getBoundingClientRect();
    return { x: x - outer.x, y: y - outer.y, width, height };
  }

  const textOf = (node) => node.textContent.replace(/\s+/g, ' ').trim();
  const describe = (node) =>
    node.nodeType === Node.ELEMENT_NODE ? `<${node.localName}>` : JSON.stringify(textOf(node).slice(0, 40));
  const isOurs = (node) => node.localName?.includes('-') && 'hasUpdated' in node;
  // The page's markup may shadow the document's members: its queries go through the prototype.
  const containers = () => [...Document.prototype.querySelectorAll.call(document, '.case')];
  let server;

  window.markServerRendered = () => {
    server = containers().map((container) => {
      const { nodes, blocks } = collect(container);
      return {
        nodes: new Set(nodes),
        parents: new Map(nodes.map((node) => [node, node.parentNode])),
        texts: new Map(nodes.map((node) => [node, textOf(node)])),
        blocks,
        boxes: blocks.map((block) => boxIn(container, block)),
      };
    });
  };

  window.compareHydrated = async (hydrateErrors) => {
    const errors = containers().map((_, index) => [hydrateErrors[index]].filter(Boolean));
    const elementsOf = (container) => [...container.querySelectorAll('*'), ...collect(container).nodes].filter(isOurs);
    // Hydrated once no element waits for its parent and every update, the sanitiser's too, has settled.
    for (let round = 0, quiet = 0; round < 30 && quiet < 2; round += 1) {
      await new Promise((resolve) => setTimeout(resolve));
      const waiting = await Promise.all(
        containers().map(async (container, index) => {
          const elements = elementsOf(container);
          const outcomes = await Promise.allSettled(elements.map((element) => element.updateComplete));
          outcomes.forEach((outcome, at) => {
            const message = `<${elements[at].localName}>: ${outcome.reason?.message}`;
            if (outcome.status === 'rejected' && !errors[index].includes(message)) errors[index].push(message);
          });
          return elements.some((element) => element.hasAttribute('defer-hydration') || element.isUpdatePending);
        }),
      );
      quiet = waiting.includes(true) ? 0 : quiet + 1;
    }
    return containers().map((container, index) => {
      const before = server[index];
      const { nodes } = collect(container);
      /** The nearest server-rendered element around a changed node, if it shows the same text as before. */
      const keptText = (parent) => {
        let around = parent;
        while (around && !(before.nodes.has(around) && around.isConnected)) around = around.parentNode;
        const text = around && before.texts.get(around);
        return text && text === textOf(around) ? around : undefined;
      };
      const changes = { replaced: [], markupOnly: new Set() };
      const sort = (node, parent) => {
        const around = keptText(parent);
        if (around) changes.markupOnly.add(`${describe(around)} "${textOf(around).slice(0, 40)}"`);
        else changes.replaced.push(describe(node));
      };
      for (const node of nodes) if (!before.nodes.has(node)) sort(node, node.parentNode);
      for (const node of before.nodes) if (!node.isConnected) sort(node, before.parents.get(node));
      return {
        errors: errors[index],
        notUpdated: elementsOf(container)
          .filter((element) => element.hasUpdated !== true)
          .map(describe),
        // Renders counted by the client (window.renderCounts), of the elements without light-DOM content.
        renderedAgain: elementsOf(container)
          .filter((element) => element.childElementCount === 0 && textOf(element) === '')
          .filter((element) => (window.renderCounts?.get(element) ?? 0) > 1)
          .map((element) => `${describe(element)} ${window.renderCounts.get(element)} times`),
        replaced: changes.replaced,
        markupOnly: [...changes.markupOnly],
        moved: before.blocks.flatMap((block, at) => {
          if (!block.isConnected) return [];
          const now = boxIn(container, block);
          const shifts = ['x', 'y', 'width', 'height'].map((side) => now[side] - before.boxes[at][side]);
          if (shifts.every((shift) => Math.abs(shift) <= 0.5)) return [];
          const by = shifts.map((shift) => shift.toFixed(1)).join(', ');
          return [`<${block.localName}> "${textOf(block).slice(0, 40)}" (x, y, width, height by ${by} px)`];
        }),
        measured: before.blocks.length,
      };
    });
  };
})();
