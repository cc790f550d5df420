package care.circles.provider.entity;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import care.circles.account.entity.EmailAddress;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * Everything an organisation tells the council and the public about itself, checked. Built
 * from the registration form's answers; every problem is reported at once, each naming its field.
 */
public record OrganisationDetails(String name, String legalName, OrganisationType type, MainWork mainWork, Place town,
                                  String description, Set<String> supports, Set<String> activities,
                                  List<Area> areas, EmailAddress contactEmail, String contactPhone, String website,
                                  boolean regulatedPersonalCare, String cqcNumber, int staffCount,
                                  BigDecimal fullTimeEquivalent) {

    public static final String NAME = "name";
    public static final String LEGAL_NAME = "legalName";
    public static final String TYPE = "organisationType";
    public static final String MAIN_WORK = "mainWork";
    public static final String TOWN = "town";
    public static final String DESCRIPTION = "description";
    public static final String OFFERS = "supports";
    public static final String AREAS = "areas";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String WEBSITE = "website";
    public static final String REGULATED = "regulated";
    public static final String CQC_NUMBER = "cqcNumber";
    public static final String STAFF_COUNT = "staffCount";
    public static final String FTE = "fullTimeEquivalent";

    /** The support type that only CQC-registered organisations may offer. */
    public static final String PERSONAL_CARE = "PERSONAL_CARE";
    public static final int MAX_AREAS = 30;

    private static final Pattern CQC = Pattern.compile("1-[0-9]{9,11}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

    /** A served area: what was typed, and the place it stands for. */
    public record Area(String name, Place place) {
    }

    public OrganisationDetails {
        supports = Set.copyOf(supports);
        activities = Set.copyOf(activities);
        areas = List.copyOf(areas);
    }

    /**
     * @param answers         single answers by field id (see the constants)
     * @param supportCodes    ticked support types
     * @param activityCodes   ticked day activities
     * @param findPlace       the gazetteer: a town or postcode district to a place
     * @param supportChoosable whether a support code may be chosen now
     * @param activityChoosable whether an activity code may be chosen now
     * @throws InvalidInputException naming every field that is wrong
     */
    public static OrganisationDetails of(Map<String, String> answers, Collection<String> supportCodes,
                                         Collection<String> activityCodes, Function<String, Optional<Place>> findPlace,
                                         Predicate<String> supportChoosable, Predicate<String> activityChoosable) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(answers, NAME, 120, "Enter the name people know your organisation by", problems);
        String legalName = text(answers, LEGAL_NAME, 160,
                "Enter your organisation's legal name, as registered with Companies House or the Charity Commission",
                problems);
        OrganisationType type = choice(OrganisationType.class, answers.get(TYPE), TYPE,
                "Choose what type of organisation you are", problems);
        MainWork mainWork = choice(MainWork.class, answers.get(MAIN_WORK), MAIN_WORK,
                "Choose what your organisation mainly does", problems);
        Place town = null;
        String typedTown = clean(answers.get(TOWN));
        if (typedTown.isEmpty()) {
            problems.add(new FieldProblem(TOWN, "Enter the town your organisation is based in"));
        } else {
            town = findPlace.apply(typedTown).orElse(null);
            if (town == null) {
                problems.add(new FieldProblem(TOWN, "We do not know '" + typedTown
                        + "'. Enter a town in the county, like Dorchester, or a postcode district, like DT1"));
            }
        }
        String description = clean(answers.get(DESCRIPTION));
        if (description.length() < 20) {
            problems.add(new FieldProblem(DESCRIPTION,
                    "Describe what your organisation does in at least 20 characters, so people know if it is for them"));
        } else if (description.length() > 2000) {
            problems.add(new FieldProblem(DESCRIPTION, "The description must be 2,000 characters or fewer"));
        }
        Set<String> supports = codes(supportCodes, supportChoosable);
        Set<String> activities = codes(activityCodes, activityChoosable);
        if (supports.size() + activities.size() == 0) {
            problems.add(new FieldProblem(OFFERS, "Tick at least one kind of support or activity you offer"));
        } else if (supports.size() < count(supportCodes) || activities.size() < count(activityCodes)) {
            problems.add(new FieldProblem(OFFERS, "One of the choices is no longer offered. Tick again from the list"));
        }
        List<Area> areas = areas(answers.get(AREAS), findPlace, problems);
        EmailAddress email = null;
        try {
            email = EmailAddress.of(answers.get(CONTACT_EMAIL));
        } catch (InvalidInputException e) {
            problems.add(new FieldProblem(CONTACT_EMAIL, clean(answers.get(CONTACT_EMAIL)).isEmpty()
                    ? "Enter an email address people can contact you on"
                    : "Enter the contact email address in the right format, like hello@example.org"));
        }
        String phone = clean(answers.get(CONTACT_PHONE));
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem(CONTACT_PHONE, "Enter a UK phone number, like 01305 221000"));
        }
        String website = website(clean(answers.get(WEBSITE)), problems);
        Boolean regulated = yesNo(answers.get(REGULATED));
        String cqc = clean(answers.get(CQC_NUMBER)).toUpperCase(Locale.ROOT).replace(" ", "");
        if (regulated == null) {
            problems.add(new FieldProblem(REGULATED, "Say whether you give regulated personal care"));
        } else if (regulated && !CQC.matcher(cqc).matches()) {
            problems.add(new FieldProblem(CQC_NUMBER, cqc.isEmpty()
                    ? "Enter your CQC provider ID: you give regulated personal care"
                    : "Enter the CQC provider ID as it is on your registration, like 1-123456789"));
        } else if (!regulated && supports.contains(PERSONAL_CARE)) {
            problems.add(new FieldProblem(REGULATED, "Personal care is regulated by the CQC. Say yes and give your"
                    + " CQC provider ID, or untick personal care"));
        }
        Integer staff = wholeNumber(answers.get(STAFF_COUNT), STAFF_COUNT, problems);
        BigDecimal fte = fte(answers.get(FTE), type, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OrganisationDetails(name, legalName, type, mainWork, town, description, supports, activities, areas,
                email, phone.isEmpty() ? null : phone, website, regulated, regulated ? cqc : null, staff, fte);
    }

    /** The served areas as people typed them, for the form. */
    public String areasText() {
        return String.join(", ", areas.stream().map(Area::name).toList());
    }

    private static String text(Map<String, String> answers, String field, int max, String missing,
                               List<FieldProblem> problems) {
        String value = clean(answers.get(field));
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, missing));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "This must be " + max + " characters or fewer"));
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String missing,
                                               List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, clean(value));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, missing));
            return null;
        }
    }

    private static Set<String> codes(Collection<String> typed, Predicate<String> choosable) {
        Set<String> codes = new LinkedHashSet<>();
        if (typed != null) {
            typed.stream().filter(code -> code != null && choosable.test(code.strip())).forEach(c -> codes.add(c.strip()));
        }
        return codes;
    }

    private static int count(Collection<String> typed) {
        return typed == null ? 0 : (int) typed.stream().filter(c -> c != null && !c.isBlank()).distinct().count();
    }

    private static List<Area> areas(String typed, Function<String, Optional<Place>> findPlace,
                                    List<FieldProblem> problems) {
        Map<String, Area> areas = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String part : clean(typed).split("[,;\\n]")) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            Optional<Place> place = findPlace.apply(name);
            if (place.isEmpty()) {
                unknown.add(name);
            } else {
                String shown = name.matches("(?i)[a-z]{1,2}[0-9][0-9a-z]?") ? name.toUpperCase(Locale.ROOT) : place.get().name();
                areas.putIfAbsent(shown.toLowerCase(Locale.ROOT), new Area(shown, place.get()));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(AREAS, "We do not know " + String.join(", ", unknown.stream()
                    .map(u -> "'" + u + "'").toList()) + ". Use towns in the county or postcode districts, like DT1"));
        } else if (areas.isEmpty()) {
            problems.add(new FieldProblem(AREAS, "Enter the towns or postcode districts you serve, separated by commas"));
        } else if (areas.size() > MAX_AREAS) {
            problems.add(new FieldProblem(AREAS, "Enter " + MAX_AREAS + " areas or fewer. Use postcode districts to cover"
                    + " a wider area, like DT1, DT2"));
        }
        return List.copyOf(areas.values());
    }

    private static String website(String typed, List<FieldProblem> problems) {
        if (typed.isEmpty()) {
            return null;
        }
        String address = typed.matches("(?i)https?://.*") ? typed : "https://" + typed;
        try {
            URI uri = URI.create(address);
            if (uri.getHost() == null || !uri.getHost().contains(".") || address.length() > 200) {
                throw new IllegalArgumentException("no host");
            }
            return address;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(WEBSITE, "Enter the website address, like www.example.org"));
            return null;
        }
    }

    private static Boolean yesNo(String value) {
        return switch (clean(value)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Integer wholeNumber(String typed, String field, List<FieldProblem> problems) {
        String value = clean(typed);
        if (!value.matches("[0-9]{1,6}")) {
            problems.add(new FieldProblem(field, value.isEmpty() ? "Enter how many people work for you, paid or unpaid"
                    : "Enter the number of staff as a whole number, like 6"));
            return 0;
        }
        return Integer.parseInt(value);
    }

    private static BigDecimal fte(String typed, OrganisationType type, List<FieldProblem> problems) {
        String value = clean(typed);
        if (value.isEmpty()) {
            if (type == OrganisationType.MICRO_PROVIDER) {
                problems.add(new FieldProblem(FTE, "Enter your full-time equivalent workers: a micro-provider has "
                        + OrganisationType.MICRO_PROVIDER_MAX_FTE + " or fewer"));
            }
            return null;
        }
        if (!value.matches("[0-9]{1,4}(\\.[0-9])?")) {
            problems.add(new FieldProblem(FTE, "Enter full-time equivalent workers as a number, like 4.5"));
            return null;
        }
        BigDecimal fte = new BigDecimal(value);
        if (type == OrganisationType.MICRO_PROVIDER && fte.compareTo(BigDecimal.valueOf(OrganisationType.MICRO_PROVIDER_MAX_FTE)) > 0) {
            problems.add(new FieldProblem(FTE, "A micro-provider has " + OrganisationType.MICRO_PROVIDER_MAX_FTE
                    + " or fewer full-time equivalent workers. Choose larger provider, or check the number"));
        }
        return fte;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
