package care.circles.booking.entity;

/** Every place is taken (or kept for someone on the waiting list): the person may join the waiting list. */
public class SessionFull extends BookingRefused {

    public SessionFull() {
        super("Sorry, the last place has just been taken. You can join the waiting list: if a place is freed,"
                + " we offer it to the first person in line.");
    }
}
