// Analyst writes and workbench reads on the store: review beside the machine value, aliases, undoable merges,
// views, event filters/sorts added for the events table, and lazy export.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { ISKP, MUJAHID, TALIBAN, kabulBombing } from './testing/documents.js';
import type { Store } from './types.js';

let store: Store;
beforeEach(async () => {
  store = await openStore(':memory:');
  await store.saveDocument(kabulBombing());
});
afterEach(() => store.close());

describe('workbench store', () => {
  it('stores an edit beside the machine value and sets the review status', async () => {
    const [event] = (await store.listEvents()).items;
    await store.reviewEvent({ eventId: event.id, action: 'edit', field: 'fatalities', value: '7', reviewer: 'ana' });
    const after = (await store.getEvent(event.id))!;
    expect(after.reviewStatus).toBe('edited');
    expect(after.fatalities?.min).toBe(6);
    const reviews = await store.listEventReviews(event.id);
    expect(reviews).toMatchObject([{ action: 'edit', field: 'fatalities', value: '7', reviewer: 'ana' }]);
    expect((await store.listEvents({ reviewStatus: 'edited' })).total).toBe(1);
    expect((await store.listEvents({ reviewStatus: 'unreviewed' })).total).toBe(0);
    await expect(store.reviewEvent({ eventId: event.id, action: 'edit', reviewer: 'ana' })).rejects.toMatchObject({ code: 'E040' });
  });

  it('filters events by minimum killed and text, and sorts', async () => {
    expect((await store.listEvents({ minKilled: 6 })).total).toBe(1);
    expect((await store.listEvents({ minKilled: 7 })).total).toBe(0);
    expect((await store.listEvents({ q: 'foreign ministry' })).total).toBe(1);
    expect((await store.listEvents({ q: 'nowhere' })).total).toBe(0);
    expect((await store.listEvents({ sort: 'killed', order: 'asc' })).items).toHaveLength(1);
    const rows = [];
    for await (const row of store.eachEvent({ country: 'AF' })) rows.push(row);
    expect(rows).toHaveLength(1);
  });

  it('adds and removes analyst aliases', async () => {
    const added = await store.addAlias({ actorId: TALIBAN.id, alias: 'IEA' });
    expect(added).toContainEqual({ alias: 'IEA', origin: 'analyst' });
    const removed = await store.removeAlias({ actorId: TALIBAN.id, alias: 'IEA' });
    expect(removed.map((a) => a.alias)).not.toContain('IEA');
    await expect(store.removeAlias({ actorId: TALIBAN.id, alias: 'IEA' })).rejects.toMatchObject({ code: 'E041' });
  });

  it('merges two actors and undoes the merge exactly', async () => {
    const before = (await store.getActor(ISKP.id))!;
    const merge = await store.mergeActors({ keepId: TALIBAN.id, mergeId: ISKP.id });
    expect(await store.getActor(ISKP.id)).toBeNull();
    const kept = (await store.getActor(TALIBAN.id))!;
    expect(kept.mentionCount).toBe(2);
    expect(kept.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['ISKP', 'IS-K', 'Islamic State Khorasan Province']));
    expect((await store.listEvents({ actor: TALIBAN.id })).total).toBe(1);
    expect((await store.listMerges(TALIBAN.id))[0]).toMatchObject({ id: merge.id, mergedName: ISKP.name, undoneAt: null });

    await store.undoMerge(merge.id);
    const restored = (await store.getActor(ISKP.id))!;
    expect(restored.aliases).toEqual(before.aliases);
    expect(restored.mentionCount).toBe(before.mentionCount);
    expect((await store.getActor(TALIBAN.id))!.aliases.map((a) => a.alias)).not.toContain('ISKP');
    expect((await store.listEvents({ actor: TALIBAN.id })).total).toBe(0);
    expect((await store.listEvents({ actor: ISKP.id })).total).toBe(1);
    await expect(store.undoMerge(merge.id)).rejects.toMatchObject({ code: 'E040' });
    await expect(store.mergeActors({ keepId: MUJAHID.id, mergeId: MUJAHID.id })).rejects.toMatchObject({ code: 'E040' });
  });

  it('counts views and gives overview aggregates', async () => {
    const [article] = (await store.listArticles()).items;
    expect(await store.recordView(article.id)).toBe(1);
    expect(await store.recordView(article.id)).toBe(2);
    expect(await store.recordView(999)).toBeNull();
    const overview = await store.overview();
    expect(overview.perMonth).toEqual([{ month: '2024-03', attackType: 'Bombing/Explosion', count: 1 }]);
    expect(overview.mapCells).toMatchObject([{ lat: 35, lon: 69, count: 1, killed: 6 }]);
    expect(overview.countries).toMatchObject([{ value: 'AF', name: 'Afghanistan', count: 1 }]);
    expect(await store.coActors(TALIBAN.id)).toEqual(expect.arrayContaining([expect.objectContaining({ id: ISKP.id, articles: 1 })]));
  });
});
