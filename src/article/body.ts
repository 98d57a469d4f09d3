// Sitrep's own main-text extractor.
//
// One walk over the page records every paragraph (a run of inline text between block boundaries) and the text
// and link-text length of every element. The story is the element that holds the most paragraph text while
// holding little else: "text mass" = paragraph characters − PENALTY × other characters. Stories split over
// several columns or interrupted by ads are still one element, because the ancestor that joins them gains more
// paragraph text than it pays for the chrome in between. The chosen element is then written out block by
// block, dropping boilerplate subtrees (share bars, comment forms, newsletter boxes, related lists, credits).
import { ELEMENT_NODE, TEXT_NODE, tagOf, normalizeSpace, attr } from './dom.js';
import { isChromeBlock } from './chrome.js';

/** A run of inline text shorter than this is not a paragraph (Readability uses 25 too). */
const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph that is mostly link text is navigation, not prose. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;
/** Cost of one character of non-paragraph text inside a candidate, against one of paragraph text. */
const NON_PARAGRAPH_PENALTY = 0.5;
/** Paragraph score grows one point per this many characters... */
const CHARS_PER_POINT = 100;
/** ...up to this many points, so one huge block cannot outvote the story. */
const MAX_LENGTH_POINTS = 3;
/** How many ancestors receive a paragraph's score. */
const SCORE_ANCESTOR_LEVELS = 5;
/** Score of a container whose class or id says content (or boilerplate). */
const CLASS_WEIGHT = 25;
/** The chosen element grows to its parent only when the parent's text mass is this much larger... */
const EXPANSION_MIN_GAIN = 1.2;
/** ...and the parent is not link-heavy. */
const EXPANSION_MAX_LINK_DENSITY = 0.33;
/** A subtree whose class says boilerplate is dropped unless it holds this share of all paragraph text
 *  (then the class describes a layout such as "with-sidebar", not the subtree's content). */
const BOILERPLATE_MAX_SHARE = 0.5;
/** A container of the story is removed when link text exceeds this share of its text... */
const MAX_CONTAINER_LINK_DENSITY = 0.5;
/** ...or this share when its class or id already says boilerplate. */
const MAX_SUSPECT_LINK_DENSITY = 0.25;

/** Never text of an article. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'button', 'input',
  'select', 'textarea', 'form', 'nav', 'aside', 'footer', 'head', 'title', 'meta', 'link', 'video', 'audio',
  'map', 'dialog', 'menu', 'figcaption', 'picture', 'img', 'source',
]);
/** Elements that end one paragraph and start another. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'html', 'form', 'fieldset',
  'caption', 'legend', 'nav', 'hgroup',
]);
/** Containers checked for link-heavy or suspect content before their text is kept. */
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'header', 'figure', 'center', 'span']);

/** Class or id words of boilerplate containers. */
const NEGATIVE_RE =
  /(^|[\s_-])(ad|ads|advert\w*|banner|breadcrumbs?|byline|comment\w*|community|cookie\w*|disqus|footer|gdpr|menu|meta|modal|nav\w*|newsletter\w*|outbrain|pagination|pager|popup|promo\w*|recirc\w*|related\w*|replies|share\w*|sharing|sidebar|signup|social\w*|sponsor\w*|subscri\w*|tags?|taboola|toolbar|tools|trending|widget\w*|caption|credit\w*|copyright|recommend\w*|teaser\w*|paywall|overlay)([\s_-]|$)/i;
/** Class or id words of story containers. */
const POSITIVE_RE = /(^|[\s_-])(article\w*|body|content|entry|main|post|story|text|blog|hentry|prose|rich-?text)([\s_-]|$)/i;
/** Boilerplate words strong enough to drop a subtree wherever it sits. */
const STRONG_NEGATIVE_RE =
  /(^|[\s_-])(comments?|comment-\w+|share\w*|sharing|social\w*|newsletter\w*|related\w*|recirc\w*|outbrain|taboola|sidebar|breadcrumbs?|advert\w*|ad-\w+|ads|cookie\w*|gdpr|signup|subscribe\w*|most-\w+|trending|more-stories|read-more|readmore|recommend\w*|author-bio|byline|tags|photo-credit|caption|credit|modal|popup|paywall|inline-ad)([\s_-]|$)/i;

