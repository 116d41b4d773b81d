/**
 * Prints the collections and indexes of config/database.ts in the shape CloudBase's management API
 * takes (`updateCollection` with CreateIndexes, as in @cloudbase/manager-node), for a deploy step to
 * apply to a real environment. Run: npx tsx scripts/index-plan.ts > index-plan.json
 */
import { databaseSchema, type IndexSpec } from '../config/database';

function createIndex(index: IndexSpec) {
  return {
    IndexName: index.name,
    MgoKeySchema: {
      MgoIsUnique: index.unique ?? false,
      MgoIndexKeys: Object.entries(index.keys).map(([Name, direction]) => ({ Name, Direction: String(direction) })),
    },
  };
}

export const indexPlan = Object.entries(databaseSchema).map(([collection, spec]) => ({
  collection,
  CreateIndexes: spec.indexes.map(createIndex),
}));

if (require.main === module) console.log(JSON.stringify(indexPlan, null, 2));
