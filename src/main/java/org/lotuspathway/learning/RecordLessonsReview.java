package org.lotuspathway.learning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.engine.TaskForms;
import org.springframework.stereotype.Component;

@Component("recordLessonsReview")
class RecordLessonsReview implements TaskListener {

    private final TaskForms forms;
    private final LessonsReviews reviews;

    RecordLessonsReview(TaskForms forms, LessonsReviews reviews) {
        this.forms = forms;
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        reviews.review(forms.businessKey(task), forms.take(task, ReviewAnswers.class), forms.actor(task));
    }
}
