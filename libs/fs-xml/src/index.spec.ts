import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import * as fsXml from '@fscon/fs-xml';

describe('@fscon/fs-xml', () => {
  it('exports the parsers and the error type', () => {
    expect(fsXml.parseDirectory('<section name="directory"/>')).toEqual({ value: [], warnings: [] });
    expect(fsXml.parseDialplan('<section name="dialplan"/>', DEFAULT_CONTEXT_RANGES)).toEqual({
      value: [],
      warnings: [],
    });
    expect(fsXml.parseConferenceTypes('<configuration name="conference.conf"/>')).toEqual({
      value: [],
      warnings: [],
    });
    expect(fsXml.parseGlobals('a=1\n')).toEqual({ a: '1' });
    expect(() => fsXml.parseDirectory('-ERR')).toThrow(fsXml.XmlParseError);
  });
});
