package org.coproduction.readiness.exchange;

/** The names that mark an exchange file (docs/exchange-format.md, rule 2). */
public final class ExchangeFormat {
    public static final String FORMAT = "coproduction-readiness-assessment";
    public static final int VERSION = 1;

    private ExchangeFormat() {
    }
}
