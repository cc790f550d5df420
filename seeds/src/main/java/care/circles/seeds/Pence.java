package care.circles.seeds;

/** An amount of money in pence. Never negative: the demo data has no refunds. */
public record Pence(long amount) {

    public Pence {
        if (amount < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative, got " + amount + "p");
        }
    }

    public static Pence of(long amount) {
        return new Pence(amount);
    }

    /** The database columns are INT. */
    int asInt() {
        return Math.toIntExact(amount);
    }

    @Override
    public String toString() {
        return String.format("£%d.%02d", amount / 100, amount % 100);
    }
}
