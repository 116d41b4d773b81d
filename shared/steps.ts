/**
 * The one shape of every state machine in the product — a lead (R24, R25), a brochure version (R1–R3),
 * a campus visit (R10), an early-study request (R8), a violation report (R19): a table of named steps,
 * each saying from which statuses it may be taken, the status it leads to, and who may take it.
 * Handlers ask the table before they write and pages ask it what to offer; nothing else decides
 * which step may come next. A table is data, so a test can walk every edge of it.
 */
export interface Step<Status extends string, By extends string> {
  readonly from: readonly Status[];
  readonly to: Status;
  readonly by: readonly By[];
}

export type StepTable<Name extends string, Status extends string, By extends string> = Readonly<Record<Name, Step<Status, By>>>;

type NameOf<T> = Extract<keyof T, string>;
type StatusOf<T> = T extends StepTable<string, infer S, string> ? S : never;
type ByOf<T> = T extends StepTable<string, string, infer B> ? B : never;

const namesOf = <T extends StepTable<string, string, string>>(table: T) => Object.keys(table) as Array<NameOf<T>>;
// a name is a key of its table by type; the index type alone cannot say so
const stepOf = <T extends StepTable<string, string, string>>(table: T, name: NameOf<T>) => table[name] as Step<StatusOf<T>, ByOf<T>>;

/** Whether `by` may take the step `name` from `from`. */
export function mayTake<T extends StepTable<string, string, string>>(table: T, name: NameOf<T>, from: StatusOf<T>, by: ByOf<T>): boolean {
  const step = stepOf(table, name);
  return step.by.includes(by) && step.from.includes(from);
}

/** The status step `name` leads to from `from`, or null when the table does not allow it (whoever takes it). */
export function leadsTo<T extends StepTable<string, string, string>>(table: T, name: NameOf<T>, from: StatusOf<T>): StatusOf<T> | null {
  const step = stepOf(table, name);
  return step.from.includes(from) ? step.to : null;
}

/** The step that takes `from` to `to` for `by`, or null when none does. */
export function stepBetween<T extends StepTable<string, string, string>>(table: T, from: StatusOf<T>, to: StatusOf<T>, by: ByOf<T>): NameOf<T> | null {
  return namesOf(table).find((name) => stepOf(table, name).to === to && mayTake(table, name, from, by)) ?? null;
}

/** The steps `by` may take from `from`, in the table's order (what a page offers). */
export function stepsFrom<T extends StepTable<string, string, string>>(table: T, from: StatusOf<T>, by?: ByOf<T>): Array<NameOf<T>> {
  return namesOf(table).filter((name) => stepOf(table, name).from.includes(from) && (by === undefined || stepOf(table, name).by.includes(by)));
}
