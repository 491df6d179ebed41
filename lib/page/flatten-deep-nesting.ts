/**
 * How deep the engine lets a page's elements nest before Readability scores it. Readability's
 * scoring walks each candidate's ancestors and re-reads nested text, so its cost grows steeply with
 * depth (a page nested 2,000 levels deep took 47 s); news pages nest 20 to 40 levels, so 80 leaves
 * every real article as it is.
 */
export const MAX_NESTING = 80;

/**
 * Flattens what nests deeper than `max` levels below `root`: each element at depth `max` keeps,
 * in order, the text and the innermost elements (those without child elements) of its subtree,
 * and loses the wrappers between. Text is never lost. One pass, without recursion, so no depth of
 * page can overflow the stack. Returns how many subtrees were flattened.
 */
export function flattenDeepNesting(root: Element, max = MAX_NESTING): number {
  let flattened = 0;
  const stack: Array<{ el: Element; depth: number }> = [{ el: root, depth: 0 }];
  while (stack.length) {
    const { el, depth } = stack.pop()!;
    if (depth >= max) {
      if (nestsBelow(el)) {
        flattenInto(el);
        flattened++;
      }
      continue;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push({ el: child, depth: depth + 1 });
  }
  return flattened;
}

/** Whether some child element of `el` has child elements of its own. */
function nestsBelow(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (child.firstElementChild) return true;
  return false;
}

/** Replaces the children of `el` by the text nodes and innermost elements of its subtree, in order. */
function flattenInto(el: Element): void {
  const kept: Node[] = [];
  const stack: Node[] = [...childNodes(el)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 1 && (node as Element).firstElementChild)
      stack.push(...[...childNodes(node)].reverse());
    else kept.push(node);
  }
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const node of kept) el.appendChild(node);
}

function childNodes(node: Node): Node[] {
  const list: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) list.push(child);
  return list;
}
