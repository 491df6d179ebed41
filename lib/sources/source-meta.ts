/** What is known of one of the reader's sources, as the reader may correct it. */
export interface SourceMetaEdit {
  outlet: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** A page just added to the reader's sources. */
export interface AddedSource {
  id: string;
  collectionName: string;
  /** True when the same article was already a source: it was updated. */
  updated: boolean;
  meta: SourceMetaEdit;
}
