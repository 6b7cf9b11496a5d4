import { useRef, useState } from 'react';
import { exampleProfileText, profileNotApplied } from '../../core';
import { download } from '../../workspace/platform/download';
import { useModal } from '../use-modal';
import { useStore } from '../use-store';
import {
  applyProfileText,
  profileState,
  removeProfile,
  type ProfileState,
} from '../../workspace/profile/profile-store';
import { ProfileView } from './profile-view';

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

type Said = { text: string; error: boolean } | null;

/**
 * 地方要求: which profile is in force and what it checks; load a file (a file input, so the single
 * file works the same), remove it, or download the documented example to start one.
 */
export function ProfileDialog({
  open,
  year,
  onClose,
}: {
  open: boolean;
  /** The report year of the draft open, to say whether the profile applies to it. */
  year?: number | undefined;
  onClose: () => void;
}) {
  const close = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(open, close);
  const state = useStore(profileState());
  const [said, setSaid] = useState<Said>(null);
  return (
    <dialog
      ref={ref}
      className="wide-dialog profile-dialog"
      aria-labelledby="profile-title"
      onClose={() => {
        setSaid(null);
        onClose();
      }}
    >
      <h2 id="profile-title">地方要求</h2>
      <p className="hint">
        县（市、区）或市级政府信息公开工作主管部门的编制通知：报送期限、篇幅、必须写明的内容。载入后对本浏览器中该年度的所有报告生效，随浏览器数据保存；导出的报告文件和
        Word 文件记录所依据的地方要求。
      </p>
      <ProfileActions state={state} onSaid={setSaid}>
        <button type="button" ref={close} onClick={onClose}>
          关闭
        </button>
      </ProfileActions>
      {said && (
        <p
          className={said.error ? 'profile-error' : 'profile-ok'}
          role={said.error ? 'alert' : 'status'}
        >
          {said.text}
        </p>
      )}
      <CurrentProfile state={state} year={year} />
    </dialog>
  );
}

/** The profile in force: its name, 文号, file, and what it checks. */
function CurrentProfile({ state, year }: { state: ProfileState; year: number | undefined }) {
  if (state.kind === 'unusable') {
    return (
      <p className="profile-warning" role="alert">
        {state.message}
      </p>
    );
  }
  if (state.kind === 'none') {
    return (
      <p>
        未载入地方要求：按全国统一的要求检查（成文日期按《政府信息公开条例》第四十九条的期限）。
      </p>
    );
  }
  const { profile } = state.loaded;
  const notApplied = year === undefined ? undefined : profileNotApplied(profile, year);
  return (
    <section className="profile-current" aria-label="当前的地方要求">
      <h3>{profile.name}</h3>
      <p className="hint">
        文件：{state.fileName || '（未命名）'} · 载入于 {TIME.format(state.loadedAt)}
      </p>
      {notApplied && (
        <p className="profile-warning" role="note">
          {notApplied}。
        </p>
      )}
      {state.unsaved && <p className="profile-warning">浏览器拒绝保存：关闭页面后需要重新载入。</p>}
      <ProfileView loaded={state.loaded} />
    </section>
  );
}

/** Load a file, remove the profile (asking first), download the example. */
function ProfileActions({
  state,
  onSaid,
  children,
}: {
  state: ProfileState;
  onSaid: (said: Said) => void;
  children: React.ReactNode;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  const read = async (file: File) => {
    const result = applyProfileText(await file.text(), file.name);
    onSaid(
      result.ok
        ? {
            text: result.unsaved
              ? '已载入。浏览器拒绝保存，关闭页面后需要重新载入。'
              : '已载入，检查结果已按地方要求更新。',
            error: false,
          }
        : { text: `${result.message}\n当前的地方要求没有改变。`, error: true },
    );
  };
  return (
    <div className="dialog-actions left">
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="选择地方要求文件"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <button type="button" className="primary" onClick={() => input.current?.click()}>
        {state.kind === 'loaded' ? '载入其他地方要求文件' : '载入地方要求文件'}
      </button>
      {state.kind !== 'none' && (
        <RemoveProfile
          onRemoved={() => {
            onSaid({ text: '已移除地方要求，按全国统一的要求检查。', error: false });
          }}
        />
      )}
      <button
        type="button"
        onClick={() => {
          download('地方要求示例.json', exampleProfileText(), 'application/json');
        }}
      >
        下载示例文件
      </button>
      {children}
    </div>
  );
}

/** 移除地方要求, asked once more in place (确认移除 / 不移除). */
function RemoveProfile({ onRemoved }: { onRemoved: () => void }) {
  const [removing, setRemoving] = useState(false);
  return (
    <>
      {!removing && (
        <button
          type="button"
          onClick={() => {
            setRemoving(true);
          }}
        >
          移除地方要求
        </button>
      )}
      {removing && (
        <span className="profile-remove" role="group" aria-label="移除地方要求">
          移除后按全国统一的要求检查。
          <button
            type="button"
            className="danger"
            onClick={() => {
              removeProfile();
              setRemoving(false);
              onRemoved();
            }}
          >
            确认移除
          </button>
          <button
            type="button"
            onClick={() => {
              setRemoving(false);
            }}
          >
            不移除
          </button>
        </span>
      )}
    </>
  );
}
