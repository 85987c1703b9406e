package io.storeops.shared;

/** Thrown when a resource addressed by id does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }
}
