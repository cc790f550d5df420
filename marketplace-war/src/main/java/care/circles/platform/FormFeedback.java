package care.circles.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What went wrong with the form just sent, for the error summary at the top of the page and
 * the message beside each field. Field names are the input ids, so the summary links to them.
 */
@Named
@RequestScoped
public class FormFeedback {

    private final List<FieldProblem> problems = new ArrayList<>();

    public void show(List<FieldProblem> found) {
        problems.addAll(found);
    }

    public void show(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }

    public boolean isPresent() {
        return !problems.isEmpty();
    }

    public boolean has(String field) {
        return messageFor(field).isPresent();
    }

    public String message(String field) {
        return messageFor(field).orElse("");
    }

    private Optional<String> messageFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst();
    }
}
