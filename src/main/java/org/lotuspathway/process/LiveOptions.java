package org.lotuspathway.process;

import java.util.List;
import java.util.Set;

import org.lotuspathway.forms.FormField;

/**
 * Options for form fields that change while the app runs, such as the learning themes leads
 * manage, offered in place of the options written in the form. Applied to every form the app
 * reads ({@link DeployedForms}), so our task pages offer them and the server accepts them, while
 * Camunda's Tasklist goes on offering the form's own (which stay accepted). On a text field the
 * options are suggestions only.
 */
public interface LiveOptions {

    /** The keys of the fields these options are for. */
    Set<String> fieldKeys();

    List<FormField.Option> options();
}
