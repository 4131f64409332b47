package org.coproduction.readiness.questionnaire;

import java.util.Locale;

/**
 * Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
 * Syllables are counted as groups of vowels, less a silent final "e", at least one a word.
 */
final class ReadingEase {
    private ReadingEase() {
    }

    static double of(String text) {
        String[] sentences = text.split("[.!?]+(\\s|$)");
        long sentenceCount = java.util.Arrays.stream(sentences).filter(s -> !s.isBlank()).count();
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z\\s-]", " ").trim().split("[\\s]+");
        int syllables = 0;
        int wordCount = 0;
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            wordCount++;
            for (String part : word.split("-")) {
                syllables += syllables(part);
            }
        }
        return 206.835 - 1.015 * wordCount / Math.max(1, sentenceCount) - 84.6 * syllables / Math.max(1, wordCount);
    }

    static int syllables(String word) {
        if (word.isEmpty()) {
            return 0;
        }
        String w = word;
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.length() > 3 && (w.endsWith("es") || w.endsWith("ed")) && !w.endsWith("ted") && !w.endsWith("ded")) {
            w = w.substring(0, w.length() - 2);
        }
        int count = 0;
        boolean inVowels = false;
        for (char c : w.toCharArray()) {
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
        }
        return Math.max(1, count);
    }
}
