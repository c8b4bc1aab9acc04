package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateRevocations;
import fr.pasapas.certificates.application.RevocationException;
import fr.pasapas.certificates.application.StaffCertificate;
import fr.pasapas.certificates.domain.RevocationReason;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * /trainer/certificates.xhtml: a coordinator (their organisation's) or an admin (any) finds a certificate by code or
 * name, opens "Revoke…", chooses a reason, may write a note, and confirms. {@code ?q=} searches at once (a link
 * from elsewhere).
 */
@Named
@ViewScoped
public class RevokeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateRevocations revocations;

    private String query;
    private boolean searched;
    private List<StaffCertificate> found = List.of();
    private StaffCertificate selected;
    private RevocationReason reason;
    private String note;

    /** viewAction: a search given in the address. */
    public void load() {
        if (query != null && !query.isBlank() && !searched) {
            search();
        }
    }

    public void search() {
        found = revocations.find(query);
        searched = true;
        selected = null;
    }

    /** "Revoke…" on a row: shows the confirmation with its reason and note. */
    public void choose(StaffCertificate certificate) {
        selected = certificate;
        reason = null;
        note = null;
    }

    public void cancel() {
        selected = null;
    }

    public void revoke() {
        if (selected == null) {
            return;
        }
        try {
            StaffCertificate revoked = revocations.revoke(selected.code(), reason, note);
            Messages.addGlobalInfo("certificates.revoke.done", revoked.code());
            selected = null;
            found = found.stream().map(c -> c.code().equals(revoked.code()) ? revoked : c).toList();
        } catch (RevocationException e) {
            Messages.addGlobalError(e.messageKey());
        }
    }

    public RevocationReason[] getReasons() {
        return RevocationReason.values();
    }

    public int getMaxNote() {
        return CertificateRevocations.MAX_NOTE;
    }

    public List<StaffCertificate> getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }

    public StaffCertificate getSelected() {
        return selected;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public RevocationReason getReason() {
        return reason;
    }

    public void setReason(RevocationReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
