package io.storeops.shared;

/** Thrown when a resource addressed by id does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    private final ResourceKind kind;
    private final String id;

    /**
     * @param kind what was looked for
     * @param id the id or code asked for
     */
    public NotFoundException(ResourceKind kind, Object id) {
        super(kind.apiName() + " " + id + " does not exist");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public ResourceKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
