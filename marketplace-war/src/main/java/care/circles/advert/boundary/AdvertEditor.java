package care.circles.advert.boundary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.circles.account.control.CurrentAccount;
import care.circles.advert.control.JobAdverts;
import care.circles.advert.entity.AdvertChangeRefused;
import care.circles.advert.entity.AdvertDetails;
import care.circles.advert.entity.JobAdvert;
import care.circles.advert.entity.PartOfDay;
import care.circles.advert.entity.WeeklySlot;
import care.circles.pa.control.CouncilRates;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A DP holder writes or changes a job advert and sends it to the council. The advert's id
 * travels in a plain hidden field; the control checks on every action that it is the poster's.
 * /adverts/edit.xhtml is restricted to DP holders in web.xml.
 */
@Named
@RequestScoped
public class AdvertEditor {

    @Inject
    JobAdverts adverts;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    CouncilRates baseRate;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private Long advertId;
    private boolean notFound;
    private JobAdvert saved;
    private String title;
    private String town;
    private List<String> slots = new ArrayList<>();
    private String hoursPerWeek;
    private List<String> skills = new ArrayList<>();
    private String startDay;
    private String startMonth;
    private String startYear;
    private String hourlyRate;
    private String description;
    private String confirmation;
    private String refusal;

    @PostConstruct
    void fill() {
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            advertId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            notFound = true;
            return;
        }
        adverts.postedBy(current.require(), advertId).ifPresentOrElse(this::show, () -> notFound = true);
    }

    /** On page load: an advert that is not the poster's is simply not found. */
    public void load() {
        if (notFound) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public String saveDraft() {
        JobAdvert advert = save();
        if (advert != null) {
            confirmation = "Your draft is saved. The council does not see it until you send it.";
        }
        return null;
    }

    public String send() {
        JobAdvert advert = save();
        if (advert == null) {
            return null;
        }
        try {
            adverts.submit(current.require(), advert.id());
            return "/adverts/mine.xhtml?faces-redirect=true&done=SUBMITTED&advert=" + advert.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (AdvertChangeRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    private JobAdvert save() {
        if (notFound) {
            PageAnswer.forbidden(faces, "This advert is not one of yours");
            return null;
        }
        Map<String, String[]> ticked = faces.getExternalContext().getRequestParameterValuesMap();
        slots = ticked.containsKey("slots") ? List.of(ticked.get("slots")) : new ArrayList<>();
        skills = ticked.containsKey("skills") ? List.of(ticked.get("skills")) : new ArrayList<>();
        try {
            AdvertDetails details = AdvertDetails.of(new AdvertDetails.Typed(title, town, slots, hoursPerWeek,
                    Set.copyOf(skills), startDay, startMonth, startYear, hourlyRate, description),
                    gazetteer.find(town).orElse(null), adverts.today(), taxonomy.current());
            JobAdvert advert = advertId == null ? adverts.write(current.require(), details)
                    : adverts.change(current.require(), advertId, details);
            show(advert);
            return advert;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (AdvertChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageAnswer.forbidden(faces, "This advert is not one of yours");
        }
        return null;
    }


    private void show(JobAdvert advert) {
        saved = advert;
        advertId = advert.id();
        title = advert.title();
        town = gazetteer.byId(advert.placeId()).map(p -> p.name()).orElse("");
        slots = advert.pattern().codes();
        hoursPerWeek = advert.pattern().hoursPerWeek().stripTrailingZeros().toPlainString();
        skills = List.copyOf(advert.skills());
        startDay = String.valueOf(advert.startDate().date().getDayOfMonth());
        startMonth = String.valueOf(advert.startDate().date().getMonthValue());
        startYear = String.valueOf(advert.startDate().date().getYear());
        hourlyRate = advert.rate().perHour().toPlainPounds();
        description = advert.description();
    }

    public AdvertView getView() {
        return saved == null ? null
                : AdvertView.of(saved, gazetteer.byId(saved.placeId()).orElse(null), clock.instant(), taxonomy.current());
    }

    public String getSavedTitle() {
        return saved == null ? null : saved.title();
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isEditable() {
        return !notFound && (saved == null || saved.status(clock.instant()).isEditable());
    }

    public String getStatusText() {
        return saved == null ? "New advert: not saved yet" : saved.status(clock.instant()).description();
    }

    public String getRejectionReason() {
        return saved == null ? null : saved.rejectionReason();
    }

    public String getEditRefusal() {
        return saved == null ? null : saved.status(clock.instant()).editRefusal();
    }

    /** Shown once the advert is saved with a rate below the council's base rate. */
    public String getRateWarning() {
        return saved == null ? null : saved.rate().warningBelow(baseRate.baseHourlyRate()).orElse(null);
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return WeeklySlot.dayName(day);
    }

    public PartOfDay[] getParts() {
        return PartOfDay.values();
    }

    public String slotCode(DayOfWeek day, PartOfDay part) {
        return WeeklySlot.code(day, part);
    }

    public boolean ticked(DayOfWeek day, PartOfDay part) {
        return slots.contains(WeeklySlot.code(day, part));
    }

    public List<SupportKind> getAllSkills() {
        return taxonomy.current().active();
    }

    public boolean needs(SupportKind skill) {
        return skills.contains(skill.code());
    }

    public int getMaxDescription() {
        return AdvertDetails.MAX_DESCRIPTION;
    }

    public int getMaxTitle() {
        return AdvertDetails.MAX_TITLE;
    }

    public Long getAdvertId() {
        return advertId;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(String hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
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

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
