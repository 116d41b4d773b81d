/**
 * jest's own order (failed first, then longest first by the durations it recorded last time), except
 * on a run with no recorded durations at all (a fresh clone, CI): jest then orders by file size,
 * which puts the short function files first and leaves a long browser journey to run alone at the
 * end. There the journeys — about two thirds of the run — go first, so the workers finish together.
 */
const Sequencer = require('@jest/test-sequencer').default;

const isJourney = (test) => /[\\/]tests[\\/]journeys[\\/]/.test(test.path);

class JourneysFirstWhenUnknown extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    if (sorted.some((test) => test.duration != null)) return sorted;
    return [...sorted.filter(isJourney), ...sorted.filter((test) => !isJourney(test))];
  }
}

module.exports = JourneysFirstWhenUnknown;
