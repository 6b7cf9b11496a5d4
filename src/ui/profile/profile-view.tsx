import { describeProfile, type LoadedProfile } from '../../core';

/** What a loaded profile checks, in Chinese: deadlines, lengths, statements, levels. */
export function ProfileView({ loaded }: { loaded: LoadedProfile }) {
  const d = describeProfile(loaded);
  return (
    <div className="profile-view">
      <dl className="profile-facts">
        {d.facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ProfileList title="报送和公布期限（成文日期）" rows={d.deadlines} empty="按全国统一的期限" />
      <ProfileList title="篇幅" rows={d.lengths} empty="不限" />
      <section aria-labelledby="profile-required">
        <h3 id="profile-required">必须写明的内容</h3>
        {d.required.length === 0 ? (
          <p className="hint">无</p>
        ) : (
          <ol className="profile-required">
            {d.required.map((r, i) => (
              <li key={i}>
                <strong>{r.where}</strong>：{r.message}
                <span className="hint">
                  （{r.how}即可{r.basis ? `；依据：${r.basis}` : ''}）
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <ProfileList title="规则级别" rows={d.levels} empty="与全国统一的级别相同" />
      {d.placeholders.length > 0 && (
        <section aria-labelledby="profile-placeholders">
          <h3 id="profile-placeholders">不应留在正文中的文字</h3>
          <ul>
            {d.placeholders.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {d.unknownKeys.length > 0 && (
        <p className="hint">
          文件中还有本工具不使用的项（已保留，不影响检查）：{d.unknownKeys.join('、')}
        </p>
      )}
    </div>
  );
}

function ProfileList({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: readonly (readonly [string, string])[];
  empty: string;
}) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <dl className="profile-rows">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
