package com.lastmile.connector.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

    @Test
    void decodesCharactersThatStraddleItsBuffers() throws IOException {
        String text = "签约客户 😀 naïve\n".repeat(5000);

        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), 1000)).isEqualTo(text);
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(text);
    }

    @Test
    void namesTheLineOfTheFirstByteThatIsNotUtf8() {
        String text = "ok\n".repeat(9000) + "gbk: 李明\n" + "ok\n".repeat(10);
        byte[] gbk = text.getBytes(Charset.forName("GBK"));

        Utf8Reader.MalformedInputException failure =
                catchThrowableOfType(Utf8Reader.MalformedInputException.class, () -> readAll(gbk, 1024));

        assertThat(failure.line()).isEqualTo(9001);
    }

    @Test
    void refusesASequenceCutShortAtTheEnd() {
        byte[] cut = {'a', '\n', (byte) 0xe7, (byte) 0xad};

        assertThat(catchThrowableOfType(Utf8Reader.MalformedInputException.class, () -> readAll(cut, 16)).line())
                .isEqualTo(2);
    }

    private static String readAll(byte[] bytes, int chunk) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
            char[] buffer = new char[chunk];
            for (int count = reader.read(buffer); count >= 0; count = reader.read(buffer)) {
                text.write(buffer, 0, count);
            }
        }
        return text.toString();
    }
}
