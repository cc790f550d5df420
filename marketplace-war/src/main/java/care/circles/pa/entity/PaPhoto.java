package care.circles.pa.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A PA's profile photo, stored only after it was resized and re-encoded without metadata. */
@Entity
@Table(name = "pa_photo")
public class PaPhoto {

    @Id
    @Column(name = "pa_profile_id")
    private Long profileId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] image;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PaPhoto() {
    }

    public PaPhoto(long profileId, ProfilePhoto photo, Instant uploadedAt) {
        this.profileId = profileId;
        replace(photo, uploadedAt);
    }

    public final void replace(ProfilePhoto photo, Instant now) {
        this.contentType = photo.contentType();
        this.image = photo.bytes();
        this.uploadedAt = now;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] image() {
        return image.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
