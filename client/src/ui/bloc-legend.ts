/**
 * The legend of blocs, under the filters while side colouring is on: each bloc by its anchor with its
 * ring colour and members, and for each member the claims that placed it (binding claims to its own bloc,
 * separating claims to others), so a reader can check why the graph puts an entity where it does.
 */
import type { SignedClaim } from '../blocs';
import { RELATION_LABELS } from '../palette';
import type { PageStore } from '../page-state';
import { el } from './dom';

function reason(claim: SignedClaim, member: string, nameOf: (id: string) => string): string {
  const verb = RELATION_LABELS[claim.type];
  return claim.source === member ? `${verb} ${nameOf(claim.target)}` : `${verb} by ${nameOf(claim.source)}`.replace('member of by', 'has as member');
}

/**
 * @example mountBlocLegend(byId('filters'), store, nameOf)
 */
export function mountBlocLegend(container: HTMLElement, store: PageStore, nameOf: (id: string) => string): void {
  const list = el('ol', { class: 'side-legend' });
  const note = el('p', { class: 'meta' });
  const fieldset = el('fieldset', { hidden: true, 'data-testid': 'bloc-legend' },
    el('legend', {}, 'Blocs in this window'),
    el('p', { class: 'meta' }, 'From the claims shown: joined, supported, member of and led bind; opposed and arrested separate. The ring shows the bloc.'),
    list,
    note,
  );
  container.append(fieldset);
  store.subscribe(({ blocs }) => {
    fieldset.hidden = blocs === null;
    if (!blocs) return;
    const { partition, colours } = blocs;
    list.replaceChildren(
      ...partition.blocs.map((bloc, index) =>
        el('li', { 'data-anchor': bloc.anchor },
          el('details', {},
            el('summary', {}, el('span', { class: 'ring', style: `border-color:${colours[index]}` }), ` ${nameOf(bloc.anchor)} (${bloc.members.length})`),
            el('ul', {},
              ...bloc.members.map((member) =>
                el('li', { 'data-entity': member }, el('strong', {}, nameOf(member)), `: ${(partition.placedBy.get(member) ?? []).map((claim) => reason(claim, member, nameOf)).join('; ') || 'no claim agrees with this place'}`),
              ),
            ),
          ),
        ),
      ),
    );
    note.textContent = partition.blocs.length === 0 ? 'No signed claim in this window: nobody is placed.' : `${partition.frustration} claim${partition.frustration === 1 ? ' goes' : 's go'} against these blocs.`;
  });
}

