import type { z } from 'zod';
import { homeInput, homeOutput } from './home';
import { reportInput, reportOutput } from './reports';
import { sessionInput, sessionOutput } from './session';
import { staffHomeInput, staffHomeOutput } from './staff-home';

/** Every cloud function's request and response, by function name: the client and server share them. */
export const api = {
  home: { input: homeInput, output: homeOutput },
  session: { input: sessionInput, output: sessionOutput },
  reports: { input: reportInput, output: reportOutput },
  staffHome: { input: staffHomeInput, output: staffHomeOutput },
} as const;

export type FunctionName = keyof typeof api;
export type FunctionInput<N extends FunctionName> = z.input<(typeof api)[N]['input']>;
export type FunctionOutput<N extends FunctionName> = z.infer<(typeof api)[N]['output']>;
