package io.storeops.platform.tables;

import io.storeops.platform.ImportMessage;
import io.storeops.platform.TableFormatException;
import io.storeops.shared.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Streams the first sheet of an xlsx file with POI's SAX event API, so memory stays flat for large files. Numbers come
 * out as plain decimals whatever their display format (a barcode never turns into {@code 6.90123E+12}); cells with a
 * date format as {@code yyyy-MM-dd HH:mm:ss}, or {@code yyyy-MM-dd} when the time is midnight
 * ({@code HH:mm:ss} for a time of day alone). A formula cell is refused ({@link TableFormatException} with its row).
 */
public final class XlsxRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private XlsxRows() {}

    public static void read(byte[] content, RowSink sink) throws IOException {
        OPCPackage pkg = open(content);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (sheets.hasNext()) {
                parse(sheets.next(), reader, new ReadOnlySharedStringsTable(pkg), sink);
            }
        } catch (TableFormatException e) {
            throw e;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            pkg.revert();
        }
    }

    private static OPCPackage open(byte[] content) throws IOException {
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void parse(InputStream sheet, XSSFReader reader, ReadOnlySharedStringsTable strings, RowSink sink)
            throws IOException, SAXException, ParserConfigurationException, InvalidFormatException {
        var handler =
                new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(sink), new PlainValues(), false);
        try (sheet) {
            XMLReader parser = new NoFormulas(XMLHelper.newXMLReader());
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (Stop stop) {
            // the sink has seen enough rows
        } catch (SAXException e) {
            if (e.getException() instanceof TableFormatException refused) {
                throw refused;
            }
            if (!(e.getException() instanceof Stop)) {
                throw e;
            }
        }
    }

    /** Collects the cells of each row by column index and hands complete rows to the sink. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int next;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            next = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            next = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (!sink.accept(rowNum + 1, List.copyOf(cells))) {
                throw new Stop();
            }
        }
    }

    /** Formats numeric cells as their plain decimal value, or as a date when their format is a date format. */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (formatString != null
                    && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                if (value < 1) {
                    return time.toLocalTime().format(TIME);
                }
                return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.format(DATE) : time.format(DATE_TIME);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * Refuses the first formula cell (a cell with an {@code <f>} element) with its reference: a formula's value is
     * whatever Excel last computed, which the user may never have seen, so only values are accepted.
     */
    private static final class NoFormulas extends XMLFilterImpl {

        private String cell;

        NoFormulas(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            if (name.equals("c")) {
                cell = attributes.getValue("r");
            } else if (name.equals("f")) {
                throw refused(cell);
            }
            super.startElement(uri, localName, qName, attributes);
        }

        private static TableFormatException refused(String reference) {
            if (reference == null) {
                return new TableFormatException(0, Message.of(ImportMessage.IMPORT_FORMULA));
            }
            int row = new CellReference(reference).getRow() + 1;
            return new TableFormatException(
                    row, Message.of(ImportMessage.IMPORT_FORMULA_CELL, "row", row, "cell", reference));
        }
    }

    /** Thrown through the parser to stop reading early. */
    private static final class Stop extends RuntimeException {

        Stop() {
            super(null, null, false, false);
        }
    }
}
