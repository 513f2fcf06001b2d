/**
 * A new element with its text and class. Text goes in through textContent, so reader text and
 * the guide's data are never parsed as markup.
 */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}
