package org.coproduction.readiness.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the JSON files people hand the program (question banks, exchange files) defensively:
 * malformed, empty, huge, deeply nested or binary files become a {@link RefusedFileException}
 * naming the line and column, never a crash.
 */
public final class JsonFiles {
    /** Our files are a few levels deep; anything deeper is not one of them. */
    static final int MAX_DEPTH = 64;
    /** A large question bank or assessment is well under a megabyte. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonFiles() {
    }

    /** The shared mapper, for writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a file into a JSON tree, or says in one problem why it cannot be read. */
    public static JsonNode read(Path file) throws RefusedFileException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw refused(name, "", "this is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw refused(name, "", "the file is too large (over " + MAX_BYTES / (1024 * 1024) + " MB) to be one of ours");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(name, in);
            }
        } catch (NoSuchFileException e) {
            throw refused(name, "", "there is no such file");
        } catch (IOException e) {
            throw refused(name, "", "the file could not be read (" + e.getMessage() + ")");
        }
    }

    /** Parses a stream (for files built into the program). */
    public static JsonNode parse(String name, InputStream in) throws RefusedFileException, IOException {
        JsonParser parser;
        try {
            parser = MAPPER.createParser(in);
        } catch (JsonProcessingException e) {
            throw refused(name, "line 1, column 1", "the file is not text in UTF-8; it may be a different kind of file");
        }
        try (parser) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw refused(name, "line 1, column 1", "the file is empty; it should hold a JSON object");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw refused(name, where(parser.currentLocation()), "the JSON is nested too deeply or is too long to be one"
                    + " of our files");
        } catch (CharConversionException e) {
            throw refused(name, where(parser.currentLocation()), "the file is not text in UTF-8; it may be a different"
                    + " kind of file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw refused(name, where(at), "this is not valid JSON (" + plain(e) + ")");
        }
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "line 1, column 1";
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Jackson's own message without its location and source-reference tail. */
    private static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static RefusedFileException refused(String file, String place, String rule) {
        return new RefusedFileException(new Problem(file, place, rule));
    }
}
