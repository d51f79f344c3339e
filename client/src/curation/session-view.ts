/**
 * The Sign in button (`sign-in`) and its form, the signed-in user (`signed-in`) with Sign out
 * (`sign-out`), in the page's header. Knows who may curate: an editor or admin, or anyone while
 * the server's writes are open (AUTH off); other modules ask it and listen for changes.
 */
import { roleAllows } from '../../../domain/auth';
import { el } from '../ui/dom';
import type { CurationApi, SessionState } from './curation-api';
import { curationMessage } from './curation-messages';

export interface SessionView {
  state(): SessionState;
  /** Whether the visitor may change the graph now. */
  canEdit(): boolean;
  onChange(listener: (state: SessionState) => void): void;
  /** Opens the sign-in form, with a reason shown above it (after a 401). */
  askToSignIn(reason?: string): void;
}

function signInDialog(onSubmit: (username: string, password: string, report: (message: string) => void) => Promise<void>): { dialog: HTMLDialogElement; open: (reason?: string) => void } {
  const username = el('input', { name: 'username', autocomplete: 'username', required: true, 'data-testid': 'sign-in-username' });
  const password = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'sign-in-password' });
  const reason = el('p', { class: 'meta' });
  const error = el('p', { class: 'error', role: 'alert', 'data-testid': 'sign-in-error' });
  const submit = el('button', { type: 'submit', 'data-testid': 'sign-in-submit' }, 'Sign in');
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const form = el('form', { method: 'dialog' }, el('h2', {}, 'Sign in'), reason, el('label', {}, 'User name ', username), el('label', {}, 'Password ', password), error, el('div', { class: 'actions' }, submit, cancel));
  const dialog = el('dialog', { 'aria-label': 'Sign in', 'data-testid': 'sign-in-dialog' }, form);
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    void onSubmit(username.value.trim(), password.value, (message) => (error.textContent = message)).finally(() => {
      submit.disabled = false;
      password.value = '';
    });
  });
  return {
    dialog,
    open: (why) => {
      reason.textContent = why ?? '';
      error.textContent = '';
      if (!dialog.open) dialog.showModal();
      username.focus();
    },
  };
}

/**
 * @example const session = await mountSession(byId('session'), curation); if (session.canEdit()) ...
 */
export async function mountSession(bar: HTMLElement, curation: CurationApi): Promise<SessionView> {
  let state: SessionState = { user: null, writesOpen: false };
  const listeners: ((state: SessionState) => void)[] = [];
  const signInButton = el('button', { type: 'button', 'data-testid': 'sign-in' }, 'Sign in');
  const who = el('span', { class: 'meta', 'data-testid': 'signed-in' });
  const signOutButton = el('button', { type: 'button', 'data-testid': 'sign-out' }, 'Sign out');
  const message = el('span', { class: 'error', role: 'status' });

  const render = (): void => {
    const { user } = state;
    signInButton.hidden = user !== null;
    signOutButton.hidden = user === null;
    who.hidden = user === null;
    who.textContent = user ? `${user.username} (${user.role})` : '';
    signInButton.title = state.writesOpen ? 'Writes are open on this server; signing in names you in the audit trail' : 'Sign in to review and correct the graph';
    listeners.forEach((listener) => listener(state));
  };
  const change = (next: SessionState): void => {
    state = next;
    render();
  };

  const form = signInDialog(async (username, password, report) => {
    try {
      const user = await curation.signIn(username, password);
      change({ user, writesOpen: state.writesOpen });
      form.dialog.close();
    } catch (error) {
      report(curationMessage(error, 'sign in'));
    }
  });
  signInButton.addEventListener('click', () => form.open());
  signOutButton.addEventListener('click', async () => {
    try {
      await curation.signOut();
      change(await curation.session());
      message.textContent = '';
    } catch (error) {
      message.textContent = curationMessage(error, 'sign out');
    }
  });
  bar.replaceChildren(who, signInButton, signOutButton, message);
  document.body.append(form.dialog);
  try {
    change(await curation.session());
  } catch (error) {
    message.textContent = curationMessage(error, 'check who is signed in');
  }

  return {
    state: () => state,
    canEdit: () => state.writesOpen || (state.user !== null && roleAllows(state.user.role, 'editor')),
    onChange: (listener) => listeners.push(listener),
    askToSignIn: (reason) => form.open(reason),
  };
}
