import { inviteChoices } from './invite-choices';

describe('inviteChoices', () => {
  it('offers the users with a registered phone first, once each, then the other directory users', () => {
    const registrations = {
      a: { id: '20001', regid: 'a', sipcon: '127.0.0.1:5070' },
      b: { id: '20001', regid: 'b', sipcon: '127.0.0.1:5071' },
      c: { id: '29999', regid: 'c', sipcon: '127.0.0.1:5072' },
    };
    const names = new Map([
      ['21000', 'frienduser'],
      ['20001', 'teamuser2'],
      ['20000', 'defaultuser'],
    ]);
    expect(inviteChoices(registrations, names)).toEqual({
      registered: [
        { id: '20001', name: 'teamuser2' },
        { id: '29999', name: '29999' },
      ],
      others: [
        { id: '20000', name: 'defaultuser' },
        { id: '21000', name: 'frienduser' },
      ],
    });
  });
});
