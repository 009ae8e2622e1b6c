/**
 * Reporting verbs: what tells a subject apart as a speaker. "Rwanda commended Slovenia" is a
 * statement; "Slovenia continued to develop a legal framework" (inside a stakeholder's
 * paragraph) is not. Past and present forms, since summaries use both.
 */

const VERBS = [
  'acknowledge',
  'add',
  'address',
  'advise',
  'advocate',
  'affirm',
  'agree',
  'allege',
  'analyse',
  'analyze',
  'announce',
  'appreciate',
  'applaud',
  'argue',
  'ask',
  'assert',
  // "X believed that …": a view reported as the speaker's own
  'believe',
  'brief',
  'call',
  'caution',
  'cite',
  'claim',
  'clarify',
  'comment',
  'commend',
  'conclude',
  'condemn',
  'confirm',
  'congratulate',
  'consider',
  'contend',
  'criticize',
  'criticise',
  'deliver',
  'deplore',
  'describe',
  'discuss',
  'document',
  'elaborate',
  'emphasize',
  'emphasise',
  'encourage',
  'enquire',
  'explain',
  'explore',
  'express',
  'focus',
  'highlight',
  'illustrate',
  'indicate',
  'inform',
  'inquire',
  'insist',
  'introduce',
  'invite',
  'list',
  'mention',
  'note',
  'observe',
  'opine',
  'outline',
  'point',
  'praise',
  'present',
  'propose',
  'question',
  'raise',
  'reaffirm',
  'recall',
  'recognize',
  'recognise',
  'recommend',
  'refer',
  'reflect',
  'regret',
  'reiterate',
  'remark',
  'remind',
  'reply',
  'report',
  'request',
  'respond',
  'share',
  'state',
  'stress',
  'suggest',
  'summarize',
  'summarise',
  'support',
  'thank',
  'underline',
  'underscore',
  'urge',
  'voice',
  'warn',
  'welcome',
  'wonder',
  'answer',
  'echo',
  'laud',
  'hope',
  'wish',
  'identify',
  'showcase',
  // "Mr. X recounted how …", "Ms. Y offered to share …"
  'recount',
  'offer',
  'specify',
  'assure',
  'examine',
  'review',
  'present',
  'question',
  'welcome',
];

const IRREGULAR = [
  'said',
  'says',
  'say',
  'spoke',
  'speaks',
  'gave',
  'gives',
  'made',
  'makes',
  'put',
  'puts',
  'drew',
  'draws',
  'took',
  'takes',
  'found',
  'finds',
  'felt',
  'feels',
  'held',
  'holds',
  'sought',
  'seeks',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'remained',
  'remains',
  'told',
  'tells',
  'wanted',
  'wants',
  'read',
  'reads',
  'turned',
  'turns',
  'closed',
  'closes',
  'provided',
  'provides',
];

