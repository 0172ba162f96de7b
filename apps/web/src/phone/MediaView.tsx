import { useEffect, useRef } from 'react';

/** Plays a call's remote media; shows video (and a silent preview of the own camera) in a video call. */
export function MediaView({
  remote,
  local,
  video,
}: {
  remote?: MediaStream;
  local?: MediaStream;
  video: boolean;
}) {
  const audio = useRef<HTMLAudioElement>(null);
  const remoteVideo = useRef<HTMLVideoElement>(null);
  const localVideo = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (audio.current) audio.current.srcObject = video ? null : (remote ?? null);
    if (remoteVideo.current) remoteVideo.current.srcObject = video ? (remote ?? null) : null;
    if (localVideo.current) localVideo.current.srcObject = video ? (local ?? null) : null;
  }, [remote, local, video]);
  return (
    <div className="media">
      <audio ref={audio} autoPlay />
      {video && (
        <>
          <video ref={remoteVideo} autoPlay playsInline aria-label="Video of the other side" />
          <video ref={localVideo} autoPlay playsInline muted aria-label="Your camera" className="preview" />
        </>
      )}
    </div>
  );
}
