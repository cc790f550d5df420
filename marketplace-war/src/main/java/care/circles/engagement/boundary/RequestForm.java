package care.circles.engagement.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.engagement.control.EngagementRequests;
import care.circles.engagement.entity.Arrangement;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.EngagementRequest;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.HouseholdFamily;
import care.circles.engagement.entity.StatedReason;
import care.circles.engagement.entity.VisitSchedule;
import care.circles.engagement.entity.VisitTime;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.EmploymentPreference;
import care.circles.pa.entity.PaProfile;
import care.circles.place.control.Gazetteer;
import care.circles.platform.Council;
import care.circles.platform.FieldProblem;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The terms form (/engage/new-request.xhtml): a DP holder asks a PA ({@code ?pa=} profile id),
 * the PA proposes changes ({@code ?id=} request id), or the DP holder changes the terms and
 * sends them back. Ids travel in plain hidden fields; the control checks every one.
 */
@Named
@RequestScoped
public class RequestForm {

    public enum Mode { NEW, PROPOSE, REVISE }

    @Inject
    EngagementRequests requests;

    @Inject
    PaProfiles profiles;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    NamedParties parties;

    @Inject
    Council council;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private Mode mode;
    private Long paProfileId;
    private Long requestId;
    private String paName;
    private final Map<DayOfWeek, VisitSchedule.Typed> times = new EnumMap<>(DayOfWeek.class);
    private String startDay;
    private String startMonth;
    private String startYear;
    private String tasks;
    private List<String> skills = new ArrayList<>();
    private String town;
    private String hourlyRate;
    private String arrangement;
    private String noticeWeeks = "4";
    private String householdFamily;
    private String note;
    private String refusal;

    @PostConstruct
    void fill() {
        Account account = current.require();
        Optional<Long> request = PageRequest.id(PageRequest.parameter(faces, "id"));
        Optional<Long> pa = PageRequest.id(PageRequest.parameter(faces, "pa"));
        if (request.isPresent()) {
            requests.find(account, request.get()).filter(r -> canChange(account, r)).ifPresent(r -> {
                requestId = r.id();
                mode = account.id() == r.paAccountId() ? Mode.PROPOSE : Mode.REVISE;
                paName = parties.paOf(r);
                show(r.terms(requests.placeOf(r.placeId())));
            });
        } else if (pa.isPresent() && account.role() == Role.DP_HOLDER) {
            profiles.published(pa.get()).ifPresent(profile -> {
                mode = Mode.NEW;
                paProfileId = profile.id();
                paName = profile.displayName();
                hourlyRate = profile.hourlyRate().toPlainPounds();
                arrangement = profile.employment() == EmploymentPreference.EMPLOYED ? Arrangement.EMPLOYED.name()
                        : profile.employment() == EmploymentPreference.SELF_EMPLOYED ? Arrangement.SELF_EMPLOYED.name() : null;
            });
        }
    }

    private static boolean canChange(Account account, EngagementRequest request) {
        return EngagementRequests.waitingFor(request, account);
    }

    /** On page load: nothing to show is simply not found. */
    public void load() {
        if (mode == null) {
            PageRequest.notFound(faces);
        }
    }

    public String send() {
        if (mode == null) {
            PageRequest.notFound(faces);
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            times.put(day, new VisitSchedule.Typed(PageRequest.parameter(faces, VisitSchedule.fromField(day)),
                    PageRequest.parameter(faces, VisitSchedule.toField(day))));
        }
        skills = PageRequest.parameters(faces, "skills");
        arrangement = PageRequest.parameter(faces, "arrangement");
        householdFamily = PageRequest.parameter(faces, HouseholdFamily.FIELD);
        List<FieldProblem> problems = new ArrayList<>();
        EngagementTerms terms = null;
        try {
            terms = EngagementTerms.of(new EngagementTerms.Typed(times, startDay, startMonth, startYear, tasks,
                    new HashSet<>(skills), town, hourlyRate, arrangement, noticeWeeks), gazetteer.find(town == null ? "" : town).orElse(null),
                    requests.today(), taxonomy.current());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String checkedNote = null;
        try {
            if (mode == Mode.NEW) {
                HouseholdFamily.confirmNot(householdFamily, council.getName());
            }
            checkedNote = StatedReason.optional(note, "note");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            feedback.show(problems);
            return null;
        }
        try {
            Account account = current.require();
            EngagementRequest saved = switch (mode) {
                case NEW -> requests.send(account, paProfileId, terms, householdFamily);
                case PROPOSE -> requests.proposeChanges(account, requestId, terms, checkedNote);
                case REVISE -> requests.revise(account, requestId, terms);
            };
            return "/engage/request.xhtml?faces-redirect=true&done=" + mode.name() + "&id=" + saved.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        return null;
    }

    private void show(EngagementTerms terms) {
        for (VisitTime time : terms.schedule().times()) {
            times.put(time.day(), new VisitSchedule.Typed(VisitTime.clock(time.startsAt()), VisitTime.clock(time.endsAt())));
        }
        LocalDate start = terms.startDate();
        startDay = String.valueOf(start.getDayOfMonth());
        startMonth = String.valueOf(start.getMonthValue());
        startYear = String.valueOf(start.getYear());
        tasks = terms.tasks();
        skills = new ArrayList<>(terms.skills());
        town = terms.place().name();
        hourlyRate = terms.hourlyRate().toPlainPounds();
        arrangement = terms.arrangement().name();
        noticeWeeks = String.valueOf(terms.noticeWeeks());
    }

    public String getHeading() {
        return switch (mode == null ? Mode.NEW : mode) {
            case NEW -> "Ask " + paName + " to work for you";
            case PROPOSE -> "Propose changes";
            case REVISE -> "Change your request to " + paName;
        };
    }

    public String getButton() {
        return mode == Mode.PROPOSE ? "Send my changes" : "Send the request";
    }

    public boolean isFound() {
        return mode != null;
    }

    public boolean isNewRequest() {
        return mode == Mode.NEW;
    }

    public boolean isProposal() {
        return mode == Mode.PROPOSE;
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public String fromField(DayOfWeek day) {
        return VisitSchedule.fromField(day);
    }

    public String toField(DayOfWeek day) {
        return VisitSchedule.toField(day);
    }

    public String from(DayOfWeek day) {
        VisitSchedule.Typed typed = times.get(day);
        return typed == null || typed.from() == null ? "" : typed.from();
    }

    public String to(DayOfWeek day) {
        VisitSchedule.Typed typed = times.get(day);
        return typed == null || typed.to() == null ? "" : typed.to();
    }

    public List<SupportKind> getAllSkills() {
        return taxonomy.current().active();
    }

    public boolean chosen(SupportKind skill) {
        return skills.contains(skill.code());
    }

    public Arrangement[] getArrangements() {
        return Arrangement.values();
    }

    public boolean arranged(Arrangement option) {
        return option.name().equals(arrangement);
    }

    public boolean household(String answer) {
        return answer.equals(householdFamily);
    }

    public String getPaName() {
        return paName;
    }

    public Long getPaProfileId() {
        return paProfileId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getRefusal() {
        return refusal;
    }

    public int getMaxTasks() {
        return EngagementTerms.MAX_TASKS;
    }

    public String getStartDay() {
        return startDay;
    }

    public void setStartDay(String startDay) {
        this.startDay = startDay;
    }

    public String getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(String startMonth) {
        this.startMonth = startMonth;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getNoticeWeeks() {
        return noticeWeeks;
    }

    public void setNoticeWeeks(String noticeWeeks) {
        this.noticeWeeks = noticeWeeks;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
