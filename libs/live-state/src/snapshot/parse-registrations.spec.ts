import { readFileSync } from 'fs';
import fc from 'fast-check';
import { outputPath } from '../test-support/fixtures';
import { parseRegistrations } from './parse-registrations';
import { LiveSnapshotError } from './snapshot-json';

const listing = (scenario: string, file: string) =>
  parseRegistrations(readFileSync(outputPath(scenario, file), 'utf8'));

describe('parseRegistrations', () => {
  it('reads {"row_count": 0} as no registrations', () => {
    expect(listing('startup', 'show_registrations_as_json_empty.json')).toEqual({ value: [], warnings: [] });
  });

  it('reads a row as user, Call-ID (token) and network address', () => {
    expect(listing('registration', 'show_registrations_as_json_one.json')).toEqual({
      value: [{ id: '20001', regid: 'fscap-reg-plain-1795799608017', sipcon: '127.0.0.1:5071' }],
      warnings: [],
    });
  });

  it('takes numbers for strings and skips rows without the needed fields, with a warning', () => {
    const rows = {
      row_count: 3,
      rows: [{ reg_user: 20000, token: 't', network_ip: '::1', network_port: 5060 }, { reg_user: 'x' }, 7],
    };
    expect(parseRegistrations(JSON.stringify(rows))).toEqual({
      value: [{ id: '20000', regid: 't', sipcon: '::1:5060' }],
      warnings: [expect.any(String), expect.any(String)],
    });
    expect(parseRegistrations('[]')).toEqual({ value: [], warnings: [expect.any(String)] });
  });

  it('never throws on well-formed JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => void parseRegistrations(JSON.stringify(json))));
  });

  it('throws LiveSnapshotError when the answer is not JSON', () => {
    expect(() => parseRegistrations('{"row_count":1,"rows":[')).toThrow(LiveSnapshotError);
  });
});