interface Stats {
  text: number;
  link: number;
}

/** Inline text being gathered for the nearest block ancestor. */
interface Run {
  owner: Element;
  text: string;
  link: number;
}

interface Paragraph {
  owner: Element;
  length: number;
  /** Readability-style points: one, plus one per comma, plus one per 100 characters up to three. */
  points: number;
  /** The paragraph is its owner's whole text (a <p>), so its score starts at the owner's parent. */
  whole: boolean;
}

export interface BodyResult {
  /** Paragraphs of the main text, in order. */
  paragraphs: string[];
  /** The element chosen as the story. */
  container?: Element;
}

function classWords(el: Element): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== '' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function classWeight(el: Element): number {
  const words = classWords(el);
  if (words.length < 2) return 0;
  return (NEGATIVE_RE.test(words) ? -1 : 0) + (POSITIVE_RE.test(words) ? 1 : 0);
}

/** Never content, whatever it holds: by tag, visibility or ARIA role. */
function isNeverContent(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag) || isHidden(el)) return true;
  const role = attr(el, 'role');
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'dialog';
}

/** Class or id says boilerplate (share bar, comments, related list...). */
function looksBoilerplate(el: Element): boolean {
  const words = classWords(el);
  return words.length > 1 && STRONG_NEGATIVE_RE.test(words);
}

/** Non-whitespace characters: a length that indentation and line breaks cannot inflate. */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** The one walk: element stats, paragraphs, and subtrees whose class says boilerplate. */
export class PageModel {
  readonly stats = new Map<Element, Stats>();
  readonly paragraphs: Paragraph[] = [];
  readonly suspects: Element[] = [];
  /** Paragraph characters under each element, once boilerplate is decided. */
  readonly good = new Map<Element, number>();
  readonly boilerplate = new Set<Element>();
  /** Readability-style content scores. */
  readonly scores = new Map<Element, number>();

  constructor(readonly root: Element) {
    const run: Run = { owner: root, text: '', link: 0 };
    this.walk(root, run, false);
    this.flush(run);
    this.decideBoilerplate();
  }

  private flush(run: Run, whole = false): void {
    if (run.text.length === 0) return;
    const length = visibleLength(run.text);
    const link = run.link;
    run.text = '';
    run.link = 0;
    if (length < MIN_PARAGRAPH_CHARS || link / length > MAX_PARAGRAPH_LINK_DENSITY) return;
    const commas = run.text.split(/[,\uff0c\u3001]/).length - 1;
    const points = 1 + commas + Math.min(Math.floor(length / CHARS_PER_POINT), MAX_LENGTH_POINTS);
    this.paragraphs.push({ owner: run.owner, length, points, whole });
  }

