package org.lotuspathway.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lotuspathway.forms.FormField;
import org.lotuspathway.process.LiveOptions;
import org.lotuspathway.process.TransactionScopedCache;
import org.lotuspathway.security.Roles;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;

/**
 * Who owns an improvement action. The review form's owner is free text, because owners are often
 * outside the team (a practice manager, a training lead); when the text is a staff user's id or
 * full name, that user owns it and is reminded as it falls due. Our task page suggests staff users
 * as the owner is typed; Camunda's Tasklist takes the text as typed.
 */
@Component
public class ActionOwners implements LiveOptions {

    static final Set<String> OWNER_FIELDS = Set.of("action1Owner", "action2Owner", "action3Owner");
    private static final String STAFF_THIS_REQUEST = ActionOwners.class.getName() + ".staff";

    private final StaffDirectory directory;

    /** {@code directory}: lazily, as the engine itself asks for this bean's options while it starts. */
    ActionOwners(@Lazy StaffDirectory directory) {
        this.directory = directory;
    }

    /** The staff user the text names by id or by full name (case aside), if exactly one. */
    public Optional<String> userNamed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        Map<String, StaffMember> staff = staff();
        Optional<String> byId = staff.keySet().stream().filter(id -> id.equalsIgnoreCase(wanted)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        List<String> byName = staff.values().stream().filter(user -> fullName(user).equalsIgnoreCase(wanted))
                .map(StaffMember::id).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    /** Staff users who can own actions, by id. */
    public Map<String, String> staffNames() {
        Map<String, String> names = new LinkedHashMap<>();
        staff().forEach((id, user) -> names.put(id, fullName(user).isEmpty() ? id : fullName(user)));
        return names;
    }

    @Override
    public Set<String> fieldKeys() {
        return OWNER_FIELDS;
    }

    @Override
    public List<FormField.Option> options() {
        return staffNames().entrySet().stream().map(user -> new FormField.Option(user.getKey(), user.getValue()))
                .toList();
    }

    /**
     * Staff users by id: looked up once a request or a transaction (one query for the staff groups),
     * as a review's completion asks several times, for its form's options and for each action.
     */
    private Map<String, StaffMember> staff() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return TransactionScopedCache.get(STAFF_THIS_REQUEST, this::lookUpStaff);
        }
        if (request.getAttribute(STAFF_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> known) {
            @SuppressWarnings("unchecked")
            Map<String, StaffMember> staff = (Map<String, StaffMember>) known;
            return staff;
        }
        Map<String, StaffMember> staff = lookUpStaff();
        request.setAttribute(STAFF_THIS_REQUEST, staff, RequestAttributes.SCOPE_REQUEST);
        return staff;
    }

    private Map<String, StaffMember> lookUpStaff() {
        Map<String, StaffMember> staff = new LinkedHashMap<>();
        directory.membersOfAny(Roles.STAFF).forEach(user -> staff.put(user.id(), user));
        return staff;
    }

    private static String fullName(StaffMember user) {
        return ((user.firstName() == null ? "" : user.firstName()) + " "
                + (user.lastName() == null ? "" : user.lastName())).strip();
    }
}
