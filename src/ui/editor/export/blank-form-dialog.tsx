import { useRef, useState } from 'react';
import { useModal } from '../../use-modal';
import { blankFormPrinted, exportBlankFormDocx } from './blank-form-actions';
import type { Printed } from './print-preview';
import { useEditor } from '../state/use-editor-state';

/**
 * 空白表样: the three tables of this draft's format, empty, with its 机关 and year — for the
 * colleagues who hold the figures. As Word, or printed.
 */
export function BlankFormDialog({
  open,
  onClose,
  onPrint,
}: {
  open: boolean;
  onClose: () => void;
  onPrint: (printed: Printed) => void;
}) {
  const { currentReport, template } = useEditor();
  const word = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(open, word);
  const [status, setStatus] = useState('');
  return (
    <dialog ref={ref} aria-labelledby="blank-form-title" onClose={onClose}>
      <h2 id="blank-form-title">空白表样</h2>
      <p>
        表二、表三、表四的空白表格（{template.name}，官方合并单元格样式），注明填报单位和统计年度，
        可发给掌握许可、处罚、申请办理等数字的同事填写。
      </p>
      <p className="checks-status" role="status">
        {status}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          ref={word}
          className="primary"
          onClick={() => {
            setStatus('正在生成 Word 文件…');
            exportBlankFormDocx(currentReport()).then(
              () => {
                setStatus('已下载空白表样（Word）。');
              },
              (error: unknown) => {
                setStatus(
                  `生成空白表样失败：${error instanceof Error ? error.message : String(error)}`,
                );
              },
            );
          }}
        >
          下载空白表样（Word）
        </button>
        <button
          type="button"
          onClick={() => {
            onClose();
            onPrint(blankFormPrinted(currentReport()));
          }}
        >
          打印空白表样
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </dialog>
  );
}
