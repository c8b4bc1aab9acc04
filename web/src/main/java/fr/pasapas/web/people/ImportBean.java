package fr.pasapas.web.people;

import fr.pasapas.people.application.BeneficiaryImport;
import fr.pasapas.people.application.ImportPreview;
import fr.pasapas.people.application.ImportResult;
import fr.pasapas.people.application.ImportRow;
import fr.pasapas.people.application.LearnerAccountException;
import fr.pasapas.people.domain.CsvProblem;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The coordinator's import of a file of beneficiaries: upload, preview of every line with its problems (a page of
 * lines at a time), then «import everything» (offered only when every line is fine) or, chosen explicitly,
 * «import only the valid lines». The file is kept in the view between the preview and the import; the service
 * reads and checks it again when importing. The new usernames and PINs are shown in the import's response only
 * ({@link IssuedCredentials}).
 */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    @EJB
    private BeneficiaryImport imports;

    @Inject
    private IssuedCredentials issued;

    @Inject
    private IssuedPins issuedPins;

    private transient Part upload;
    private byte[] file;
    private String fileName;
    private ImportPreview preview;
    /** After an import: how many lines were left out (the accounts themselves are in IssuedCredentials). */
    private Integer leftOut;
    private boolean onlyProblems;
    private int page;

    /** Reads the file sent and shows what importing it would do. */
    public String upload() {
        leftOut = null;
        if (upload == null || upload.getSize() == 0) {
            clear();
            Messages.addGlobalError("csv.empty");
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            file = in.readNBytes(BeneficiaryImport.MAX_BYTES + 1);
        } catch (IOException e) {
            clear();
            Messages.addGlobalError("import.error.unreadable");
            return null;
        }
        fileName = baseName(upload.getSubmittedFileName());
        preview = imports.preview(fileName, file);
        page = 0;
        onlyProblems = false;
        if (!preview.fileProblems().isEmpty()) {
            file = null;
        }
        return null;
    }

    public String importAll() {
        return importFile(false);
    }

    public String importValidOnly() {
        return importFile(true);
    }

    private String importFile(boolean onlyValid) {
        if (file == null) {
            Messages.addGlobalError("import.error.noFile");
            return null;
        }
        try {
            ImportResult result = imports.importFile(fileName, file, onlyValid);
            issued.showAll(result.created()); // PINs in this response only, never in the view
            result.created().forEach(issuedPins::remember); // for the login cards printed next
            leftOut = result.leftOut();
            Messages.addGlobalInfo("import.done", result.created().size());
            clear();
        } catch (LearnerAccountException e) {
            Messages.addGlobalError(e.messageKey(), ImportPreview.MAX_ACCOUNTS);
            preview = imports.preview(fileName, file); // what is true now, e.g. after another import
        }
        return null;
    }

    /** Starts again with another file. */
    public String restart() {
        clear();
        leftOut = null;
        return "/trainer/import.xhtml?faces-redirect=true";
    }

    private void clear() {
        file = null;
        preview = null;
        page = 0;
    }

    /** The lines of the current page (all lines, or those with a problem). */
    public List<ImportRow> getPageRows() {
        List<ImportRow> rows = filtered();
        int from = Math.min(page * PAGE_SIZE, rows.size());
        return rows.subList(from, Math.min(from + PAGE_SIZE, rows.size()));
    }

    private List<ImportRow> filtered() {
        if (preview == null) {
            return List.of();
        }
        return onlyProblems ? preview.rows().stream().filter(r -> !r.valid()).toList() : preview.rows();
    }

    public int getPageCount() {
        return Math.max(1, (filtered().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String nextPage() {
        page = Math.min(page + 1, getPageCount() - 1);
        return null;
    }

    public String previousPage() {
        page = Math.max(page - 1, 0);
        return null;
    }

    public String applyFilter() {
        page = 0;
        return null;
    }

    /** A problem in the user's language, with the column it is in. */
    public String message(CsvProblem problem) {
        String text = MessageFormat.format(Faces.getBundleString(problem.key()), problem.params().toArray());
        return problem.column() == null ? text
                : MessageFormat.format(Faces.getBundleString("import.inColumn"), problem.column(), text);
    }

    /** The separator found, in words. */
    public String getSeparatorName() {
        return preview == null ? "" : Faces.getBundleString(switch (preview.separator()) {
            case ',' -> "import.separator.comma";
            case '\t' -> "import.separator.tab";
            default -> "import.separator.semicolon";
        });
    }

    private static String baseName(String submitted) {
        if (submitted == null) {
            return "";
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        return name.length() > 150 ? name.substring(0, 150) : name;
    }

    public int getMaxAccounts() {
        return ImportPreview.MAX_ACCOUNTS;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public Integer getLeftOut() {
        return leftOut;
    }

    public boolean isOnlyProblems() {
        return onlyProblems;
    }

    public void setOnlyProblems(boolean onlyProblems) {
        this.onlyProblems = onlyProblems;
    }

    public int getPage() {
        return page;
    }

    public String getFileName() {
        return fileName;
    }
}
