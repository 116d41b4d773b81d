/**
 * A server message as a person reads it: without a rule number (“（R24）”) — those are for the
 * people who write the rules, not for a parent or a clerk (issue 25). The functions' messages no
 * longer carry any (tests/unit/function-texts.test.ts keeps them out at their source); this strip
 * stays only as a belt, for a message a test cannot read (one stored before, or built at run time).
 * Every message from a function passes through here.
 */
export function readable(message: string): string {
  return message.replace(/（R\d+(?:[、，,]\s*R\d+)*）/g, '').replace(/（R\d+(?:[、，,]\s*R\d+)*：/g, '（');
}
