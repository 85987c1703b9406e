package db.migration.orders;

import io.storeops.shared.PhoneNumber;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Buyer phones and blacklisted phones in E.164, as new orders store them (issue 10): {@code 139 1234 5678} and
 * {@code +86 139-1234-5678} become {@code +8613912345678}, so the same buyer's old and new orders merge, count as one
 * history and are found by one search. A Java migration because it must normalise exactly as {@link PhoneNumber} does
 * at run time; a phone that is not a valid number is kept as it was, without spaces and invisible characters. Two
 * blacklist entries that turn out to be one number keep the older.
 */
public class V4__normalise_buyer_phones extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        for (String[] change :
                changes(db, "select distinct buyer_phone from orders.orders where buyer_phone is not null")) {
            try (var update = db.prepareStatement("update orders.orders set buyer_phone = ? where buyer_phone = ?")) {
                update.setString(1, change[1]);
                update.setString(2, change[0]);
                update.executeUpdate();
            }
        }
        for (String[] change : changes(db, "select value from orders.blacklist where kind = 'PHONE' order by id")) {
            try (var update = db.prepareStatement("""
                    update orders.blacklist set value = ? where kind = 'PHONE' and value = ?
                      and not exists (select 1 from orders.blacklist b where b.kind = 'PHONE' and b.value = ?)""")) {
                update.setString(1, change[1]);
                update.setString(2, change[0]);
                update.setString(3, change[1]);
                if (update.executeUpdate() == 0) {
                    try (var delete =
                            db.prepareStatement("delete from orders.blacklist where kind = 'PHONE' and value = ?")) {
                        delete.setString(1, change[0]);
                        delete.executeUpdate();
                    }
                }
            }
        }
    }

    /** (stored, normalised) for every stored value the normalisation changes. */
    private static List<String[]> changes(Connection db, String query) throws SQLException {
        List<String[]> changes = new ArrayList<>();
        try (var select = db.createStatement();
                var rows = select.executeQuery(query)) {
            while (rows.next()) {
                String stored = rows.getString(1);
                String cleaned = PhoneNumber.withoutInvisibles(stored);
                String normalised =
                        PhoneNumber.tryParse(cleaned).map(PhoneNumber::e164).orElse(cleaned);
                if (!normalised.isEmpty() && !normalised.equals(stored)) {
                    changes.add(new String[] {stored, normalised.length() > 32 ? stored : normalised});
                }
            }
        }
        return changes;
    }
}
