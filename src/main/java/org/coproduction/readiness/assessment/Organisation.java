package org.coproduction.readiness.assessment;

/**
 * An organisation that assesses itself. {@code id} is 0 until it is stored.
 */
public record Organisation(long id, String name, String registeredNumber, String area) {
    public Organisation {
        registeredNumber = registeredNumber == null ? "" : registeredNumber;
        area = area == null ? "" : area;
    }

    public Organisation withId(long newId) {
        return new Organisation(newId, name, registeredNumber, area);
    }
}
