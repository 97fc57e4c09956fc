import { strykerConfigFor } from './stryker.base.mjs';

/** Mutation testing of `lib/review`: `npm run mutate:review`. */
export default strykerConfigFor('review');
