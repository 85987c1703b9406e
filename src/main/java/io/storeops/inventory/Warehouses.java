package io.storeops.inventory;

import io.storeops.inventory.internal.WarehouseRepository;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The merchant's warehouses. */
@Service
public class Warehouses {

    private final WarehouseRepository warehouses;
    private final AuditLog audit;

    Warehouses(WarehouseRepository warehouses, AuditLog audit) {
        this.warehouses = warehouses;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<WarehouseView> list() {
        return warehouses.findAll();
    }

    @Transactional(readOnly = true)
    public WarehouseView get(String code) {
        return warehouses.findByCode(code).orElseThrow(() -> new NotFoundException(ResourceKind.WAREHOUSE, code));
    }

    @Transactional
    public WarehouseView create(String code, String name, String province, int priority) {
        if (warehouses.findByCode(code).isPresent()) {
            throw new FieldErrorException("code", Message.of(InventoryMessage.WAREHOUSE_CODE_TAKEN, "code", code));
        }
        warehouses.insert(code, name, province, priority);
        WarehouseView created = get(code);
        audit.record(AuditAction.CREATE, "warehouse", code, "Created warehouse " + code, null, created);
        return created;
    }

    @Transactional
    public WarehouseView update(String code, String name, String province, int priority, boolean active) {
        WarehouseView before = get(code);
        warehouses.update(code, name, province, priority, active);
        WarehouseView after = get(code);
        audit.record(AuditAction.UPDATE, "warehouse", code, "Updated warehouse " + code, before, after);
        return after;
    }
}