function forms(base: string): string[] {
  const out = [base];
  if (base.endsWith('e')) out.push(`${base}d`, `${base}s`);
  else if (/(?:s|sh|ch|x|z)$/.test(base)) out.push(`${base}ed`, `${base}es`);
  else if (/[^aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ied`, `${base.slice(0, -1)}ies`);
  else if (/^(?:refer|regret)$/.test(base)) out.push(`${base}red`, `${base}s`, `${base}ted`);
  else out.push(`${base}ed`, `${base}s`);
  return out;
}

const SPEECH = new Set<string>([...VERBS.flatMap(forms), ...IRREGULAR, 'referred', 'regretted']);

/** "welcoming", "recalling", "referring": the -ing forms of the reporting verbs. */
const SPEECH_ING = new Set<string>([
  ...VERBS.map((b) => (/[^e]e$/.test(b) ? `${b.slice(0, -1)}ing` : /^(?:refer|regret)$/.test(b) ? `${b}${b.slice(-1)}ing` : `${b}ing`)),
  'saying',
  'speaking',
]);

/** "began by welcoming …", "opened her remarks by recalling …": a reporting verb's -ing after "by". */
const BEGAN = new Set(['began', 'begins', 'opened', 'opens', 'started', 'starts', 'ended', 'ends']);
const BY_ING = /^(?:(?:her|his|their|its|the)\s+(?:remarks|statement|presentation|intervention)\s+)?by\s+(\p{Ll}+ing)\b/u;

/** Auxiliaries and adverbs that may stand between a subject and its reporting verb. */
const FILLERS = new Set([
  'also',
  'further',
  'furthermore',
  'however',
  'then',
  'likewise',
  'similarly',
  'additionally',
  'moreover',
  'strongly',
  'particularly',
  'specifically',
  'notably',
  'repeatedly',
  'briefly',
  'finally',
  'generally',
  'subsequently',
  'equally',
  'in',
  'addition',
  'consequently',
  'therefore',
  'thus',
  'still',
  'again',
  'explicitly',
  'clearly',
  'both',
  'all',
  'jointly',
  'collectively',
]);

/** Verbs that only count with a complement ("was concerned", "had concerns", "put forward"). */
const NEEDS_COMPLEMENT: Record<string, RegExp> = {
  was: /^(?:concerned|pleased|worried|alarmed|of the (?:view|opinion)|appreciative|encouraged|troubled|disappointed|satisfied)\b/,
  were: /^(?:concerned|pleased|worried|alarmed|of the (?:view|opinion)|appreciative|encouraged|troubled|disappointed|satisfied)\b/,
  is: /^(?:concerned|pleased|worried|of the (?:view|opinion))\b/,
  are: /^(?:concerned|pleased|worried|of the (?:view|opinion))\b/,
  had: /^(?:concerns?|raised|noted|expressed|stressed|highlighted|recommended|called|urged|welcomed|reported|stated|identified)\b/,
  has: /^(?:concerns?|raised|noted|expressed|stressed|highlighted|recommended|called|urged|welcomed|reported|stated|identified)\b/,
  have: /^(?:concerns?|raised|noted|expressed|stressed|highlighted|recommended|called|urged|welcomed|reported|stated|identified)\b/,
  remained: /^(?:concerned|worried|of the view)\b/,
  remains: /^(?:concerned|worried|of the view)\b/,
  put: /^forward\b/,
  puts: /^forward\b/,
  made: /^(?:(?:a|an|the|their|his|her|its|similar|the following|several|some|two|three|brief|short|opening|concluding|introductory|closing|final|general|joint)\s+){0,3}(?:statements?|observations?|recommendations?|remarks?|comments?|suggestions?|proposals?|points?|presentations?|interventions?)\b/,
  told: /^(?:the|participants|delegates|the meeting|the panel)\b/,
  tells: /^(?:the|participants|delegates)\b/,
  wanted: /^to know\b/,
  wants: /^to know\b/,
  read: /^(?:out\s+)?(?:a|the)\s+statement\b/,
  reads: /^(?:out\s+)?(?:a|the)\s+statement\b/,
  turned: /^to\b/,
  closed: /^(?:the\s+(?:event|meeting|session|discussion|dialogue|debate|consultation)|by)\b/,
  closes: /^(?:the\s+(?:event|meeting|session|discussion|dialogue|debate|consultation)|by)\b/,
  turns: /^to\b/,
  gave: /^(?:an? )?(?:overview|presentation|briefing|update|statement)\b/,
  took: /^(?:the floor|note)\b/,
  // "provided further information", not "provided free legal aid"
  provided:
    /^(?:(?:further|additional|more|detailed|some|an?|the|its|their|general)\s+){0,2}(?:information|details|updates?|explanations?|clarifications?|examples|answers|responses|replies|an overview)\b/,
  provides:
    /^(?:(?:further|additional|more|detailed|some|an?|the|its|their|general)\s+){0,2}(?:information|details|updates?|explanations?|clarifications?|examples|answers|responses|replies|an overview)\b/,
  drew: /^(?:attention|out)\b/,
  held: /^(?:that|the view)\b/,
};

/**
 * Whether the text at `pos` (right after a subject) is a reporting verb, allowing a few adverbs
 * or auxiliaries before it. Returns the offset after the verb, or -1.
 */
export function speechVerbAt(text: string, pos: number): number {
  let i = pos;
  for (let guard = 0; guard < 4; guard++) {
    while (text[i] === ' ' || text[i] === ',') i++;
    // "X in 2011 affirmed", "X in March 2012 stated": when, between the subject and its verb
    const when = /^in\s+(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d\b,?/u.exec(text.slice(i, i + 24));
    if (when) {
      i += when[0].length;
      continue;
    }
    const m = /^[a-z]+/.exec(text.slice(i, i + 20));
    if (!m) return -1;
    const word = m[0];
    const after = i + word.length;
    if (BEGAN.has(word)) {
      const by = BY_ING.exec(text.slice(after, after + 80).replace(/^\s+/, ''));
      return by && SPEECH_ING.has(by[1]!) ? after : -1;
    }
    if (SPEECH.has(word)) {
      const complement = NEEDS_COMPLEMENT[word];
      if (!complement) return after;
      const rest = text.slice(after, after + 80).replace(/^[\s,]+/, '');
      if (complement.test(rest)) return after;
      // "was also concerned": the auxiliary may be followed by an adverb and then the complement.
      // "had concluded consultations" is not reporting, so "had" only counts with its listed complements.
      const adverb = /^\s*(?:also|further|particularly|especially|deeply|seriously)\s+/.exec(rest);
      if (adverb && complement.test(rest.slice(adverb[0].length))) return after;
      return -1;
    }
    if (FILLERS.has(word)) {
      i = after;
      continue;
    }
    return -1;
  }
  return -1;
}
