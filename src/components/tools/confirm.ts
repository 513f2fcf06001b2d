/**
 * The ask-first box of ToolActions.astro, found under `root` by the same tool and verb: the
 * destructive button opens it, "no" or Escape closes it, "yes" closes it and then acts. Focus goes
 * to "yes" on opening and back to the button on closing, and aria-expanded says which.
 */
export function bindConfirm(
  root: HTMLElement,
  tool: 'plan' | 'case' | 'assessment',
  verb: 'reset' | 'clear',
  onYes: () => void,
): void {
  const button = (name: string) => root.querySelector<HTMLButtonElement>(`[data-${tool}-${name}]`)!;
  const open = button(verb);
  const yes = button(`${verb}-yes`);
  const box = root.querySelector<HTMLElement>(`[data-${tool}-confirm]`)!;
  const close = () => {
    box.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  };
  open.addEventListener('click', () => {
    box.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    yes.focus();
  });
  button(`${verb}-no`).addEventListener('click', close);
  yes.addEventListener('click', () => {
    close();
    onYes();
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
}
