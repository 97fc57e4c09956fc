import { strykerConfigFor } from './stryker.base.mjs';

/** Mutation testing of `lib/core`: `npm run mutate:core`. */
export default strykerConfigFor('core');
