/** The suites that mutation testing runs against `lib/core`. */
module.exports = require('./jest.mutation.config').jestConfigFor('core');
