package com.lastmile.connector.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and knows on which line a byte sequence that is not UTF-8 sits. Java's own readers
 * decode ahead in blocks and cannot say; a file saved as GBK should be reported at the first bad line.
 */
final class Utf8Reader extends Reader {

    /** Bytes that are not UTF-8, at {@link #line()}. */
    static final class MalformedInputException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        private MalformedInputException(int line) {
            super("bytes that are not UTF-8 on line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean flushed;
    private int newlinesHandedOut;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (buffer[i] == '\n') {
                newlinesHandedOut++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Decodes the next block. The characters before a bad sequence are handed out first; the sequence is reported
     * when nothing decoded is left, so every line before it has been counted.
     */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && !flushed) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    if (chars.position() == 0) {
                        throw new MalformedInputException(newlinesHandedOut + 1);
                    }
                } else if (result.isUnderflow() && endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (result.isUnderflow()) {
                    readBytes();
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int count = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (count < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }
}
