"""Bytes on disk -> text, with errors that say which file and which line."""
import codecs

from ..records import ReadError


def read_text(path, display=None):
    """Read ``path`` as text, exactly (no newline translation), or raise ReadError.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are
    read; anything else is refused rather than guessed, so offsets stay meaningful.
    """
    display = display or str(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except PermissionError:
        raise ReadError(display, "permission denied: cannot read the file")
    except IsADirectoryError:
        raise ReadError(display, "is a directory")
    except OSError as e:
        raise ReadError(display, f"cannot read the file: {e.strerror or e}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ReadError(display, f"invalid UTF-16 at byte {e.start}")
    else:
        if b"\x00" in data[:65536]:
            raise ReadError(display, "binary file (NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise ReadError(
                display,
                f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
                "convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8",
                line=line,
            )
    if not text.strip():
        raise ReadError(display, "empty file")
    return text
