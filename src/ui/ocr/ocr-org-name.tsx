/**
 * The 机关名称 read by OCR next to the names this browser knows: a near match (沐阳 → 沭阳) is
 * proposed with one button; nothing is changed without the user.
 */
import { useEffect, useState } from 'react';
import { nearOrgName, type OrgProposal } from '../../core/import/ocr';
import { knownOrgNames } from './known-orgs';

export function OcrOrgName({
  org,
  known,
  onAdopt,
}: {
  org: string;
  /** The names to compare with (the review batch's, the expected list); else the drafts'. */
  known?: readonly string[];
  onAdopt: (name: string) => void;
}) {
  const [proposal, setProposal] = useState<OrgProposal | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (known ? Promise.resolve(known) : knownOrgNames()).then((names) => {
      if (live) setProposal(nearOrgName(org, names));
    });
    return () => {
      live = false;
    };
  }, [org, known]);
  if (!proposal) return null;
  return (
    <p className="ocr-org" role="note">
      机关名称识别为“{org}”，与{known ? '本批或应报送单位名单中' : '已有草稿'}的“{proposal.name}
      ”只差 {proposal.differ} 个字，可能是 OCR 认错了字。{' '}
      <button
        type="button"
        onClick={() => {
          onAdopt(proposal.name);
        }}
      >
        改为“{proposal.name}”
      </button>
    </p>
  );
}
