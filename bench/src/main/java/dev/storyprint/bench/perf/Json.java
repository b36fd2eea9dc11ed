package dev.storyprint.bench.perf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The results' JSON (maps, lists, records, strings, numbers) through Jackson, in the layout
 * latest.json has always had: two-space indent, one value per line, {@code "key": value}, doubles
 * to at most four decimals (NaN and infinities as null), a final newline.
 */
final class Json {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .addModule(new SimpleModule("bench-results")
                    .addSerializer(Double.class, new Decimals())
                    .addSerializer(double.class, new Decimals())
                    .addSerializer(Float.class, new Decimals())
                    .addSerializer(Path.class, ToStringSerializer.instance))
            .build()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT));

    private Json() {}

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Four decimals at most, trailing zeros dropped: figures, not float noise, in a committed file. */
    static final class Decimals extends StdSerializer<Number> {
        Decimals() {
            super(Number.class);
        }

        @Override
        public void serialize(Number n, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                gen.writeNull();
            } else {
                gen.writeNumber(String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", ""));
            }
        }
    }
}
