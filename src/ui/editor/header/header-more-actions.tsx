import { useHelp } from '../help/help-context';

/** The export bar's "more" buttons: blank form, history, next year's report, help. */
export function HeaderMoreActions({
  onBlankForm,
  onHistory,
  onRollForward,
}: {
  onBlankForm: () => void;
  onHistory: () => void;
  onRollForward: () => void;
}) {
  const openHelp = useHelp();
  return (
    <>
      <button type="button" onClick={onBlankForm}>
        空白表样
      </button>
      <button type="button" onClick={onHistory}>
        历史版本
      </button>
      <button type="button" onClick={onRollForward}>
        新建下一年度报告
      </button>
      <button
        type="button"
        onClick={() => {
          openHelp();
        }}
      >
        帮助
      </button>
    </>
  );
}
