import { useEffect, useMemo, useRef } from 'react';
import type { SessionResponse } from '@fscon/contracts';
import { useDirectory } from '../directory/use-directory';
import { PhoneContext } from '../phone/phone-context';
import { PhonePanel } from '../phone/PhonePanel';
import { usePhone } from '../phone/use-phone';
import { Announcer } from '../ui/Announcer';
import { ConnectionStatus } from '../ui/ConnectionStatus';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notices } from '../ui/Notices';
import { CAPABILITIES, sectionsFor } from './capabilities';
import { SECTION_TITLES, SectionContent } from './SectionContent';
import { useLive } from './use-live';
import { useSection } from './use-section';
import { useUserInfo } from './use-user-info';

interface Props {
  session: SessionResponse;
  onLogout(): void;
  onSessionLost(): void;
}

/** Everything a logged-in user sees; what the context may see and do comes from its capabilities. */
export function Dashboard({ session, onLogout, onSessionLost }: Props) {
  const { user } = session;
  const capabilities = CAPABILITIES[user.context];
  const sections = useMemo(() => sectionsFor(capabilities), [capabilities]);
  const [section, goTo] = useSection(sections);
  const main = useRef<HTMLElement>(null);
  const { client, snapshot: live } = useLive(onSessionLost);
  const directory = useDirectory(capabilities.directorySource, live.view.xmlVersion);
  useEffect(() => client.setNames(directory.names), [client, directory.names]);
  const info = useUserInfo();
  const { phone, snapshot: phoneState, status: phoneStatus } = usePhone(info);
  const online = useMemo(
    () => new Set(Object.values(live.view.registrations).map((registration) => registration.id)),
    [live.view.registrations],
  );
  const phoneActions = useMemo(
    () => ({
      canDial: phoneState.registration === 'registered' && phoneState.call.phase === 'idle',
      dial: (target: string) => phone?.dial(target),
    }),
    [phone, phoneState.registration, phoneState.call.phase],
  );

  return (
    <PhoneContext.Provider value={phoneActions}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <div className="layout">
        <header className="top">
          <h1>fscon</h1>
          <p className="who">
            {user.name} <span className="muted-text">({user.context})</span>
          </p>
          <ConnectionStatus state={live.connection} />
          <button type="button" onClick={onLogout}>
            Log out
          </button>
        </header>
        <Announcer notice={live.announcement} label="Conference announcements" />
        <Notices title="Errors" notices={live.errors} onDismiss={(id) => client.dismissError(id)} />
        <nav aria-label="Sections" className="sections">
          {sections.map((name) => (
            <button
              key={name}
              type="button"
              aria-current={name === section ? 'page' : undefined}
              onClick={() => {
                goTo(name);
                main.current?.focus();
              }}
            >
              {SECTION_TITLES[name]}
            </button>
          ))}
        </nav>
        <main id="main" ref={main} tabIndex={-1}>
          <ErrorBoundary key={section} name={`The ${SECTION_TITLES[section]} view`}>
            <SectionContent
              section={section}
              capabilities={capabilities}
              client={client}
              live={live}
              directory={directory}
              online={online}
              info={info}
            />
          </ErrorBoundary>
        </main>
        <aside className="side">
          <ErrorBoundary name="The phone">
            <PhonePanel phone={phone} snapshot={phoneState} status={phoneStatus} />
          </ErrorBoundary>
        </aside>
      </div>
    </PhoneContext.Provider>
  );
}
