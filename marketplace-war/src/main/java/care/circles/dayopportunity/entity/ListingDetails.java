package care.circles.dayopportunity.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import care.circles.payments.Money;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What a provider says about a hub or a spoke, checked. Hubs are buildings, so they need an
 * address; spokes need to say who they suit. A price above nothing needs a way to pay it.
 */
public record ListingDetails(String name, Place place, String address, String description, Category category,
                             String whoItSuits, Integer minAge, Integer maxAge, Money price,
                             Set<FundingWay> funding, Set<Facility> facilities, Set<SupportedNeed> needs,
                             String openingTimes, String transport, Long hubId, int capacity,
                             int cancellationNoticeHours) {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_SHORT_TEXT = 500;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_CAPACITY = 500;
    /** Notice a person should give when cancelling, as the form offers it. */
    public static final List<Integer> NOTICE_CHOICES = List.of(0, 24, 48, 72, 168);
    private static final Money MAX_PRICE = Money.ofPence(50_000);

    public ListingDetails {
        funding = Collections.unmodifiableSortedSet(new TreeSet<>(funding));
        facilities = Collections.unmodifiableSortedSet(new TreeSet<>(facilities));
        needs = Collections.unmodifiableSortedSet(new TreeSet<>(needs));
    }

    /** The provider's form, field by field. Ticked boxes arrive as codes. */
    public record Typed(String name, String town, String address, String description, String category,
                        String whoItSuits, String minAge, String maxAge, String price, Collection<String> funding,
                        Collection<String> facilities, Collection<String> needs, String openingTimes,
                        String transport, String hub, String capacity, String cancellationNoticeHours) {
    }

    /**
     * @param place the gazetteer place the town field resolved to, or null if it did not
     * @throws InvalidInputException listing every field to fix, in the order of the form (name, kind,
     *                               description, who it suits, ages, town, address, price, then the rest)
     */
    public static ListingDetails of(ListingKind kind, Typed typed, Place place) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(typed.name(), "name", MAX_NAME, "Enter the name of the " + kind.getNoun()
                + ", like " + (kind == ListingKind.HUB ? "Blandford Day Centre" : "Blandford Men's Shed"), problems);
        Category category = Answers.choice(Category.class, typed.category(), "category", "Choose the kind of day opportunity",
                problems);
        String description = text(typed.description(), "description", MAX_DESCRIPTION, "Describe the "
                + kind.getNoun() + " in plain English: what happens there and what a day or session is like", problems);
        String whoItSuits = kind == ListingKind.SPOKE
                ? text(typed.whoItSuits(), "whoItSuits", MAX_SHORT_TEXT, "Say who the activity suits, like adults with"
                + " learning disabilities, or older people who would like company", problems)
                : optional(typed.whoItSuits(), "whoItSuits", MAX_SHORT_TEXT, problems);
        Integer minAge = age(typed.minAge(), "minAge", "youngest", problems);
        Integer maxAge = age(typed.maxAge(), "maxAge", "oldest", problems);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            problems.add(new FieldProblem("maxAge", "The oldest age must be the same as or more than the youngest"));
        }
        if (typed.town() == null || typed.town().isBlank()) {
            problems.add(new FieldProblem("town", "Enter the town or village, like Blandford Forum"));
        } else if (place == null) {
            problems.add(new FieldProblem("town", "We could not find '" + typed.town().strip()
                    + "'. Choose a town from the list or enter a postcode district like DT11."));
        }
        String address = kind == ListingKind.HUB
                ? text(typed.address(), "address", MAX_ADDRESS, "Enter the address of the building, so people can"
                + " find it", problems)
                : optional(typed.address(), "address", MAX_ADDRESS, problems);
        Money price = price(typed.price(), kind, problems);
        Set<FundingWay> funding = Answers.ticked(FundingWay.class, typed.funding(), "funding", problems);
        if (price != null && price.isPositive() && funding.isEmpty()) {
            problems.add(new FieldProblem("funding", "Tick at least one way people can pay"));
        }
        Set<Facility> facilities = Answers.ticked(Facility.class, typed.facilities(), "facilities", problems);
        Set<SupportedNeed> needs = Answers.ticked(SupportedNeed.class, typed.needs(), "needs", problems);
        String openingTimes = optional(typed.openingTimes(), "openingTimes", MAX_SHORT_TEXT, problems);
        String transport = optional(typed.transport(), "transport", MAX_SHORT_TEXT, problems);
        Long hubId = null;
        if (kind == ListingKind.SPOKE && typed.hub() != null && !typed.hub().isBlank()) {
            try {
                hubId = Long.parseLong(typed.hub().strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("hub", "Choose a hub from the list, or none"));
            }
        }
        int capacity = Answers.whole(typed.capacity(), 1, MAX_CAPACITY, "capacity",
                "Enter how many people can come at once, from 1 to " + MAX_CAPACITY, problems);
        int notice = Answers.whole(typed.cancellationNoticeHours(), 0, 336, "cancellationNoticeHours",
                "Choose how much notice people should give when they cancel", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ListingDetails(name, place, address, description, category, whoItSuits, minAge, maxAge, price,
                funding, facilities, needs, openingTimes, transport, hubId, capacity, notice);
    }

    private static String text(String typed, String field, int max, String missing, List<FieldProblem> problems) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, missing));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "Use " + max + " characters or fewer; this has " + text.length()));
        }
        return text;
    }

    private static String optional(String typed, String field, int max, List<FieldProblem> problems) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "Use " + max + " characters or fewer; this has " + text.length()));
        }
        return text.isEmpty() ? null : text;
    }

    private static Integer age(String typed, String field, String which, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int age = Integer.parseInt(typed.strip());
            if (age >= 0 && age <= 120) {
                return age;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "Enter the " + which + " age as a whole number of years, like 18,"
                + " or leave it empty"));
        return null;
    }

    private static Money price(String typed, ListingKind kind, List<FieldProblem> problems) {
        String per = kind == ListingKind.HUB ? "per day" : "per session";
        if (typed == null || typed.isBlank()) {
            problems.add(new FieldProblem("price", "Enter the price " + per + " in pounds and pence, like 6.50,"
                    + " or 0 if it is free"));
            return null;
        }
        try {
            Money price = Money.parsePounds(typed);
            if (!price.isNegative() && !price.isGreaterThan(MAX_PRICE)) {
                return price;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new FieldProblem("price", "Enter the price " + per + " in pounds and pence, from 0 to "
                + MAX_PRICE + ", like 6.50"));
        return null;
    }

    /** "Ages 18 to 65", "Ages 18 and over", "Up to age 25", or null when the provider gave no ages. */
    public static String ages(Integer minAge, Integer maxAge) {
        if (minAge == null && maxAge == null) {
            return null;
        }
        if (maxAge == null) {
            return "Ages " + minAge + " and over";
        }
        return minAge == null ? "Up to age " + maxAge : "Ages " + minAge + " to " + maxAge;
    }
}
