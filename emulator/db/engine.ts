import { Aggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import type { AnyObject, CollectionResolver, Options } from 'mingo/types';
import { update } from 'mingo/updater';
import type { Doc } from '../ejson';
import { $dateToString, $isoWeekYear, $week, dateParts } from './operators/dates';
import { $elemMatch } from './operators/elem-match';
import { jsonSchemaValidator } from './operators/json-schema';
import { $lookup } from './operators/lookup';
import { $indexOfCP, $substr, $substrBytes } from './operators/strings';

/**
 * mingo, set up to answer as MongoDB does: its own operators, with the emulator's versions of those
 * it gets wrong or lacks (emulator/db/operators/), and `$jsonSchema`. Every query, update and
 * pipeline of the emulator goes through here. mingo's package entry merges custom operators
 * *under* its built-ins, so the context is built from the operator modules directly.
 */
const context = Context.init({
  accumulator: accumulatorOperators,
  expression: { ...expressionOperators, ...dateParts, $week, $isoWeekYear, $dateToString, $indexOfCP, $substr, $substrBytes },
  pipeline: { ...pipelineOperators, $lookup },
  projection: projectionOperators,
  query: { ...queryOperators, $elemMatch },
  window: windowOperators,
});

function options(collectionResolver?: CollectionResolver): Partial<Options> {
  return { context, jsonSchemaValidator, collectionResolver };
}

export function compileQuery(query: Doc | undefined): (doc: Doc) => boolean {
  if (!query || Object.keys(query).length === 0) return () => true;
  const compiled = new Query(query, options());
  return (doc) => compiled.test(doc);
}

/** Runs a pipeline; `collections` answers the other collections a `$lookup` names. */
export function runPipeline(pipeline: Doc[], docs: Doc[], collections?: (name: string, filter?: Doc) => Doc[]): Doc[] {
  return new Aggregator(pipeline, options(collections as CollectionResolver | undefined)).run(docs) as Doc[];
}

/** Applies MongoDB update operators to `doc` in place. */
export function applyUpdateOperators(doc: Doc, modifier: Doc): void {
  update(doc as AnyObject, modifier, undefined, undefined, { queryOptions: options() });
}
