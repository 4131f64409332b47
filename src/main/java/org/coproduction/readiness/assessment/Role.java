package org.coproduction.readiness.assessment;

/** The part a respondent plays in the organisation (spec section 5). */
public enum Role {
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

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role: " + code);
    }

    /** The codes, for messages. */
    public static String codes() {
        StringBuilder codes = new StringBuilder();
        for (Role role : values()) {
            codes.append(codes.length() == 0 ? "" : ", ").append(role.code);
        }
        return codes.toString();
    }
}
