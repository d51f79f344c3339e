/** The loading, empty and error states over the graph, announced to screen readers through a live region. */
import { el } from './dom';

export interface StatusView {
  loading(message: string): void;
  empty(message: string): void;
  error(message: string): void;
  clear(): void;
}

export function createStatusView(container: HTMLElement): StatusView {
  const show = (className: string, message: string): void => {
    container.replaceChildren(el('div', { class: `message ${className}` }, message));
  };
  return {
    loading: (message) => show('loading', message),
    empty: (message) => show('empty', message),
    error: (message) => show('error', message),
    clear: () => container.replaceChildren(),
  };
}
