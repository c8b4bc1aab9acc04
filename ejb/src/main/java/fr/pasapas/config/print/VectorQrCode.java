package fr.pasapas.config.print;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as PDF vector rectangles, pure black: sharp at any zoom or print size, and readable from a black and
 * white printout. Runs of dark modules on a row are one rectangle each. The quiet zone is not drawn: callers
 * keep {@link #quietZone} of blank page around the code.
 */
public final class VectorQrCode {

    /** Modules of blank page a reader needs around the code. */
    public static final int QUIET_MODULES = 4;

    private final BitMatrix matrix;

    private VectorQrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    /**
     * The code of {@code content}, error correction level M (a printout may be creased or smudged).
     *
     * @throws IllegalArgumentException when the content is too long for a QR code
     */
    public static VectorQrCode of(String content) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0); // the quiet zone is the white page around it
        try {
            // width/height 0: one matrix cell per QR module, scaled when drawn
            return new VectorQrCode(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + content, e);
        }
    }

    /** Modules on a side. */
    public int modules() {
        return matrix.getWidth();
    }

    /** The blank margin, in points, that a code drawn {@code size} points wide needs on each side. */
    public float quietZone(float size) {
        return QUIET_MODULES * size / modules();
    }

    /** Fills the code in black in the square of side {@code size} whose lower left corner is (left, bottom). */
    public void draw(PDPageContentStream cs, float left, float bottom, float size) throws IOException {
        int n = modules();
        float module = size / n;
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                cs.addRect(left + start * module, bottom + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
    }
}
