import { strykerConfigFor } from './stryker.base.mjs';

/** Mutation testing of `lib/review`: `npm run mutate:review`; fails below a score of 85%. */
export default strykerConfigFor('review', 85);
