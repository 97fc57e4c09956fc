import { compactHostNames } from '../../lib/review/catalog-hosts';

/**
 * Review tables list catalogued hosts; runs of names that differ only by consecutive numbers of
 * the same width become one entry, and everything else is listed as it is, in the order given.
 */
test('a run of consecutive numbers with the same prefix, width and domain becomes one entry', () => {
  expect(
    compactHostNames(['evwebamp0901.service.softlayer.com', 'evwebamp0902.service.softlayer.com', 'evwebamp0903.service.softlayer.com']),
  ).toEqual(['evwebamp0901-0903.service.softlayer.com']);
  expect(compactHostNames(['vault7', 'vault8'])).toEqual(['vault7-8']);
});

test('a gap, another prefix, another domain or another width ends a run', () => {
  expect(
    compactHostNames(['amp01.a.com', 'amp02.a.com', 'amp04.a.com', 'web05.a.com', 'web06.b.com', 'web07.b.com', 'web8.b.com', 'web09.b.com']),
  ).toEqual(['amp01-02.a.com', 'amp04.a.com', 'web05.a.com', 'web06-07.b.com', 'web8.b.com', 'web09.b.com']);
});

test('names without a number, single names and an empty list are kept as they are', () => {
  expect(compactHostNames(['cloudbackupregister.service.softlayer.com', 'amp1.a.com', 'portal.a.com'])).toEqual([
    'cloudbackupregister.service.softlayer.com',
    'amp1.a.com',
    'portal.a.com',
  ]);
  expect(compactHostNames([])).toEqual([]);
});
