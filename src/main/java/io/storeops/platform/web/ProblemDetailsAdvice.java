package io.storeops.platform.web;

import io.storeops.platform.ImportRejectedException;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.RuleViolationException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error leaves the API as an RFC 9457 problem detail. Validation failures list each bad field in
 * {@code errors}; business-rule refusals list their {@code violations}; nothing ever carries a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorView> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(FieldErrorView.of(error.getField(), ConstraintMessages.of(error)));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(e -> errors.add(FieldErrorView.of(e.getObjectName(), ConstraintMessages.of(e))));
        return validation(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorView> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> errors.add(FieldErrorView.of(name, ConstraintMessages.of(e))));
        });
        return validation(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = cause(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "Request body too large",
                    tooLarge.refusal(),
                    request,
                    Map.of());
        }
        RefusedValue refused = cause(ex, RefusedValue.class);
        if (refused != null) {
            return validation(List.of(FieldErrorView.of(path(refused), refused.refusal())), request);
        }
        InputCoercionException overflow = cause(ex, InputCoercionException.class);
        if (overflow != null) {
            return validation(
                    List.of(FieldErrorView.of(
                            path(overflow),
                            Message.of(WebMessage.WRONG_TYPE, "expected", Expected.of(overflow.getTargetType())))),
                    request);
        }
        DatabindException binding = cause(ex, DatabindException.class);
        if (binding instanceof UnrecognizedPropertyException unknown) {
            return validation(List.of(FieldErrorView.of(path(unknown), Message.of(WebMessage.UNKNOWN_FIELD))), request);
        }
        if (binding instanceof InvalidFormatException invalid) {
            return validation(
                    List.of(FieldErrorView.of(
                            path(invalid), invalidValue(invalid.getValue(), invalid.getTargetType()))),
                    request);
        }
        if (binding instanceof ValueInstantiationException instantiation) {
            return validation(List.of(instantiationError(instantiation)), request);
        }
        if (binding instanceof MismatchedInputException mismatched) {
            return validation(
                    List.of(FieldErrorView.of(
                            path(mismatched),
                            Message.of(WebMessage.WRONG_TYPE, "expected", Expected.of(mismatched.getTargetType())))),
                    request);
        }
        if (cause(ex, StreamReadException.class) != null) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-json",
                    "Malformed JSON",
                    Message.of(WebMessage.MALFORMED_JSON),
                    request,
                    Map.of());
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                "unreadable-body",
                "Unreadable request body",
                Message.of(WebMessage.UNREADABLE_BODY),
                request,
                Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "File too large",
                Message.of(WebMessage.FILE_TOO_LARGE),
                request,
                Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return validation(
                List.of(FieldErrorView.of(
                        ex.getParameterName(),
                        Message.of(WebMessage.REQUIRED_PARAMETER, "type", ex.getParameterType()))),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        RefusedValue refused = cause(ex, RefusedValue.class);
        Message message = refused != null ? refused.refusal() : invalidValue(ex.getValue(), ex.getRequiredType());
        return validation(List.of(FieldErrorView.of(ex.getName(), message)), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        var errors = ex.getConstraintViolations().stream()
                .map(v -> FieldErrorView.of(v.getPropertyPath().toString(), ConstraintMessages.of(v)))
                .toList();
        return validation(errors, request);
    }

    @ExceptionHandler(FieldErrorException.class)
    ResponseEntity<Object> fieldError(FieldErrorException ex, WebRequest request) {
        return validation(ex.errors().stream().map(FieldErrorView::of).toList(), request);
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Object> importRejected(ImportRejectedException ex, WebRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "import-rejected",
                "Import rejected",
                ex.message(),
                request,
                Map.of("errors", ex.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                Message.of(WebMessage.NOT_FOUND, "kind", Message.of(ex.kind()), "id", ex.id()),
                request,
                Map.of("kind", ex.kind().apiName(), "id", ex.id()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, ex.code(), "Conflict", ex.userMessage(), request, Map.of());
    }

    /** Two transactions needed each other's locks; the database chose this one to give way. Nothing was written. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ResponseEntity<Object> contention(
            org.springframework.dao.PessimisticLockingFailureException ex, WebRequest request) {
        log.info(
                "Lock conflict, answered 503 to retry: {}",
                ex.getMostSpecificCause().getMessage());
        ResponseEntity<Object> answer =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy", Message.of(WebMessage.BUSY), request, Map.of());
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "1")
                .body(answer.getBody());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        return problem(
                HttpStatus.CONFLICT, "duplicate", "Conflict", Message.of(WebMessage.DUPLICATE), request, Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException ex, WebRequest request) {
        log.info(
                "Refused by a database constraint: {}",
                ex.getMostSpecificCause().getMessage());
        return problem(
                HttpStatus.CONFLICT, "constraint", "Conflict", Message.of(WebMessage.CONSTRAINT), request, Map.of());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> rules(RuleViolationException ex, WebRequest request) {
        Map<String, Object> violations = Map.of("violations", ex.violations());
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ex.code(),
                "Refused by business rules",
                ex.userMessage(),
                request,
                violations);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException ex, WebRequest request) {
        return problem(
                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", Message.of(WebMessage.FORBIDDEN), request, Map.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        return problem(
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Not logged in",
                Message.of(WebMessage.UNAUTHENTICATED),
                request,
                Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", describe(request), ex);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                Message.of(WebMessage.INTERNAL),
                request,
                Map.of());
    }

    private ResponseEntity<Object> validation(List<FieldErrorView> errors, WebRequest request) {
        Message detail = errors.size() == 1
                ? Message.of(
                        WebMessage.FIELD_INVALID,
                        "field",
                        errors.getFirst().field(),
                        "problem",
                        errors.getFirst().summary())
                : Message.of(WebMessage.FIELDS_INVALID, "count", errors.size());
        return problem(
                HttpStatus.BAD_REQUEST, "validation", "Validation failed", detail, request, Map.of("errors", errors));
    }

    static ResponseEntity<Object> problem(
            HttpStatus status,
            String type,
            String title,
            Message detail,
            WebRequest request,
            Map<String, Object> properties) {
        var problem = Problems.of(status, type, title, detail, LocaleContextHolder.getLocale(), instance(request));
        properties.forEach(problem::setProperty);
        return answer(status, problem);
    }

    private static ResponseEntity<Object> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String instance(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : null;
    }

    private static Message invalidValue(Object value, Class<?> expected) {
        String shown = String.valueOf(value);
        shown = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
        return Message.of(WebMessage.INVALID_VALUE, "given", shown, "expected", Expected.of(expected));
    }

    /** A record or enum refused its value while being built: its own message when it has one (a field error). */
    private static FieldErrorView instantiationError(ValueInstantiationException instantiation) {
        Throwable root = instantiation.getCause() == null ? instantiation : instantiation.getCause();
        if (root instanceof FieldErrorException fieldError) {
            FieldErrorView own = FieldErrorView.of(fieldError.errors().getFirst());
            return new FieldErrorView(path(instantiation), own.code(), own.args(), own.message());
        }
        return FieldErrorView.of(
                path(instantiation), Message.of(WebMessage.REFUSED, "reason", String.valueOf(root.getMessage())));
    }

    /**
     * The JSON path of the field in error ({@code lines[2].quantity}): from the references Jackson collected, or, for a
     * number the parser itself could not fit (which carries none), from where the parser stood.
     */
    private static String path(JacksonException e) {
        var sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (sb.isEmpty() && e.processor() instanceof JsonParser parser) {
            return path(parser.streamReadContext());
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String path(TokenStreamContext context) {
        var segments = new ArrayDeque<String>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                segments.push("." + c.currentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /**
     * One field in error, as the API lists it: the field's path, the message's code and arguments for the console to
     * translate, and its default text.
     */
    record FieldErrorView(String field, String code, Map<String, Object> args, String message) {

        static FieldErrorView of(String field, Message message) {
            return new FieldErrorView(
                    field,
                    message.code(),
                    message.args(),
                    MessageTexts.loaded().text(message, LocaleContextHolder.getLocale()));
        }

        static FieldErrorView of(FieldErrorException.Error error) {
            return of(error.field(), error.message());
        }

        /** The field's problem as an argument of the problem's detail. */
        Object summary() {
            return new Message(code, args);
        }
    }
}
