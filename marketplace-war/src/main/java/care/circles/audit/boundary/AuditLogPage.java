package care.circles.audit.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.audit.control.AuditLog;
import care.circles.audit.entity.AuditLine;
import care.circles.audit.entity.AuditQuery;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.PageLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The audit log for council admins (/council/audit.xhtml): a GET form, so a search can be bookmarked. */
@Named
@RequestScoped
public class AuditLogPage {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    private String person;
    private String action;
    private String subjectType;
    private String subjectId;
    private String from;
    private String to;
    private String page;
    private ListPage<AuditLine> lines;

    public void load() {
        try {
            AuditQuery query = AuditQuery.of(person, action, subjectType, subjectId, from, to);
            lines = log.search(current.require(), query, ListPage.number(page), PAGE_SIZE);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            lines = new ListPage<>(List.of(), 0, 1, PAGE_SIZE);
        }
    }

    public ListPage<AuditLine> getLines() {
        return lines;
    }

    public List<String> getActions() {
        return log.actions(current.require());
    }

    public List<String> getSubjectTypes() {
        return log.subjectTypes(current.require());
    }

    public String pageLink(int number) {
        return PageLink.to(number).with("person", person).with("action", action).with("subjectType", subjectType)
                .with("subjectId", subjectId).with("from", from).with("to", to).toString();
    }

    public String getSummary() {
        long total = lines.total();
        return total == 1 ? "1 event" : total + " events";
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public String getSubjectId() { return subjectId; }
    public void setSubjectId(String subjectId) { this.subjectId = subjectId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
