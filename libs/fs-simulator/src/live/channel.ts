import { FsEvent } from '../events/fs-event';

/** How a caller reached the conference: a loopback B-leg (as `originate loopback/...`) or a SIP phone. */
export type CallVia = 'loopback' | 'sip';

export interface Codec {
  name: string;
  rate: number;
  bitRate: number;
}

/** The channel of a conference member and its caller profile, as switch_channel_event_set_data shows it. */
export interface Channel {
  uuid: string;
  name: string;
  via: CallVia;
  callerIdName: string;
  callerIdNumber: string;
  /** The SIP user (Caller-Username); loopback channels have none. */
  username?: string;
  networkAddr?: string;
  /** The context the call was placed in (loopback: Caller-Callee-ID-Number). */
  originContext: string;
  context: string;
  destination: string;
  /** Set when the dialplan transferred the call: `<epoch>:<uuid>:bl_xfer:<number>/<context>/XML`. */
  transferSource?: string;
  createdMicros: number;
  answeredMicros: number;
  readCodec: Codec;
  writeCodec: Codec;
}

const L16_8K: Codec = { name: 'L16', rate: 8000, bitRate: 128000 };

/** The codecs FreeSWITCH showed: loopback legs run L16 at 8 kHz, SIP G722 phones L16/G722 at 16 kHz. */
export function channelCodecs(via: CallVia): { readCodec: Codec; writeCodec: Codec } {
  return via === 'loopback'
    ? { readCodec: L16_8K, writeCodec: L16_8K }
    : {
        readCodec: { name: 'L16', rate: 16000, bitRate: 256000 },
        writeCodec: { name: 'G722', rate: 16000, bitRate: 64000 },
      };
}

/** switch_channel_event_set_data for an answered channel executing its dialplan. */
export function addChannelData(event: FsEvent, channel: Channel): FsEvent {
  const transferred = channel.transferSource !== undefined;
  const loopback = channel.via === 'loopback';
  const answered = String(channel.answeredMicros);
  event
    .addHeader('Channel-State', 'CS_EXECUTE')
    .addHeader('Channel-Call-State', 'ACTIVE')
    .addHeader('Channel-State-Number', '4')
    .addHeader('Channel-Name', channel.name)
    .addHeader('Unique-ID', channel.uuid)
    .addHeader('Call-Direction', 'inbound')
    .addHeader('Presence-Call-Direction', 'inbound')
    .addHeader('Channel-HIT-Dialplan', 'true')
    .addHeader('Channel-Call-UUID', channel.uuid)
    .addHeader('Answer-State', 'answered');
  for (const [side, codec] of [
    ['Read', channel.readCodec],
    ['Write', channel.writeCodec],
  ] as const) {
    event
      .addHeader(`Channel-${side}-Codec-Name`, codec.name)
      .addHeader(`Channel-${side}-Codec-Rate`, String(codec.rate))
      .addHeader(`Channel-${side}-Codec-Bit-Rate`, String(codec.bitRate));
  }
  event
    .addHeader('Caller-Direction', 'inbound')
    .addHeader('Caller-Logical-Direction', 'inbound')
    .addHeader('Caller-Username', channel.username ?? '')
    .addHeader('Caller-Dialplan', loopback && !transferred ? 'xml' : 'XML')
    .addHeader('Caller-Caller-ID-Name', channel.callerIdName)
    .addHeader('Caller-Caller-ID-Number', channel.callerIdNumber)
    .addHeader('Caller-Orig-Caller-ID-Name', channel.callerIdName)
    .addHeader('Caller-Orig-Caller-ID-Number', channel.callerIdNumber)
    .addHeader('Caller-Callee-ID-Name', loopback ? 'Outbound Call' : '')
    .addHeader('Caller-Callee-ID-Number', loopback ? channel.originContext : '')
    .addHeader('Caller-Network-Addr', channel.networkAddr ?? '')
    .addHeader('Caller-ANI', channel.callerIdNumber)
    .addHeader('Caller-Destination-Number', channel.destination)
    .addHeader('Caller-Unique-ID', channel.uuid)
    .addHeader('Caller-Source', loopback ? 'mod_loopback' : 'mod_sofia')
    .addHeader('Caller-Transfer-Source', channel.transferSource ?? '')
    .addHeader('Caller-Context', channel.context)
    .addHeader('Caller-RDNIS', transferred ? channel.destination : '')
    .addHeader('Caller-Channel-Name', channel.name)
    .addHeader('Caller-Profile-Index', transferred ? '2' : '1')
    .addHeader('Caller-Profile-Created-Time', String(channel.createdMicros))
    .addHeader('Caller-Channel-Created-Time', String(channel.createdMicros))
    .addHeader('Caller-Channel-Answered-Time', answered)
    .addHeader('Caller-Channel-Progress-Time', '0')
    .addHeader('Caller-Channel-Progress-Media-Time', loopback ? '0' : answered);
  for (const time of ['Hangup', 'Transfer', 'Resurrect', 'Bridged']) {
    event.addHeader(`Caller-Channel-${time}-Time`, '0');
  }
  return event
    .addHeader('Caller-Channel-Last-Hold', '0')
    .addHeader('Caller-Channel-Hold-Accum', '0')
    .addHeader('Caller-Screen-Bit', 'true')
    .addHeader('Caller-Privacy-Hide-Name', 'false')
    .addHeader('Caller-Privacy-Hide-Number', 'false');
}
