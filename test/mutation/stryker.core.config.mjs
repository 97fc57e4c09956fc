import { strykerConfigFor } from './stryker.base.mjs';

/** Mutation testing of `lib/core`: `npm run mutate:core`; fails below a score of 90%. */
export default strykerConfigFor('core', 90);
