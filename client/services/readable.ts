/**
 * A server message as a person reads it: without a rule number (“（R24）”) that some of the
 * functions' messages still carry — those are for the people who write the rules, not for a
 * parent or a clerk (issue 25). Every message from a function passes through here.
 */
export function readable(message: string): string {
  return message.replace(/（R\d+(?:[、，,]\s*R\d+)*）/g, '').replace(/（R\d+(?:[、，,]\s*R\d+)*：/g, '（');
}
