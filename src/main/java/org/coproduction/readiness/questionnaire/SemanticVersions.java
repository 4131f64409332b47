package org.coproduction.readiness.questionnaire;

/** Orders semantic versions (1.2.0 before 1.10.0); pre-release tags sort before the release. */
public final class SemanticVersions {
    private SemanticVersions() {
    }

    public static int compare(String a, String b) {
        String[] left = core(a).split("\\.");
        String[] right = core(b).split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? parse(left[i]) : 0;
            long r = i < right.length ? parse(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        boolean leftPre = a.contains("-");
        boolean rightPre = b.contains("-");
        if (leftPre != rightPre) {
            return leftPre ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static String core(String version) {
        int cut = version.length();
        for (char c : new char[] {'-', '+'}) {
            int at = version.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return version.substring(0, cut);
    }

    private static long parse(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
