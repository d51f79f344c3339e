/**
 * Sign-in, review and curation in the page end to end, in headless Chromium over the real app with
 * AUTH=required and the real Neo4j: a reader cannot decide, an editor signs in, walks the review
 * queue with the keyboard (accept, reject, edit, previous), a concurrent change gets the 409
 * message, history undoes a decision, an entity is merged across types (after confirming) and the
 * merge undone; each step is checked in the drawn graph and in the server's audit trail.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { GraphSelection, PairEdge } from '../../../domain/api';
import type { ClaimState, AuditEvent } from '../../../domain/curation';
import { pairEdgeId } from '../../../domain/pair-edge';
import { DEFAULT_AUTH } from '../../../server/auth/auth-options';
import { addUser } from '../../../server/auth/user-admin';
import { CHROMIUM_PATH, startLivePage, type LivePage } from '../support/live-page';

const PASSWORD = 'a long test password';
const describeWithChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

async function openPage(live: LivePage): Promise<{ page: Page; problems: string[] }> {
  const page = await live.browser.newPage({ viewport: { width: 1500, height: 950 } });
  // Each step waits for the server's answer and a redraw of the whole graph; the shared machine can be slow.
  page.setDefaultTimeout(90_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    // The browser logs every refused request; the page's own message is what the test checks.
    if (message.type() === 'error' && !/status of (401|403|409)/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(live.baseUrl);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, problems };
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByTestId('sign-in').click();
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('signed-in').filter({ hasText: `${username} (` }).waitFor();
}

describeWithChromium('review and curation in the page, in headless Chromium', () => {
  let live: LivePage;
  jest.setTimeout(300_000);

  beforeAll(async () => {
    live = await startLivePage({ auth: { ...DEFAULT_AUTH, setting: 'required' } });
    await addUser(live.graph, 'editor', 'editor', PASSWORD);
    await addUser(live.graph, 'reader', 'reader', PASSWORD);
  });
  afterAll(async () => {
    await live?.close();
  });

  const server = async <T>(path: string): Promise<T> => (await (await fetch(`${live.baseUrl}${path}`)).json()) as T;
  const claimOnServer = (id: string): Promise<ClaimState> => server<ClaimState>(`/api/claims/${encodeURIComponent(id)}`);
  /** The edge a claim is on now (its pair and relation type) as the page draws it, or null when the page draws none. */
  const drawn = async (page: Page, claimId: string): Promise<{ status: string; lineStyle: string; display: string; type: string; claims: number } | null> =>
    page.evaluate((edgeId) => {
      const edge = window.cy!.getElementById(edgeId);
      if (edge.empty()) return null;
      // Selection draws any edge solid and thick; read the status style as the graph shows it otherwise.
      edge.unselect();
      return { status: edge.data('status') as string, lineStyle: edge.style('line-style') as string, display: edge.style('display') as string, type: edge.data('type') as string, claims: edge.data('claims') as number };
    }, pairEdgeId(await claimOnServer(claimId)));
  /** The same edge in the server's default view, or null when that view has none. */
  const served = async (claimId: string): Promise<PairEdge | null> => {
    const id = pairEdgeId(await claimOnServer(claimId));
    return (await server<GraphSelection>('/api/graph')).edges.find((edge) => edge.id === id) ?? null;
  };
  /** The page draws the claim's edge as the server's view has it: its status style and count, or not at all. */
  const expectDrawnAsServed = async (page: Page, claimId: string): Promise<void> => {
    const edge = await served(claimId);
    const shown = await drawn(page, claimId);
    if (edge === null) {
      expect(shown === null || shown.display === 'none').toBe(true);
      return;
    }
    expect(shown).toMatchObject({ status: edge.status, claims: edge.claims, display: 'element', lineStyle: edge.status === 'accepted' ? 'solid' : 'dashed' });
  };
  const shownClaim = async (page: Page): Promise<string> => (await page.getByTestId('review-claim').getAttribute('data-claim')) ?? '';

  test('a reader cannot decide; an editor reviews with the keyboard, meets a 409, undoes from the history; the graph and audit trail follow', async () => {
    const { page, problems } = await openPage(live);
    await expect(page.getByTestId('sign-in').isVisible()).resolves.toBe(true);

    await signIn(page, 'reader');
    await page.getByTestId('review').click();
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('review-claim').waitFor();
    await expect(panel.getByTestId('accept').isDisabled()).resolves.toBe(true);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();

    await signIn(page, 'editor');
    await expect(panel.getByTestId('accept').isEnabled()).resolves.toBe(true);
    const first = await shownClaim(page);
    expect((await drawn(page, first))?.lineStyle).toBe('dashed');

    await page.keyboard.press('a');
    await panel.getByTestId('review-status').filter({ hasText: 'Accepted' }).waitFor();
    expect(await claimOnServer(first)).toMatchObject({ status: 'accepted', reviewedBy: 'editor', version: 1 });
    await expectDrawnAsServed(page, first);

    const second = await shownClaim(page);
    expect(second).not.toBe(first);
    await panel.getByTestId('reject').click();
    await panel.getByTestId('review-status').filter({ hasText: 'Rejected' }).waitFor();
    expect(await claimOnServer(second)).toMatchObject({ status: 'rejected', reviewedBy: 'editor' });
    await expectDrawnAsServed(page, second);
    const graphAfter = await server<{ edges: { id: string }[] }>('/api/graph?edges=claims');
    expect(graphAfter.edges.map((edge) => edge.id)).not.toContain(second);

    // Someone else changes the next claim meanwhile: the page's accept gets 409 and reloads it.
    const third = await shownClaim(page);
    const other = await live.graph.write('MATCH ()-[r]->() WHERE r.id = $id SET r.version = 7, r.status = "rejected", r.reviewedBy = "someone" RETURN r.id AS id', { id: third });
    expect(other).toHaveLength(1);
    await page.keyboard.press('a');
    await panel.getByTestId('review-status').filter({ hasText: 'has been reloaded' }).waitFor();
    await expect(panel.getByTestId('review-claim').getAttribute('data-status')).resolves.toBe('rejected');
    expect(await claimOnServer(third)).toMatchObject({ status: 'rejected', version: 7 });

    // e edits the claim: a corrected type, accepted.
    await page.keyboard.press('j');
    const fourth = await shownClaim(page);
    await page.keyboard.press('e');
    await panel.getByTestId('edit-type').selectOption('NEGOTIATED_WITH');
    await panel.getByTestId('edit-save').click();
    await panel.getByTestId('review-status').filter({ hasText: 'Corrected' }).waitFor();
    expect(await claimOnServer(fourth)).toMatchObject({ type: 'NEGOTIATED_WITH', status: 'accepted' });
    expect((await drawn(page, fourth))?.type).toBe('NEGOTIATED_WITH');
    await expectDrawnAsServed(page, fourth);

    // k walks back to the rejected claim; its history undoes the rejection.
    while ((await shownClaim(page)) !== second) await page.keyboard.press('k');
    await panel.getByTestId('history').click();
    const history = panel.getByTestId('history').last();
    await history.locator('li[data-action="claim.review"]').waitFor();
    await history.getByTestId('undo').first().click();
    await history.getByTestId('history-status').filter({ hasText: 'Undone' }).waitFor();
    expect(await claimOnServer(second)).toMatchObject({ status: 'machine' });
    const restored = pairEdgeId(await claimOnServer(second));
    await page.waitForFunction((id) => window.cy!.getElementById(id).data('status') === 'machine', restored);
    expect(await drawn(page, second)).toMatchObject({ lineStyle: 'dashed', display: 'element' });
    await expectDrawnAsServed(page, second);

    const trail = await server<AuditEvent[]>('/api/audit?user=editor');
    expect(trail.map((event) => [event.action, event.claimId])).toEqual([
      ['undo', second],
      ['claim.review', fourth],
      ['claim.review', second],
      ['claim.review', first],
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('an editor merges an entity of another type into a person after confirming, sees contested claims and the uploader, and undoes the merge from the history', async () => {
    const { page, problems } = await openPage(live);
    await signIn(page, 'editor');
    const view = await server<{ nodes: { id: string; name: string; type: string; mentionCount: number }[] }>('/api/graph');
    const other = view.nodes.filter((node) => node.type !== 'Person').sort((a, b) => a.mentionCount - b.mentionCount || a.id.localeCompare(b.id))[0];
    const person = view.nodes.filter((node) => node.type === 'Person').sort((a, b) => b.mentionCount - a.mentionCount)[0];
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });

    await page.evaluate((id) => window.cy!.getElementById(id).emit('tap'), other.id);
    const details = page.getByTestId('details');
    await details.getByTestId('contested').waitFor();
    await details.getByTestId('merge').click();
    await details.getByTestId('merge-query').fill(person.name);
    await details.getByRole('button', { name: 'Find' }).click();
    await details.getByTestId('merge-into').selectOption(person.id);
    await details.getByTestId('merge-save').click();
    await page.waitForFunction((id) => window.cy!.getElementById(id).empty(), other.id);
    expect(questions).toEqual([expect.stringContaining(`"${other.name}" is a ${other.type} and "${person.name}" a Person`)]);
    expect((await fetch(`${live.baseUrl}/api/entities/${other.id}`)).status).toBe(404);
    await expect(details.locator('h2').first().textContent()).resolves.toBe(person.name);

    await details.getByTestId('entity-history').click();
    const history = details.getByTestId('history');
    await history.locator('li[data-action="entity.merge"]').waitFor();
    await history.locator('li[data-action="entity.merge"]').getByTestId('undo').click();
    await page.waitForFunction((id) => window.cy!.getElementById(id).nonempty(), other.id);
    expect((await fetch(`${live.baseUrl}/api/entities/${other.id}`)).status).toBe(200);
    const trail = await server<AuditEvent[]>(`/api/audit?entity=${other.id}`);
    expect(trail.map((event) => [event.action, event.user])).toEqual([['undo', 'editor'], ['entity.merge', 'editor']]);

    await page.getByTestId('open-documents').click();
    const sample = page.getByTestId('documents').locator('li[data-document-id="october-to-brest-litovsk-sv"]');
    await expect(sample.getByTestId('ingested-by').textContent()).resolves.toBe('added from the command line');
    expect(problems).toEqual([]);
    await page.close();
  });
});
