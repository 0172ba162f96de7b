import { useCallback, useEffect, useState } from 'react';
import { deleteRecordings, listRecordings, recordingUrl, type RecordingsKind } from '../api/recordings-api';
import { describe } from '../auth/use-session';
import { ConfirmButton } from '../ui/ConfirmButton';

interface Props {
  kind: RecordingsKind;
  canDelete: boolean;
}

/** The recordings the context may see: play in the page, download, delete. */
export function RecordingsView({ kind, canDelete }: Props) {
  const [files, setFiles] = useState<string[]>();
  const [filter, setFilter] = useState('');
  const [playing, setPlaying] = useState<string>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  const load = useCallback(() => {
    listRecordings(kind).then(setFiles, (error: unknown) =>
      setMessage({ error: true, text: `The recordings could not be loaded: ${describe(error)}` }),
    );
  }, [kind]);
  useEffect(load, [load]);

  const remove = async (file: string) => {
    try {
      const { done } = await deleteRecordings(kind, [file]);
      setMessage(
        done.includes(file)
          ? { error: false, text: `Deleted ${file}` }
          : { error: true, text: `${file} was not deleted` },
      );
      if (playing === file) setPlaying(undefined);
      load();
    } catch (error) {
      setMessage({ error: true, text: describe(error) });
    }
  };

  const shown = (files ?? [])
    .filter((file) => file.toLowerCase().includes(filter.trim().toLowerCase()))
    .sort();
  return (
    <section aria-labelledby="recordings-title">
      <h2 id="recordings-title">Recordings</h2>
      <div className="filters" role="search" aria-label="Filter recordings">
        <label>
          Search
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
      </div>
      <div role="status">
        {message && <p className={`notice ${message.error ? 'error' : 'ok'}`}>{message.text}</p>}
      </div>
      <p>{files === undefined ? 'Loading…' : `${shown.length} of ${files.length} recordings`}</p>
      <ul className="recordings">
        {shown.map((file) => (
          <li key={file}>
            <span className="file">{file}</span>
            <span className="actions">
              <button
                type="button"
                aria-pressed={playing === file}
                aria-label={`${playing === file ? 'Close player of' : 'Play'} ${file}`}
                onClick={() => setPlaying(playing === file ? undefined : file)}
              >
                {playing === file ? 'Close player' : 'Play'}
              </button>
              <a className="button" href={recordingUrl(kind, file)} download={file}>
                Download <span className="visually-hidden">{file}</span>
              </a>
              {canDelete && (
                <ConfirmButton
                  label={`Delete ${file}`}
                  question={`Delete the recording ${file}? This cannot be undone.`}
                  confirm="Delete recording"
                  onConfirm={() => remove(file)}
                >
                  Delete
                </ConfirmButton>
              )}
            </span>
            {playing === file && (
              <audio controls autoPlay src={recordingUrl(kind, file)} aria-label={`Recording ${file}`} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
