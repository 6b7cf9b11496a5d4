/**
 * The 机关名称 read by OCR next to the names this browser knows: a near match (沐阳 → 沭阳) is
 * proposed with one button; nothing is changed without the user.
 */
import { useEffect, useState } from 'react';
import { nearOrgName, type OrgProposal } from '../../core/import/ocr';
import { knownOrgNames } from './known-orgs';

export function OcrOrgName({ org, onAdopt }: { org: string; onAdopt: (name: string) => void }) {
  const [proposal, setProposal] = useState<OrgProposal | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void knownOrgNames().then((known) => {
      if (live) setProposal(nearOrgName(org, known));
    });
    return () => {
      live = false;
    };
  }, [org]);
  if (!proposal) return null;
  return (
    <p className="ocr-org" role="note">
      机关名称识别为“{org}”，与已有草稿的“{proposal.name}”只差 {proposal.differ} 个字，可能是 OCR
      认错了字。{' '}
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
