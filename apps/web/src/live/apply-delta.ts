import type { LiveConference, LiveDelta, LiveMember, NoMember } from '@fscon/contracts';
import { byName, type LiveView } from './live-view';

/**
 * One delta applied to the view. Idempotent (applying it twice changes nothing more) and total: a delta
 * about a conference or member the view does not know leaves the view as it is, and never throws.
 */
export function applyDelta(view: LiveView, delta: LiveDelta): LiveView {
  switch (delta.event) {
    case 'newXML':
      return { ...view, xmlVersion: view.xmlVersion + 1 };
    case 'newLiveState':
      return { ...view, conferences: byName(delta.data) };
    case 'newConference':
      return withConferences(view, { ...view.conferences, [delta.data.name]: withCount(delta.data) });
    case 'delConference': {
      if (!(delta.conference in view.conferences)) return view;
      const { [delta.conference]: _ended, ...rest } = view.conferences;
      return withConferences(view, rest);
    }
    case 'newMember':
      return update(view, delta.conference, (conference) =>
        withCount({
          ...conference,
          members: [...conference.members.filter((m) => m.confid !== delta.data.confid), delta.data],
          lastjoin: delta.data,
        }),
      );
    case 'delMember':
      return update(view, delta.conference, (conference) => withoutMember(conference, delta.data));
    case 'floorchange':
      return update(view, delta.conference, (conference) => ({ ...conference, floor: delta.data }));
    case 'mute':
    case 'unmute': {
      const mute = delta.event === 'mute';
      // a muted member is not heard: the server sends no stoptalking for it
      return changeMember(view, delta, (m) => ({ ...m, mute, talking: m.talking && !mute }));
    }
    case 'talking':
    case 'stoptalking':
      return changeMember(view, delta, (m) => ({ ...m, talking: delta.event === 'talking' }));
    case 'deaf':
    case 'undeaf':
      return changeMember(view, delta, (m) => ({ ...m, deaf: delta.event === 'deaf' }));
    case 'volume':
      return changeMember(view, delta, (m) => ({
        ...m,
        volume_in: delta.volume_in,
        volume_out: delta.volume_out,
      }));
    case 'energy':
      return changeMember(view, delta, (m) => ({ ...m, energy: delta.energy }));
    case 'muteAll':
      // FreeSWITCH spares moderators and reports each muted member on its own.
      return view;
    case 'lock':
    case 'unlock':
      return update(view, delta.conference, (c) => ({ ...c, locked: delta.event === 'lock' }));
    case 'recStart':
    case 'recResume':
    case 'recPause': {
      const status = delta.event === 'recPause' ? 'paused' : 'running';
      return update(view, delta.conference, (c) => ({ ...c, recording: { status, file: delta.file } }));
    }
    case 'recStop':
      return update(view, delta.conference, (c) => ({ ...c, recording: { status: 'norec' } }));
    case 'addReg':
      return { ...view, registrations: { ...view.registrations, [delta.user.regid]: delta.user } };
    case 'delReg': {
      if (!(delta.user.regid in view.registrations)) return view;
      const { [delta.user.regid]: _gone, ...rest } = view.registrations;
      return { ...view, registrations: rest };
    }
    default: {
      const unhandled: never = delta;
      return unhandled;
    }
  }
}

function withConferences(view: LiveView, conferences: LiveView['conferences']): LiveView {
  return { ...view, conferences };
}

function update(view: LiveView, name: string, change: (c: LiveConference) => LiveConference): LiveView {
  const conference = view.conferences[name];
  if (conference === undefined) return view;
  return withConferences(view, { ...view.conferences, [name]: change(conference) });
}

/** The member `data` names changed in the conference's list (and as floor holder and latest joiner). */
function changeMember(
  view: LiveView,
  delta: { conference: string; data: string },
  change: (member: LiveMember) => LiveMember,
): LiveView {
  const apply = (m: LiveMember | NoMember): LiveMember | NoMember =>
    isMember(m, delta.data) ? change(m) : m;
  return update(view, delta.conference, (conference) => ({
    ...conference,
    members: conference.members.map((m) => (m.confid === delta.data ? change(m) : m)),
    floor: apply(conference.floor),
    lastjoin: apply(conference.lastjoin),
  }));
}

function withCount(conference: LiveConference): LiveConference {
  return { ...conference, memcount: conference.members.length };
}

function withoutMember(conference: LiveConference, confid: string): LiveConference {
  const leaving = conference.members.find((member) => member.confid === confid);
  if (leaving === undefined) return conference;
  const floor: LiveMember | NoMember = isMember(conference.floor, confid) ? {} : conference.floor;
  return withCount({
    ...conference,
    members: conference.members.filter((member) => member !== leaving),
    lastleave: leaving,
    floor,
  });
}

export function isMember(member: LiveMember | NoMember, confid?: string): member is LiveMember {
  return 'confid' in member && (confid === undefined || member.confid === confid);
}
