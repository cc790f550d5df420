package care.circles.engagement.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import care.circles.platform.SpokenDate;
import care.circles.taxonomy.entity.SupportTypes;

/**
 * An agreement in plain English, the same on the page, on paper and in the PDF: who, what,
 * when, the rate, the notice and the kind of arrangement, and for an employed PA the
 * employer's duties with which are ticked off.
 */
public record AgreementDocument(String title, String lead, List<Fact> facts, List<Section> sections,
                                List<Duty> duties) {

    /** A label and its answer, like "Hourly rate: £14.00". */
    public record Fact(String label, String value) {
    }

    public record Section(String heading, List<String> paragraphs) {
    }

    public record Duty(EmployerDuty duty, boolean done) {
    }

    public static AgreementDocument of(Agreement agreement, String holderName, String paName, String placeName,
                                       SupportTypes types, LocalDate today) {
        Arrangement arrangement = agreement.arrangement();
        VisitSchedule schedule = agreement.schedule();
        String title = (agreement.isOneOff() ? "One visit of cover: " : "")
                + arrangement.documentTitle() + " between " + holderName + " and " + paName;
        String lead = "This is what " + holderName + " and " + paName + " agreed on Circles on "
                + SpokenDate.of(agreement.createdAt().atZone(care.circles.platform.Platform.UK).toLocalDate()) + ".";
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Person supported", holderName));
        facts.add(new Fact("Personal assistant (PA)", paName));
        facts.add(new Fact("Kind of arrangement", arrangement.getLabel()));
        facts.add(new Fact("Where", placeName));
        facts.add(new Fact("Support", String.join(", ", types.ordered(agreement.skills()).stream().map(types::label).toList())));
        facts.add(new Fact("What the PA will do", agreement.tasks()));
        if (agreement.isOneOff()) {
            facts.add(new Fact("When", schedule.summary().replaceFirst("^\\w+, ", SpokenDate.of(agreement.startDate()) + ", ")));
        } else {
            facts.add(new Fact("Regular visits", schedule.summary()));
            facts.add(new Fact("Hours in a usual week", Hours.spoken(schedule.perWeek())));
            facts.add(new Fact("Starts on", SpokenDate.of(agreement.startDate())));
        }
        facts.add(new Fact("Hourly rate", agreement.hourlyRate() + " an hour"));
        if (!agreement.isOneOff()) {
            facts.add(new Fact("A usual week costs", EngagementTerms.costOf(schedule.perWeek(), agreement.hourlyRate()).toString()));
            facts.add(new Fact("Notice to end it", EngagementTerms.noticeText(agreement.noticeWeeks())
                    + " from either side, in writing"));
        }
        facts.add(new Fact("Status", agreement.status(today).getLabel()
                + (agreement.endsOn() == null ? "" : ", last day " + SpokenDate.of(agreement.endsOn()))));

        List<Section> sections = new ArrayList<>();
        sections.add(new Section("How it works", List.of(arrangement.explanation(),
                "Visits are in the Circles calendar. Either of you can cancel a visit before it starts, with a reason."
                        + " After visits, the PA sends a timesheet with the actual times; " + holderName
                        + " approves it, and the PA is paid for the hours worked at the hourly rate.")));
        if (arrangement == Arrangement.SELF_EMPLOYED) {
            sections.add(new Section("The PA's part", List.of(
                    "The PA is responsible for their own tax and National Insurance and for their public liability"
                            + " insurance. They tell " + holderName + " as soon as they can if they cannot come.")));
        } else {
            sections.add(new Section("Your part as the employer", List.of(
                    "As the employer, the duties below are yours by law; tick each one off when it is done."
                            + " The council's direct payments team can help.")));
        }
        if (agreement.noticeReason() != null) {
            sections.add(new Section("Notice given", List.of(agreement.noticeReason())));
        }
        List<Duty> duties = arrangement == Arrangement.EMPLOYED
                ? java.util.Arrays.stream(EmployerDuty.values()).map(d -> new Duty(d, agreement.dutiesDone().contains(d))).toList()
                : List.of();
        return new AgreementDocument(title, lead, facts, sections, duties);
    }

    public boolean hasDuties() {
        return !duties.isEmpty();
    }

    /** A file name for the PDF, like agreement-12.pdf. */
    public static String fileName(Agreement agreement) {
        return "agreement-" + agreement.id() + ".pdf";
    }

    @Override
    public String toString() {
        return title.toLowerCase(Locale.UK);
    }
}
