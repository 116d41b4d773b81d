import { db } from './app';

/** What a person typed, matched literally anywhere in a field (their dots and brackets mean nothing). */
export function containing(text: string, options = 'i') {
  return db.RegExp({ regexp: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options });
}
