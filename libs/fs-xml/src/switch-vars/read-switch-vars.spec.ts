import { readSwitchVars } from './read-switch-vars';
import { setSwitchVars } from './set-switch-vars';

describe('readSwitchVars', () => {
  it('reads back what setSwitchVars wrote, references and all', () => {
    const text = setSwitchVars(
      '<include>\n  <X-PRE-PROCESS cmd="set" data="domain=$${local_ip_v4}"/>\n</include>\n',
      {
        es_pw: ' p&"<$${x}/>',
      },
    );
    expect(readSwitchVars(text)).toEqual({ domain: '$${local_ip_v4}', es_pw: ' p&"<$${x}/>' });
  });
});
