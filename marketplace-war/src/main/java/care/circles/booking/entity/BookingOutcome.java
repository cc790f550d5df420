package care.circles.booking.entity;

import java.util.List;

import care.circles.dayopportunity.entity.DaySession;

/** What booking one session or a series came to: the bookings made, and the sessions that were full. */
public record BookingOutcome(List<Booking> booked, List<DaySession> full) {

    public BookingOutcome {
        booked = List.copyOf(booked);
        full = List.copyOf(full);
    }
}
