import { useState } from 'react';
import { useStore } from '../use-store';
import { ProfileDialog } from './profile-dialog';
import { profileState } from '../../workspace/profile/profile-store';

/**
 * 地方要求 in a top bar: which profile is in force (its name and 文号), or none; a click opens the
 * dialog to load, view or remove one. `year`: the open draft's, to say when it does not apply.
 */
export function ProfileButton({ year }: { year?: number | undefined }) {
  const state = useStore(profileState());
  const [open, setOpen] = useState(false);
  const loaded = state.kind === 'loaded' ? state.loaded.profile : undefined;
  const other = loaded && year !== undefined && loaded.year !== year;
  const label = loaded
    ? `地方要求：${loaded.name}（${loaded.basis}）${other ? `，不适用于${year}年度` : ''}`
    : state.kind === 'unusable'
      ? '地方要求：无法使用'
      : '地方要求：未载入';
  return (
    <>
      <button
        type="button"
        className={`profile-button${loaded ? (other ? ' profile-other' : ' profile-on') : ''}`}
        aria-label={label}
        title={label}
        data-profile={loaded ? (other ? 'other-year' : 'applied') : state.kind}
        onClick={() => {
          setOpen(true);
        }}
      >
        <span className="profile-button-top">
          <span className="profile-button-key">地方要求</span>{' '}
          <span className="profile-button-basis">
            {loaded
              ? `${loaded.basis}${other ? '（不适用于本年度）' : ''}`
              : state.kind === 'unusable'
                ? '无法使用'
                : '未载入'}
          </span>
        </span>
        {loaded && <span className="profile-button-name">{loaded.name}</span>}
      </button>
      <ProfileDialog
        open={open}
        year={year}
        onClose={() => {
          setOpen(false);
        }}
      />
    </>
  );
}