  private walk(el: Element, run: Run, inLink: boolean): Stats {
    const stats: Stats = { text: 0, link: 0 };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = (child as Text).data;
        const length = visibleLength(value);
        if (length === 0) continue;
        run.text += value;
        stats.text += length;
        if (inLink) {
          run.link += length;
          stats.link += length;
        }
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const childEl = child as Element;
      const tag = tagOf(childEl);
      if (isNeverContent(childEl, tag)) continue;
      if (tag === 'header' || looksBoilerplate(childEl)) this.suspects.push(childEl);
      let childStats: Stats;
      if (BLOCK_TAGS.has(tag)) {
        this.flush(run);
        const inner: Run = { owner: childEl, text: '', link: 0 };
        const before = this.paragraphs.length;
        childStats = this.walk(childEl, inner, inLink || tag === 'a');
        this.flush(inner, this.paragraphs.length === before);
      } else {
        childStats = this.walk(childEl, run, inLink || tag === 'a');
      }
      stats.text += childStats.text;
      stats.link += childStats.link;
    }
    this.stats.set(el, stats);
    return stats;
  }

  private accumulate(skip: Set<Element>): void {
    this.good.clear();
    this.scores.clear();
    outer: for (const p of this.paragraphs) {
      if (skip.size > 0) {
        for (let el: Element | null = p.owner; el; el = el.parentElement) if (skip.has(el)) continue outer;
      }
      for (let el: Element | null = p.owner; el; el = el.parentElement) {
        this.good.set(el, (this.good.get(el) ?? 0) + p.length);
      }
      let el: Element | null = p.whole ? p.owner.parentElement : p.owner;
      for (let level = 0; el && level < SCORE_ANCESTOR_LEVELS; level++, el = el.parentElement) {
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        this.scores.set(el, (this.scores.get(el) ?? initialScore(el)) + p.points / divider);
      }
    }
  }

  private decideBoilerplate(): void {
    this.accumulate(this.boilerplate);
    const total = this.good.get(this.root) ?? 0;
    for (const el of this.suspects) {
      if ((this.good.get(el) ?? 0) < total * BOILERPLATE_MAX_SHARE) this.boilerplate.add(el);
    }
    if (this.boilerplate.size > 0) this.accumulate(this.boilerplate);
  }

  linkDensity(el: Element): number {
    const s = this.stats.get(el);
    return s && s.text > 0 ? s.link / s.text : 0;
  }

  /** Paragraph text minus the penalty for everything else the element holds. */
  mass(el: Element): number {
    const good = this.good.get(el) ?? 0;
    const text = this.stats.get(el)?.text ?? 0;
    return good - NON_PARAGRAPH_PENALTY * Math.max(0, text - good);
  }

  /** The best-scoring element (Readability's choice), grown to ancestors that add paragraph text cheaply. */
  best(): Element | undefined {
    let best: Element | undefined;
    let bestScore = 0;
    for (const [el, score] of this.scores) {
      const tag = tagOf(el);
      if (tag === 'body' || tag === 'html') continue;
      const adjusted = score * (1 - this.linkDensity(el));
      if (adjusted > bestScore) {
        best = el;
        bestScore = adjusted;
      }
    }
    if (!best) return undefined;
    let mass = this.mass(best);
    for (let parent = best.parentElement; parent && parent !== this.root; parent = parent.parentElement) {
      if (this.linkDensity(parent) > EXPANSION_MAX_LINK_DENSITY) break;
      const parentMass = this.mass(parent);
      if (parentMass > mass * EXPANSION_MIN_GAIN) {
        best = parent;
        mass = parentMass;
      }
    }
    return best;
  }
}

function initialScore(el: Element): number {
  const tag = tagOf(el);
  let score = classWeight(el) * CLASS_WEIGHT;
  if (tag === 'div' || tag === 'article' || tag === 'section' || tag === 'main') score += 5;
  else if (tag === 'pre' || tag === 'td' || tag === 'blockquote') score += 3;
  else if (tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'dd' || tag === 'dt' || tag === 'li') score -= 3;
  else if (/^h[1-6]$/.test(tag) || tag === 'th') score -= 5;
  return score;
}

/** Writes the chosen element out as paragraphs, dropping boilerplate on the way. */
class Writer {
  readonly paragraphs: string[] = [];
  private current = '';

  constructor(private readonly page: PageModel) {}

  write(el: Element): void {
    this.walk(el);
    this.flush();
  }

  private flush(): void {
    if (this.current === '') return;
    const text = normalizeSpace(this.current);
    this.current = '';
    if (text !== '' && !isChromeBlock(text)) this.paragraphs.push(text);
  }

  private drop(el: Element, tag: string): boolean {
    if (isNeverContent(el, tag) || this.page.boilerplate.has(el) || tag === 'h1') return true;
    if (!CONDITIONAL_TAGS.has(tag)) return false;
    const density = this.page.linkDensity(el);
    if (density > MAX_CONTAINER_LINK_DENSITY) return true;
    return density > MAX_SUSPECT_LINK_DENSITY && classWeight(el) < 0;
  }

  private walk(el: Element): void {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        this.current += (child as Text).data;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const childEl = child as Element;
      const tag = tagOf(childEl);
      if (this.drop(childEl, tag)) continue;
      if (BLOCK_TAGS.has(tag)) {
        this.flush();
        this.walk(childEl);
        this.flush();
      } else {
        this.current += ' ';
        this.walk(childEl);
        this.current += ' ';
      }
    }
  }
}

/** The main text of a parsed page as paragraphs; empty when nothing readable was found. */
export function extractBody(document: Document): BodyResult {
  const root = document.body ?? document.documentElement;
  if (!root) return { paragraphs: [] };
  const page = new PageModel(root);
  const container = page.best() ?? root;
  const writer = new Writer(page);
  writer.write(container);
  return { paragraphs: writer.paragraphs, container };
}
