package org.lotuspathway.process.engine;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.lotuspathway.process.InvalidSubmission;

/**
 * What the engine's REST API answers when a call fails. Camunda answers 500 whenever the engine
 * refuses a command with a plain ProcessEngineException, which is how it refuses most bad input:
 * negative retries, a lock duration of -1, a modification of an instance that does not exist, a
 * task completed without the answers its form requires (our form check, a task listener, throws
 * {@link InvalidSubmission}). Here:
 * <ul>
 * <li>answers a task's form refuses: 400, with the problem for each field, as our own API says it;</li>
 * <li>the engine refusing the command, with nothing but engine exceptions behind it: 400, with its
 * message (a concurrent change: 409). The command's transaction was rolled back, so nothing changed;</li>
 * <li>a task that does not exist, on any {@code /task/{id}/...} address, where Camunda failed on it
 * (its form calls met a NullPointerException): 404;</li>
 * <li>a process instance modification that fails wherever its instructions lead (a gateway without
 * its variable, a step without what it reads): 400, the case not moved;</li>
 * <li>everything else as Camunda answers it: a 4xx stays, and a failure of the server (the
 * database, or a bug: any exception of another kind in the chain) stays a 500, and Camunda logs it.</li>
 * </ul>
 */
class EngineRestErrors implements ExceptionMapper<Throwable> {

    private static final Pattern TASK_ADDRESS = Pattern.compile("(?:^|/)task/([^/]+)/");
    private static final Pattern MODIFICATION = Pattern.compile(
            "(?:^|/)(?:process-instance/[^/]+/modification(?:-async)?|modification/execute(?:-async)?)/?$");

    private final TaskService tasks;

    @Context
    private UriInfo address;

    EngineRestErrors(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Response toResponse(Throwable failure) {
        Optional<InvalidSubmission> invalid = InvalidSubmission.in(failure);
        if (invalid.isPresent()) {
            Map<String, Object> body = answer(InvalidSubmission.class.getSimpleName(), invalid.get().problemsInOneLine());
            body.put("errors", invalid.get().errors());
            return json(Response.Status.BAD_REQUEST, body);
        }
        ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
        if (camunda.getStatus(failure).getStatusCode() < 500) {
            return camunda.getResponse(failure);
        }
        Optional<String> missingTask = taskNamed().filter(id -> tasks.createTaskQuery().taskId(id).count() == 0);
        if (missingTask.isPresent()) {
            return json(Response.Status.NOT_FOUND, answer("NotFoundException", "There is no task " + missingTask.get()));
        }
        if (onlyEngineRefusals(failure)) {
            Response.Status status = causedBy(failure, OptimisticLockingException.class) ? Response.Status.CONFLICT
                    : Response.Status.BAD_REQUEST;
            return json(status, answer(failure.getClass().getSimpleName(), refusal(failure)));
        }
        if (isModification() && !serverFailure(failure)) {
            return json(Response.Status.BAD_REQUEST, answer(failure.getClass().getSimpleName(),
                    "These instructions cannot be carried out, so the case was not moved: " + whatFailed(failure)));
        }
        // Camunda logs it (ENGINE-REST-HTTP500) as it answers.
        return camunda.getResponse(failure);
    }

    /** Every link of the chain an engine exception, or Camunda's REST wrapper of one. */
    private static boolean onlyEngineRefusals(Throwable failure) {
        boolean engine = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProcessEngineException) {
                engine = true;
            } else if (!(t instanceof RestException)) {
                return false;
            }
        }
        return engine;
    }

    /** The database, or the JVM itself: nothing the request could have done differently. */
    private static boolean serverFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error || t instanceof SQLException || t instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A modification runs the pathway from wherever its instructions put it, in a transaction that a
     * failure rolls back: a gateway reached without the answer it needs, a step started without what
     * it reads, fail because of where the instructions led.
     */
    private boolean isModification() {
        return address != null && MODIFICATION.matcher(address.getPath()).find();
    }

    private static String whatFailed(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && (t instanceof ProcessEngineException || !(t instanceof RestException))) {
                message = t.getMessage();
                break;
            }
        }
        return message;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The deepest engine message: what the engine said, without Camunda's REST layer's prefixes. */
    private static String refusal(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProcessEngineException && t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return "The engine refused this request: " + message;
    }

    private Optional<String> taskNamed() {
        if (address == null) {
            return Optional.empty();
        }
        Matcher task = TASK_ADDRESS.matcher(address.getPath());
        return task.find() ? Optional.of(task.group(1)) : Optional.empty();
    }

    private static Map<String, Object> answer(String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", null);
        return body;
    }

    private static Response json(Response.Status status, Map<String, Object> body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
