import { compareProfile, profileMatchText, type Report } from '../../core';
import { useStore } from '../use-store';
import { profileState } from '../../workspace/profile/profile-store';

/** A report's record against the batch's profile, in a word for the desk's table. */
const WORDS = {
  same: '一致',
  different: '不一致',
  unrecorded: '未记录',
  'other-year': '不适用',
  recorded: '已记录',
  none: '',
} as const;

/**
 * Which profile (地方要求) a report was written against, compared with the one in force: a word in
 * the table (flagged when it differs or is missing), the sentence as its title and in the detail.
 */
export function ReportProfile({ report, long = false }: { report: Report; long?: boolean }) {
  const state = useStore(profileState());
  const loaded = state.kind === 'loaded' ? state.loaded : undefined;
  const match = compareProfile(report, loaded);
  if (match.kind === 'none') return null;
  const text = profileMatchText(match, loaded);
  const flagged = match.kind === 'different' || match.kind === 'unrecorded';
  if (long) {
    return <p className={flagged ? 'profile-warning' : 'hint'}>地方要求：{text}</p>;
  }
  return (
    <span
      className={flagged ? 'count-warning' : match.kind === 'same' ? 'count-ok' : undefined}
      title={text}
      data-profile-match={match.kind}
    >
      {WORDS[match.kind]}
      {match.kind === 'recorded' ? `：${match.recorded.basis}` : ''}
    </span>
  );
}
