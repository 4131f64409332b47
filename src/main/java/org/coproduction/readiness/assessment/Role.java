package org.coproduction.readiness.assessment;

import org.coproduction.readiness.common.Coded;

/** The part a respondent plays in the organisation (docs/exchange-format.md, rule 5). */
public enum Role implements Coded {
    MANAGER("manager", "Manager"),
    TRUSTEE("trustee", "Trustee"),
    STAFF("staff", "Staff member"),
    VOLUNTEER("volunteer", "Volunteer"),
    SERVICE_USER("service-user", "Person who uses the services"),
    CARER("carer", "Carer"),
    PARTNER("partner", "Partner organisation"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The side this role answers for, if any (partners and others count only among everyone). */
    public java.util.Optional<Side> side() {
        return switch (this) {
            case MANAGER, TRUSTEE, STAFF, VOLUNTEER -> java.util.Optional.of(Side.ORGANISATION);
            case SERVICE_USER, CARER -> java.util.Optional.of(Side.PEOPLE);
            case PARTNER, OTHER -> java.util.Optional.empty();
        };
    }

    /** Whether this person answers in the people's words, and is not asked what only the organisation knows. */
    public boolean answersAsPeople() {
        return side().filter(s -> s == Side.PEOPLE).isPresent();
    }

    public static Role fromCode(String code) {
        return Coded.fromCode(Role.class, code, "role");
    }

    /** The codes, for messages. */
    public static String codes() {
        return Coded.codes(Role.class);
    }
}
