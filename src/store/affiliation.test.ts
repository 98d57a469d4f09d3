// A quote that names the speaker's organisation ("Taliban spokesman Zabihullah Mujahid") stores the person →
// organisation link with the role, so the actor page shows it.
import { describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { ISKP, kabulBombing, MUJAHID, TALIBAN } from './testing/documents.js';

describe('affiliations from quotes', () => {
  it('links the speaker to the organisation with the role, on both actor pages', async () => {
    const store = await openStore(':memory:');
    try {
      // The resolver knows nothing of the link; only the quote states it.
      const { affiliation: _none, ...unaffiliated } = MUJAHID;
      await store.saveDocument(kabulBombing({ actors: [ISKP, TALIBAN, unaffiliated] }));
      const person = await store.getActor(MUJAHID.id);
      expect(person?.affiliations).toEqual([
        expect.objectContaining({ personId: MUJAHID.id, organizationId: TALIBAN.id, role: 'spokesman' }),
      ]);
      const organization = await store.getActor(TALIBAN.id);
      expect(organization?.members.map((m) => m.personId)).toEqual([MUJAHID.id]);
    } finally {
      await store.close();
    }
  });
});
