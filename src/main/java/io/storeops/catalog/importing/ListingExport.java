package io.storeops.catalog.importing;

import io.storeops.catalog.ListingQuery;
import io.storeops.catalog.ListingView;
import io.storeops.catalog.Listings;
import io.storeops.catalog.Violation;
import io.storeops.catalog.importing.XlsxWorkbook.Kind;
import io.storeops.catalog.importing.XlsxWorkbook.SheetColumn;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exports the filtered listing list, one row per listing, with its score and violations, in the list's sort order. At
 * most {@value #MAX_LISTINGS} listings per file.
 */
@Component
class ListingExport {

    static final int MAX_LISTINGS = 50_000;
    static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("渠道 channel", 10, Kind.TEXT),
            new SheetColumn("SPU编码 spu_code", 18, Kind.TEXT),
            new SheetColumn("商品标题 product_title", 36, Kind.TEXT),
            new SheetColumn("铺货标题 listing_title", 36, Kind.TEXT),
            new SheetColumn("状态 status", 10, Kind.TEXT),
            new SheetColumn("售价 price", 10, Kind.AMOUNT),
            new SheetColumn("完整度 score", 10, Kind.COUNT),
            new SheetColumn("阻断违规 blocking", 12, Kind.COUNT),
            new SheetColumn("违规 violations", 60, Kind.TEXT));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Listings listings;
    private final Clock clock;
    private final ZoneId zone;

    ListingExport(Listings listings, Clock clock, @Value("${storeops.platform.zone:Asia/Shanghai}") ZoneId zone) {
        this.listings = listings;
        this.clock = clock;
        this.zone = zone;
    }

    DownloadFile export(ListingQuery query, FileFormat format) {
        if (listings.search(query, 0, 1).total() > MAX_LISTINGS) {
            throw new FieldErrorException(
                    "q", Message.of(ImportingMessage.EXPORT_TOO_MANY_LISTINGS, "max", MAX_LISTINGS));
        }
        List<List<String>> rows = listings.findAll(query, MAX_LISTINGS).stream()
                .map(ListingExport::row)
                .toList();
        String name = "listings-" + STAMP.format(clock.instant().atZone(zone)) + "." + format.extension();
        if (format == FileFormat.CSV) {
            return new DownloadFile(
                    name,
                    format,
                    TableFiles.csv(COLUMNS.stream().map(SheetColumn::header).toList(), rows));
        }
        try (var workbook = new XlsxWorkbook()) {
            return new DownloadFile(
                    name, format, workbook.sheet("铺货 Listings", COLUMNS, rows).toBytes());
        }
    }

    private static List<String> row(ListingView listing) {
        return List.of(
                listing.channel(),
                listing.spuCode(),
                listing.productTitle(),
                listing.title(),
                listing.status().name(),
                listing.price() == null ? "" : listing.price().amount().toPlainString(),
                String.valueOf(listing.score()),
                String.valueOf(listing.violations().stream()
                        .filter(Violation::isBlocking)
                        .count()),
                listing.violations().stream()
                        .map(v -> v.code() + "：" + MessageTexts.loaded().text(v.message(), Locale.SIMPLIFIED_CHINESE))
                        .collect(Collectors.joining("；")));
    }
}
