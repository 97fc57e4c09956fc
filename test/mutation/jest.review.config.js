/** The suites that mutation testing runs against `lib/review`. */
module.exports = require('./jest.mutation.config').jestConfigFor('review');
