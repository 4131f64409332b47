package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Organisations: the only class that writes SQL about them. */
public final class OrganisationStore {
    private static final String COLUMNS = "id, name, registered_number, area";

    private final Database database;

    public OrganisationStore(Database database) {
        this.database = database;
    }

    /** Adds an organisation and returns it with its new id. Names are unique, ignoring case. */
    public Organisation add(Organisation organisation) {
        checkName(organisation.name());
        return database.inTransaction(c -> {
            checkUnique(c, organisation);
            return insert(c, organisation);
        });
    }

    static Organisation insert(Connection c, Organisation organisation) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO organisation (name, registered_number, area) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, organisation.name().strip());
            insert.setString(2, organisation.registeredNumber().strip());
            insert.setString(3, organisation.area().strip());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Organisation(keys.getLong(1), organisation.name().strip(), organisation.registeredNumber().strip(),
                        organisation.area().strip());
            }
        }
    }

    public void update(Organisation organisation) {
        checkName(organisation.name());
        database.inTransaction(c -> {
            checkUnique(c, organisation);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE organisation SET name = ?, registered_number = ?, area = ? WHERE id = ?")) {
                update.setString(1, organisation.name().strip());
                update.setString(2, organisation.registeredNumber().strip());
                update.setString(3, organisation.area().strip());
                update.setLong(4, organisation.id());
                return update.executeUpdate();
            }
        });
    }

    /** Removes the organisation with all its assessments. */
    public void delete(long id) {
        database.run(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM organisation WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    public Optional<Organisation> find(long id) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM organisation WHERE id = ?")) {
                select.setLong(1, id);
                return one(select);
            }
        });
    }

    /** The organisation of this exact name (case aside). */
    public Optional<Organisation> findByName(String name) {
        return database.run(c -> findByName(c, name));
    }

    static Optional<Organisation> findByName(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM organisation WHERE name = ?")) {
            select.setString(1, name.strip());
            return one(select);
        }
    }

    /** All organisations, by name. */
    public List<Organisation> list() {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM organisation ORDER BY name")) {
                List<Organisation> organisations = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        organisations.add(read(rows));
                    }
                }
                return organisations;
            }
        });
    }

    private static Optional<Organisation> one(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    static Organisation read(ResultSet rows) throws SQLException {
        return new Organisation(rows.getLong("id"), rows.getString("name"), rows.getString("registered_number"),
                rows.getString("area"));
    }

    private static void checkUnique(Connection c, Organisation organisation) throws SQLException {
        Optional<Organisation> same = findByName(c, organisation.name());
        if (same.isPresent() && same.get().id() != organisation.id()) {
            throw new StoreException(StoreException.Kind.REJECTED, "An organisation called \"" + same.get().name()
                    + "\" already exists. Choose another name, or open that organisation.");
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new StoreException(StoreException.Kind.REJECTED, "An organisation needs a name.");
        }
    }
}
