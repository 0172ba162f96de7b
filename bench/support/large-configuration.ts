import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS } from '@fscon/contracts';

const USER_BASE = { team: 20000, friends: 21000, public: 22000 } as const;
const CONFERENCE_BASE = { team: 30000, friends: 31000, public: 32000 } as const;

function userXml(id: number, context: string): string {
  return `<include>
  <user id="${id}">
    <params>
      <param name="password" value="pw${id}"/>
      <param name="vm-password" value="${id}"/>
    </params>
    <variables>
      <variable name="user_context" value="${context}"/>
      <variable name="effective_caller_id_name" value="user${id}"/>
      <variable name="effective_caller_id_number" value="${id}"/>
      <variable name="outbound_caller_id_name" value="$\${outbound_caller_name}"/>
      <variable name="outbound_caller_id_number" value="$\${outbound_caller_id}"/>
      <variable name="verto_dvar_email" value="user${id}@example.org"/>
      <variable name="polymac" value="none"/>
      <variable name="conf_flags" value="${context === 'public' ? 'mute-detect|mute' : 'moderator|mute-detect'}"/>
      <variable name="conpin" value="$\${${context === 'team' ? 'modconpin' : 'defconpin'}}"/>
    </variables>
  </user>
</include>
`;
}

function conferenceXml(num: number): string {
  return `<include>
  <extension name="conf${num}">
    <condition field="destination_number" expression="${num}">
      <action application="set" data="codec_string=G722"/>
      <action application="answer"/>
      <action application="conference" data="conf${num}@16kHz-novideo++flags{\${conf_flags}}"/>
    </condition>
  </extension>
</include>
`;
}

/** Writes users and conference extensions, spread evenly over the contexts, into a configuration folder. */
export function writeLargeConfiguration(confDir: string, users: number, conferences: number): void {
  CONTEXTS.forEach((context, index) => {
    const userDir = join(confDir, 'directory', context);
    mkdirSync(userDir, { recursive: true });
    const userCount = Math.floor(users / 3) + (index < users % 3 ? 1 : 0);
    for (let i = 0; i < userCount; i++) {
      const id = USER_BASE[context] + i;
      writeFileSync(join(userDir, `${id}.xml`), userXml(id, context));
    }
    const conferenceDir = join(confDir, 'dialplan', 'conferences');
    mkdirSync(conferenceDir, { recursive: true });
    const conferenceCount = Math.floor(conferences / 3) + (index < conferences % 3 ? 1 : 0);
    for (let i = 0; i < conferenceCount; i++) {
      const num = CONFERENCE_BASE[context] + i;
      writeFileSync(join(conferenceDir, `${num}.xml`), conferenceXml(num));
    }
  });
}
