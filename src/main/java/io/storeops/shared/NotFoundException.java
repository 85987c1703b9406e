package io.storeops.shared;

/** Thrown when a resource addressed by id does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    /**
     * @param kind what was looked for, in the API's words ({@code order}, {@code product}, {@code warehouse})
     * @param id the id or code asked for
     */
    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
