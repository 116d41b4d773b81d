import { letterProblems, letterTextSchema, type LetterText } from '../../../shared/letter';
import type { PolicyKind } from '../../../shared/records/content';
import type { FieldErrors } from '../../../shared/result-core';
import { checkInput } from './check-input';

/**
 * The letter's editor as the bureau's clerk types it (R17, R27): the body and each policy's lists
 * are one box each, a line per paragraph or item — what a clerk pasting from a Word document
 * expects — and the letter sent to the server is those lines, blank ones dropped.
 */
export interface PolicyForm {
  kind: PolicyKind;
  title: string;
  summary: string;
  whoQualifies: string;
  amount: string;
  howToApply: string;
}

export interface LetterForm {
  title: string;
  greeting: string;
  paragraphs: string;
  contacts: Array<{ name: string; phone: string }>;
  issuedBy: string;
  policies: PolicyForm[];
}

const lines = (box: string) =>
  box
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

export function formOfLetter(letter: LetterText): LetterForm {
  return {
    title: letter.title,
    greeting: letter.greeting,
    paragraphs: letter.paragraphs.join('\n'),
    contacts: letter.contacts.map(({ name, phone }) => ({ name, phone })),
    issuedBy: letter.issuedBy,
    policies: letter.policies.map((p) => ({ ...p, whoQualifies: p.whoQualifies.join('\n'), howToApply: p.howToApply.join('\n') })),
  };
}

export function letterOfForm(form: LetterForm): LetterText {
  return {
    title: form.title.trim(),
    greeting: form.greeting.trim(),
    paragraphs: lines(form.paragraphs),
    contacts: form.contacts.map((c) => ({ name: c.name.trim(), phone: c.phone.trim() })),
    issuedBy: form.issuedBy.trim(),
    policies: form.policies.map((p) => ({
      ...p,
      title: p.title.trim(),
      summary: p.summary.trim(),
      amount: p.amount.trim(),
      whoQualifies: lines(p.whoQualifies),
      howToApply: lines(p.howToApply),
    })),
  };
}

/** The words for the n-th line of a box: a paragraph of the body, an item of a list, a step. */
const lineNames: Record<string, string> = { paragraphs: '段', whoQualifies: '条', howToApply: '步' };

/**
 * A problem at a line of a box (`paragraphs.2`, `policies.0.howToApply.1`) is shown under the box,
 * naming the line (“第 3 段：……”); the server's paths (`letter.paragraphs.2`) read the same way.
 */
export function problemsUnderBoxes(problems: FieldErrors): FieldErrors {
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(problems)) {
    const parts = path.replace(/^letter\./, '').split('.');
    const last = parts.at(-1) ?? '';
    const box = parts.at(-2) ?? '';
    const at =
      /^\d+$/.test(last) && lineNames[box]
        ? { field: parts.slice(0, -1).join('.'), text: `第 ${Number(last) + 1} ${lineNames[box]}：${message}` }
        : { field: parts.join('.'), text: message };
    shown[at.field] = shown[at.field] ? `${shown[at.field]}；${at.text}` : at.text;
  }
  return shown;
}

/** What must be right before a save: the schema's checks, in the clerk's words, under the boxes. */
export function checkLetterForm(form: LetterForm): FieldErrors {
  return problemsUnderBoxes(checkInput(letterTextSchema, letterOfForm(form)).problems);
}

/** What must be right before publishing (R17): the save's checks, then whom to call and the care for families in difficulty and disabled students. */
export function checkLetterToPublish(form: LetterForm): FieldErrors {
  const saving = checkLetterForm(form);
  if (Object.keys(saving).length) return saving;
  return letterProblems(letterOfForm(form));
}
