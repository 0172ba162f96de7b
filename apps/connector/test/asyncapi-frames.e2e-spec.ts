import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { API_DOC_FILES } from '../src/api-docs/generate-api-docs';
import { REPO_ROOT } from './support/fresh-build';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { conferenceEvents, type Caller } from './support/live-events';
import { eventually, startSystem, type TestSystem } from './support/system';

const asyncapi = JSON.parse(readFileSync(join(REPO_ROOT, API_DOC_FILES.asyncapi), 'utf8')) as object;

/** The AsyncAPI message a frame should be: `reply.<reply>`, `error` or `delta.<event>`. */
function messageOf(frame: Received): string {
  if (frame.event === 'reply') return `reply.${frame.reply}`;
  return frame.event === 'error' ? 'error' : `delta.${frame.event}`;
}

describe('/api/live frames and the AsyncAPI document', () => {
  let system: TestSystem;
  let client: LiveTestClient;

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    client = await eventually(() => LiveTestClient.open(system.url, 'login=defaultuser:napw'));
  });
  afterAll(async () => {
    await client?.close();
    await system?.stop();
  });

  it('sends only frames the document describes', async () => {
    const ann: Caller = { confid: '1', id: '20000', name: 'ann' };
    const bob: Caller = { confid: '2', id: '20001', name: 'bob', muted: true };
    const fire = conferenceEvents(system.simulator);
    await client.ask({ req: 'init' }, (m) => m.event === 'reply');
    await client.ask({ req: 'initreg' }, (m) => m.event === 'reply' && m.reply === 'initreg');
    fire.join('team_g722', ann);
    fire.join('team_g722', bob);
    fire.unmute('team_g722', '2');
    fire.mute('team_g722', '1');
    fire.lock('team_g722');
    fire.register('20000', 'call-1@127.0.0.1', '127.0.0.1', '5062');
    fire.leave('team_g722', bob);
    fire.leave('team_g722', ann);
    await client.next(isEvent('delConference', 'team_g722'));
    await client.ask('not json', (m) => m.event === 'error');
    await client.ask({ req: 'nothing' }, (m) => m.event === 'error' && m.error === 'wrong protocol');
    await client.next((m) => m.event === 'addReg');

    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addSchema(asyncapi, 'asyncapi');
    const kinds = new Set<string>();
    for (const frame of client.received) {
      const name = messageOf(frame);
      kinds.add(name);
      const validate = ajv.getSchema(`asyncapi#/components/messages/${name.replaceAll('/', '~1')}/payload`);
      expect({ name, described: validate !== undefined }).toEqual({ name, described: true });
      expect({ frame, valid: validate!(frame), errors: validate!.errors }).toEqual({
        frame,
        valid: true,
        errors: null,
      });
    }
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'reply.init',
        'reply.initreg',
        'delta.newConference',
        'delta.newMember',
        'delta.mute',
        'delta.unmute',
        'delta.lock',
        'delta.delMember',
        'delta.delConference',
        'delta.addReg',
        'error',
      ]),
    );
  });
});
