// Reading CoNLL-style files: one token per line, token in the first column, blank line between sentences.
// `-DOCSTART-` lines are skipped. When `withTags`, the last column is the gold IOB tag.

export interface ConllSentence {
  tokens: string[];
  /** Gold tags from the last column (empty when the file has a single column). */
  tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let tagged = true;
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags: tagged ? tags : [] });
    tokens = [];
    tags = [];
    tagged = true;
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      flush();
      continue;
    }
    const columns = line.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    tokens.push(columns[0]);
    if (columns.length > 1) tags.push(columns[columns.length - 1]);
    else tagged = false;
  }
  flush();
  return sentences;
}

/** Converts IOB1 (I- may start an entity) to IOB2; IOB2 input comes back unchanged. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag.startsWith('I-')) {
      const prev = i > 0 ? out[i - 1] : 'O';
      if (prev === 'O' || prev.slice(2) !== tag.slice(2)) {
        out.push(`B-${tag.slice(2)}`);
        continue;
      }
    }
    out.push(tag);
  }
  return out;
}
