import type { UserSource } from '@/lib/sources/user-source';
import { writing, type Db } from './sources-schema';

// The snapshot of every source and its journal (settings/sources-corpus.ts reads them at start-up).

export class SnapshotStore {
  constructor(protected readonly db: Db) {}

  /** The ids written or removed since the snapshot. */
  async journal(): Promise<string[]> {
    const found = await this.db.get('meta', 'journal');
    return found?.id === 'journal' ? found.ids : [];
  }

  /** The stored snapshot's JSON, or null. */
  async snapshot(): Promise<string | null> {
    const found = await this.db.get('meta', 'snapshot');
    return found?.id === 'snapshot' ? found.json : null;
  }

  /**
   * Saves a snapshot that includes the first `consumed` journal entries; entries written meanwhile
   * stay in the journal, so nothing changed after the snapshot was built is lost.
   */
  async saveSnapshot(json: string, consumed: number): Promise<void> {
    await writing(async () => {
      const tx = this.db.transaction('meta', 'readwrite');
      const journal = await tx.store.get('journal');
      const ids = journal?.id === 'journal' ? journal.ids.slice(consumed) : [];
      await Promise.all([
        tx.store.put({ id: 'snapshot', json }),
        tx.store.put({ id: 'journal', ids }),
        tx.done,
      ]);
    });
  }

  /** Several sources by id, in one transaction; missing ones (removed) are left out. */
  async many(ids: readonly string[]): Promise<UserSource[]> {
    const tx = this.db.transaction('sources');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return found.filter((s): s is UserSource => s !== undefined);
  }

  close(): void {
    this.db.close();
  }
}
