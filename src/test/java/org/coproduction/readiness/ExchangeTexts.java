package org.coproduction.readiness;

/**
 * Exchange files compared across a round trip. An assessment imported a second time into the same
 * database is a copy with a uid of its own, so that line is set aside; everything else must match.
 */
public final class ExchangeTexts {
    private ExchangeTexts() {
    }

    /** The file's text without its assessment uid. */
    public static String withoutUid(String exchangeJson) {
        return exchangeJson.replaceAll("\\n\\s*\"uid\" : \"[0-9a-f-]{36}\",?", "");
    }
}
