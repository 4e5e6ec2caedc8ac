/** Whether a key press goes into a field (so a single-key shortcut such as `/` or `?` must not take it). */
export function isTypingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
