/**
 * Counting the operators of PDF page content (ISO 32000-1 §7.8.2) as its bytes go by, chunk by
 * chunk, without keeping them: pdfjs's time to read a page follows its operator count, so that is
 * the work bound (limits.ts pdfOperators). An operator is a token of regular characters that is
 * not a number, a name (/Name) or true/false/null; strings, hex strings, comments and inline
 * image data (between ID and EI) hold none.
 */

/** Where the counter is in the content. */
const Mode = {
  Between: 0,
  Token: 1,
  Name: 2,
  Comment: 3,
  String: 4,
  Hex: 5,
  /** After "<": a dictionary ("<<") or a hex string. */
  Angle: 6,
  /** Inline image data, up to whitespace + "EI". */
  Image: 7,
} as const;
type Mode = (typeof Mode)[keyof typeof Mode];

/** PDF whitespace: NUL, TAB, LF, FF, CR, space. */
const isSpace = (b: number) => b === 0 || b === 9 || b === 10 || b === 12 || b === 13 || b === 32;

/** PDF delimiters: ( ) < > [ ] { } / %. */
const isDelimiter = (b: number) =>
  b === 0x28 ||
  b === 0x29 ||
  b === 0x3c ||
  b === 0x3e ||
  b === 0x5b ||
  b === 0x5d ||
  b === 0x7b ||
  b === 0x7d ||
  b === 0x2f ||
  b === 0x25;

/** A number starts with a digit, a sign or a point. */
const startsNumber = (b: number) =>
  (b >= 0x30 && b <= 0x39) || b === 0x2b || b === 0x2d || b === 0x2e;

const KEYWORDS = new Set(['true', 'false', 'null']);

/** Counts operators over the chunks it is given (one content stream, or several in turn). */
export class OperatorCounter {
  count = 0;
  private mode: Mode = Mode.Between;
  private token = '';
  private depth = 0;
  private escaped = false;
  /** The last bytes of inline image data, to find "EI". */
  private tail = 0;

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.byte(b);
  }

  /** The end of a stream: a token running into it ends there. */
  end(): void {
    if (this.mode === Mode.Token) this.endToken();
    this.mode = Mode.Between;
  }

  /** End the token (counted if an operator); true when it was ID, which starts image data. */
  private endToken(): boolean {
    this.mode = Mode.Between;
    const token = this.token;
    this.token = '';
    if (token === '' || startsNumber(token.charCodeAt(0)) || KEYWORDS.has(token)) return false;
    this.count++;
    if (token !== 'ID') return false;
    this.mode = Mode.Image;
    this.tail = 0;
    return true;
  }

  private byte(b: number): void {
    switch (this.mode) {
      case Mode.Token:
        if (!isSpace(b) && !isDelimiter(b)) {
          // Only the start of a token matters (its kind, and ID / true / false / null).
          if (this.token.length < 8) this.token += String.fromCharCode(b);
          return;
        }
        // After ID the next byte is the image data's first.
        if (this.endToken()) return;
        break;
      case Mode.Name:
        if (!isSpace(b) && !isDelimiter(b)) return;
        this.mode = Mode.Between;
        break;
      case Mode.Comment:
        if (b === 10 || b === 13) this.mode = Mode.Between;
        return;
      case Mode.String:
        if (this.escaped) this.escaped = false;
        else if (b === 0x5c) this.escaped = true;
        else if (b === 0x28) this.depth++;
        else if (b === 0x29 && --this.depth === 0) this.mode = Mode.Between;
        return;
      case Mode.Hex:
        if (b === 0x3e) this.mode = Mode.Between;
        return;
      case Mode.Angle:
        this.mode = b === 0x3c ? Mode.Between : Mode.Hex;
        if (b === 0x3e) this.mode = Mode.Between;
        return;
      case Mode.Image:
        // "EI" after whitespace, then whitespace or a delimiter, ends the image data.
        this.tail = ((this.tail << 8) | b) & 0xffffff;
        if ((this.tail & 0xffff) === 0x4549 && isSpace(this.tail >> 16)) {
          // EI is an operator too: counted when the token ends.
          this.mode = Mode.Token;
          this.token = 'EI';
        }
        return;
      case Mode.Between:
        break;
    }
    this.between(b);
  }

  private between(b: number): void {
    if (isSpace(b)) return;
    if (b === 0x28) {
      this.mode = Mode.String;
      this.depth = 1;
      this.escaped = false;
    } else if (b === 0x3c) this.mode = Mode.Angle;
    else if (b === 0x2f) this.mode = Mode.Name;
    else if (b === 0x25) this.mode = Mode.Comment;
    else if (!isDelimiter(b)) {
      this.mode = Mode.Token;
      this.token = String.fromCharCode(b);
    }
  }
}
