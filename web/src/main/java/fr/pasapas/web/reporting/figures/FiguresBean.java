package fr.pasapas.web.reporting.figures;

import fr.pasapas.reporting.application.figures.Counts;
import fr.pasapas.reporting.application.figures.Figures;
import fr.pasapas.reporting.application.figures.FiguresException;
import fr.pasapas.reporting.application.figures.FundersFigures;
import fr.pasapas.reporting.application.figures.MonthRange;
import fr.pasapas.reporting.application.figures.OrganisationFigures;
import fr.pasapas.reporting.application.figures.OrganisationName;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * The funders' figures page: a range of months and, for the admin, an organisation (or all) chosen by a plain GET
 * form, so every view has an address to keep and a reload changes nothing. Holds nothing between requests.
 */
@Named
@RequestScoped
public class FiguresBean {

    /** The {@code organisation} parameter that asks for every organisation and their total (the admin's default). */
    public static final String ALL = "all";

    @EJB
    private FundersFigures service;

    @Inject
    private LocaleBean locale;

    private String from;
    private String to;
    private String organisation;
    private MonthRange range;
    private Figures figures;
    private BarChart chart;
    private List<OrganisationName> organisations;

    /** Reads the figures asked for; a wrong month or another organisation's id gives a message and the default. */
    public void load() {
        if (figures != null) {
            return;
        }
        // f:view sets the locale only to render: messages added before it must already speak the reader's language
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale.getLocale());
        try {
            range = service.range(from, to);
        } catch (FiguresException e) {
            Messages.addGlobalError(e.key());
            range = service.defaultRange();
        }
        try {
            figures = service.figures(range, organisationId());
        } catch (FiguresException e) {
            Messages.addGlobalError(e.key());
            organisation = null;
            figures = service.figures(range, null);
        }
        from = range.first().toString();
        to = range.last().toString();
        chart = new BarChart(figures.total().months());
    }

    /**
     * The figures, read at the latest when something asks for them: on a postback of the template's forms (the
     * language, the logout) the page's components ask before any view action, with the choice still in the request.
     */
    private void loaded() {
        if (figures == null) {
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            from = from == null ? request.get("from") : from;
            to = to == null ? request.get("to") : to;
            organisation = organisation == null ? request.get("organisation") : organisation;
            load();
        }
    }

    private Long organisationId() {
        if (organisation == null || organisation.isBlank() || ALL.equals(organisation)) {
            return null;
        }
        try {
            return Long.valueOf(organisation.strip());
        } catch (NumberFormatException e) {
            throw new FiguresException("figures.error.organisation");
        }
    }

    public Figures getFigures() {
        loaded();
        return figures;
    }

    public OrganisationFigures getShown() {
        return getFigures().total();
    }

    public BarChart getChart() {
        loaded();
        return chart;
    }

    /** The organisations the admin may choose from (a coordinator has none to choose). */
    public List<OrganisationName> getOrganisations() {
        if (organisations == null) {
            organisations = service.readsAllOrganisations() ? service.organisations() : List.of();
        }
        return organisations;
    }

    public boolean isChoosesOrganisation() {
        return service.readsAllOrganisations();
    }

    /** Whether an organisation of the list is the one shown. */
    public boolean isShown(OrganisationName o) {
        loaded();
        return !figures.allOrganisations() && figures.total().id() != null && figures.total().id() == o.id();
    }

    /** The address of the download of what is shown, {@code csv} or {@code xlsx}. */
    public String exportQuery(String format) {
        loaded();
        StringBuilder query = new StringBuilder("format=").append(format).append("&from=").append(from).append("&to=").append(to);
        if (!figures.allOrganisations() && service.readsAllOrganisations()) {
            query.append("&organisation=").append(figures.total().id());
        }
        return query.toString();
    }

    /** A month as people say it, e.g. "janvier 2026". */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale.getLocale()).format(month);
    }

    /** Hours to one decimal, written the reader's way ("12,5"). */
    public String hours(Counts counts) {
        NumberFormat format = NumberFormat.getNumberInstance(locale.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(counts.hours());
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
