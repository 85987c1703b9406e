package db.migration.promotions;

import io.storeops.shared.PhoneNumber;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Coupon holders identified by a phone number in E.164, as claims, targeted issues and 下单返券 store them now (issue
 * 10): {@code 139 1234 5678}, {@code 0086-13912345678} and {@code +8613912345678} become one customer. Customer ids
 * with a letter are member ids and stay as they are, as do texts without letters that are not valid numbers. A Java
 * migration because it must normalise exactly as {@link PhoneNumber} does at run time. Claims made before under
 * several spellings stay (they were granted); they all count against the customer's limit from now on.
 */
public class V3__normalise_customer_phones extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var db = context.getConnection();
        List<String[]> changes = new ArrayList<>();
        try (var select = db.createStatement();
                var rows = select.executeQuery("select distinct customer_id from promotions.coupon_claims")) {
            while (rows.next()) {
                String stored = rows.getString(1);
                if (stored.codePoints().anyMatch(Character::isLetter)) {
                    continue;
                }
                PhoneNumber.tryParse(stored)
                        .map(PhoneNumber::e164)
                        .filter(e164 -> !e164.equals(stored))
                        .ifPresent(e164 -> changes.add(new String[] {stored, e164}));
            }
        }
        for (String[] change : changes) {
            try (var update =
                    db.prepareStatement("update promotions.coupon_claims set customer_id = ? where customer_id = ?")) {
                update.setString(1, change[1]);
                update.setString(2, change[0]);
                update.executeUpdate();
            }
        }
    }
}
