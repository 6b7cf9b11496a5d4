import { useRef, useState, type InputHTMLAttributes } from 'react';
import { ACCEPT } from '../../workspace/import/read-input';
import { droppedFiles, hasPicker, pickFiles, pickFolder } from './picked-files';

/**
 * A button that picks files through the browser's own picker where it has one (its files come
 * a batch at a time, see picked-files.ts), and through the file input otherwise: the input
 * makes the File list of every chosen file in one task of the page's thread (287–362 ms for
 * 1,000 files in the bench), which the page cannot split.
 */
function PickButton({
  label,
  picker,
  input,
  disabled,
  onFiles,
}: {
  label: string;
  picker: (() => Promise<File[] | undefined>) | undefined;
  input: InputHTMLAttributes<HTMLInputElement>;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  const inputFallback = useRef(false);
  return (
    <label
      className="file-button"
      onClick={(e) => {
        if (disabled || !picker || inputFallback.current) {
          inputFallback.current = false;
          return;
        }
        e.preventDefault();
        const element = e.currentTarget.querySelector('input');
        void picker().then((files) => {
          if (files === undefined && element) {
            // The click comes back through this label: let it open the input this time.
            inputFallback.current = true;
            element.click();
          } else if (files?.length) onFiles(files);
        });
      }}
    >
      {label}
      <input
        type="file"
        {...input}
        disabled={disabled}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </label>
  );
}

// webkitdirectory is not in React's input attributes; every current browser reads it.
const FOLDER_INPUT = { webkitdirectory: '' } as InputHTMLAttributes<HTMLInputElement>;

/** Drop files or folders here, or pick files or a folder. */
export function DropZone({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled: boolean;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) void droppedFiles(e.dataTransfer).then(onFiles);
      }}
    >
      <p>把收到的报告文件或整个文件夹拖到这里（.json .txt .docx .html .pdf），或：</p>
      <PickButton
        label="选择文件"
        picker={hasPicker('showOpenFilePicker') ? pickFiles : undefined}
        input={{ multiple: true, accept: ACCEPT }}
        disabled={disabled}
        onFiles={onFiles}
      />
      <PickButton
        label="选择文件夹"
        picker={hasPicker('showDirectoryPicker') ? pickFolder : undefined}
        input={FOLDER_INPUT}
        disabled={disabled}
        onFiles={onFiles}
      />
    </div>
  );
}
