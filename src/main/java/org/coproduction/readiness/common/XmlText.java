package org.coproduction.readiness.common;

/**
 * Text as the Office files (Word and Excel, both XML inside) can hold it: XML 1.0 refuses control
 * characters, and a note pasted from elsewhere may carry some. Line breaks and tabs are kept.
 */
public final class XmlText {
    private XmlText() {
    }

    /** The text without the characters XML 1.0 does not allow. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\n' || c == '\t' || c == '\r';
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (allowed && !Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
