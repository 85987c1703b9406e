package io.storeops.catalog.internal;

import io.storeops.catalog.ListingStatus;
import io.storeops.catalog.ProductDetails;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.ProductQuery;
import io.storeops.catalog.ProductSummary;
import io.storeops.catalog.SkuDraft;
import io.storeops.catalog.SkuPricing;
import io.storeops.catalog.SkuProfile;
import io.storeops.platform.Paging;
import io.storeops.platform.Where;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import io.storeops.shared.SortOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products and their SKUs; bulk writes go through JDBC batches. */
@Repository
public class ProductRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "updatedAt", "p.updated_at",
            "createdAt", "p.created_at",
            "title", "p.title",
            "spuCode", "p.spu_code",
            "minPrice", "min_price",
            "skuCount", "sku_count");

    private static final int BATCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonColumns json;

    ProductRepository(JdbcClient jdbc, JdbcTemplate batch, JsonColumns json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** A product to insert with its resolved brand id. */
    public record NewProduct(ProductDraft draft, Long brandId) {}

    /** Inserts the products and their SKUs in batches; returns the new ids in the given order. */
    public List<Long> insertAll(List<NewProduct> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval('catalog.products_id_seq') from generate_series(1, ?)")
                .param(products.size())
                .query(Long.class)
                .list();
        List<ProductRow> rows = new ArrayList<>();
        List<SkuRow> skus = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            rows.add(new ProductRow(ids.get(i), products.get(i)));
            skus.addAll(SkuRow.of(ids.get(i), products.get(i).draft().skus()));
        }
        batch.batchUpdate("""
                insert into catalog.products (id, spu_code, title, category_id, brand_id, description_html, images,
                    attributes)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""", rows, BATCH_SIZE, (ps, row) -> {
            ps.setLong(1, row.id());
            fillProduct(ps, 2, row.product());
        });
        insertSkus(skus);
        return ids;
    }

    /** Updates the product row if it still has the expected version; false when someone changed it meanwhile. */
    public boolean update(long id, int expectedVersion, NewProduct product) {
        return batch.update("""
                update catalog.products set spu_code = ?, title = ?, category_id = ?, brand_id = ?,
                    description_html = ?, images = ?, attributes = cast(? as jsonb), version = version + 1,
                    updated_at = now()
                where id = ? and version = ?""", ps -> {
                    fillProduct(ps, 1, product);
                    ps.setLong(8, id);
                    ps.setInt(9, expectedVersion);
                })
                == 1;
    }

    /** Makes the stored SKUs of a product equal the drafts: matched by SKU code, missing ones removed. */
    public void replaceSkus(long productId, List<SkuDraft> drafts) {
        List<String> keep = drafts.stream().map(SkuDraft::skuCode).toList();
        jdbc.sql("delete from catalog.skus where product_id = ? and not (sku_code = any(?))")
                .params(productId, keep.toArray(String[]::new))
                .update();
        // Barcodes move between SKUs of one product; clear them first so the unique index never trips mid-update.
        jdbc.sql("update catalog.skus set barcode = '~' || id where product_id = ?")
                .param(productId)
                .update();
        for (int position = 0; position < drafts.size(); position++) {
            SkuDraft sku = drafts.get(position);
            int updated = jdbc.sql("""
                            update catalog.skus set barcode = ?, attributes = cast(? as jsonb), cost = ?, list_price = ?,
                                position = ?
                            where product_id = ? and sku_code = ?""")
                    .params(
                            sku.barcode(),
                            json.write(sku.attributes()),
                            sku.cost().amount(),
                            sku.listPrice().amount(),
                            position,
                            productId,
                            sku.skuCode())
                    .update();
            if (updated == 0) {
                insertSkus(List.of(new SkuRow(productId, sku, position)));
            }
        }
    }

    public void delete(long id) {
        jdbc.sql("delete from catalog.products where id = ?").param(id).update();
    }

    public Optional<ProductDetails> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Products with their SKUs, in the order of the ids given. */
    public List<ProductDetails> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, List<ProductDetails.Sku>> skus = new HashMap<>();
        jdbc.sql("select * from catalog.skus where product_id = any(?) order by product_id, position, id")
                .param(idArray)
                .query(rs -> {
                    skus.computeIfAbsent(rs.getLong("product_id"), k -> new ArrayList<>())
                            .add(new ProductDetails.Sku(
                                    rs.getLong("id"),
                                    rs.getString("sku_code"),
                                    rs.getString("barcode"),
                                    json.stringMap(rs.getString("attributes")),
                                    Money.of(rs.getBigDecimal("cost")),
                                    Money.of(rs.getBigDecimal("list_price"))));
                });
        Map<Long, ProductDetails> products = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.*, c.name_zh as category_name, b.name as brand_name
                        from catalog.products p
                        join catalog.categories c on c.id = p.category_id
                        left join catalog.brands b on b.id = p.brand_id
                        where p.id = any(?)""").param(idArray).query(rs -> {
            long id = rs.getLong("id");
            products.put(
                    id,
                    new ProductDetails(
                            id,
                            rs.getString("spu_code"),
                            rs.getString("title"),
                            rs.getLong("category_id"),
                            rs.getString("category_name"),
                            rs.getString("brand_name"),
                            rs.getString("description_html"),
                            JsonColumns.strings(rs.getArray("images")),
                            json.stringMap(rs.getString("attributes")),
                            skus.getOrDefault(id, List.of()),
                            rs.getInt("version"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("updated_at").toInstant()));
        });
        return ids.stream().map(products::get).filter(p -> p != null).toList();
    }

    public PageResult<ProductSummary> search(ProductQuery query, List<Long> categoryIds, int page, int size) {
        Where where = where(query, categoryIds);
        PageResult<ProductSummary> rows = Paging.page(
                jdbc,
                "select count(*) from catalog.products p" + where,
                """
                select p.id, p.spu_code, p.title, p.category_id, c.name_zh as category_name, b.name as brand_name,
                    p.images[1] as main_image, p.updated_at, s.min_price, s.max_price, coalesce(s.sku_count, 0) as sku_count
                from catalog.products p
                join catalog.categories c on c.id = p.category_id
                left join catalog.brands b on b.id = p.brand_id
                left join lateral (
                    select min(list_price) as min_price, max(list_price) as max_price, count(*) as sku_count
                    from catalog.skus where product_id = p.id) s on true""" + where + " order by " + orderBy(query.sort()),
                where.params(),
                this::summary,
                page,
                size);
        return new PageResult<>(withBadges(rows.items()), rows.total(), page, size);
    }

    private static Where where(ProductQuery query, List<Long> categoryIds) {
        Where where = new Where();
        if (query.q() != null && !query.q().isBlank()) {
            String like = Where.containing(query.q().strip());
            where.and(
                    "(p.title ilike ? or p.spu_code ilike ? or exists (select 1 from catalog.skus s"
                            + " where s.product_id = p.id and (s.sku_code ilike ? or s.barcode = ?)))",
                    like,
                    like,
                    like,
                    query.q().strip());
        }
        if (categoryIds != null) {
            where.and("p.category_id = any(?)", (Object) categoryIds.toArray(Long[]::new));
        }
        String status =
                query.listingStatus() == null ? null : query.listingStatus().name();
        if (query.channel() != null && !query.channel().isBlank()) {
            if (status == null) {
                where.and(
                        "exists (select 1 from catalog.listings l where l.product_id = p.id and l.channel_code = ?)",
                        query.channel());
            } else {
                where.and(
                        "exists (select 1 from catalog.listings l where l.product_id = p.id and l.channel_code = ?"
                                + " and l.status = ?)",
                        query.channel(),
                        status);
            }
        } else if (status != null) {
            where.and("exists (select 1 from catalog.listings l where l.product_id = p.id and l.status = ?)", status);
        }
        return where;
    }

    /** The ids of every product matching the filters, in list order (for exports). */
    public List<Long> searchIds(ProductQuery query, List<Long> categoryIds, int limit) {
        return search(query, categoryIds, 0, limit).items().stream()
                .map(ProductSummary::id)
                .toList();
    }

    /** SKU codes and barcodes among those given that belong to products other than {@code productId}. */
    public Set<String> takenSkuCodes(Collection<String> codes, long productId) {
        return Set.copyOf(jdbc.sql("""
                        select s.sku_code from unnest(?::text[]) as c(code)
                        join catalog.skus s on s.sku_code = c.code where s.product_id <> ?""")
                .params(codes.toArray(String[]::new), productId)
                .query(String.class)
                .list());
    }

    public Set<String> takenBarcodes(Collection<String> barcodes, long productId) {
        return Set.copyOf(jdbc.sql("select barcode from catalog.skus where barcode = any(?) and product_id <> ?")
                .params(barcodes.toArray(String[]::new), productId)
                .query(String.class)
                .list());
    }

    public Set<String> takenSpuCodes(Collection<String> codes, long productId) {
        return Set.copyOf(jdbc.sql("select spu_code from catalog.products where spu_code = any(?) and id <> ?")
                .params(codes.toArray(String[]::new), productId)
                .query(String.class)
                .list());
    }

    /** Title, cost and category of each of the given SKU codes that exists, keyed by SKU code. */
    public Map<String, SkuProfile> skuProfiles(Collection<String> codes) {
        Map<String, SkuProfile> profiles = new HashMap<>();
        jdbc.sql("""
                        select s.sku_code, p.title, s.cost, c.code as category_code, c.name_zh as category_name
                        from catalog.skus s
                        join catalog.products p on p.id = s.product_id
                        join catalog.categories c on c.id = p.category_id
                        where s.sku_code = any(?)""").param(codes.toArray(String[]::new)).query(rs -> {
            profiles.put(
                    rs.getString("sku_code"),
                    new SkuProfile(
                            rs.getString("sku_code"),
                            rs.getString("title"),
                            new Money(rs.getBigDecimal("cost")),
                            rs.getString("category_code"),
                            rs.getString("category_name")));
        });
        return profiles;
    }

    public Map<String, SkuPricing> skuPricing(Collection<String> codes) {
        Map<String, SkuPricing> result = new HashMap<>();
        pricingRows("where s.sku_code = any(?)", codes.toArray(String[]::new)).forEach(p -> result.put(p.skuCode(), p));
        return result;
    }

    public List<SkuPricing> allSkuPricing() {
        return pricingRows("where cast(? as text) is null", (Object) null);
    }

    private List<SkuPricing> pricingRows(String where, Object param) {
        return jdbc.sql("""
                        with recursive path (id, start_id, code, depth) as (
                            select id, id, code, 0 from catalog.categories
                            union all
                            select c.id, path.start_id, c.code, path.depth + 1
                            from path join catalog.categories child on child.id = path.id
                            join catalog.categories c on c.id = child.parent_id)
                        select s.sku_code, p.title, s.list_price, s.cost, c.code as category_code,
                               c.name_zh as category_name,
                               (select array_agg(path.code order by path.depth) from path
                                where path.start_id = c.id) as category_path
                        from catalog.skus s
                        join catalog.products p on p.id = s.product_id
                        join catalog.categories c on c.id = p.category_id
                        """ + where + " order by s.sku_code")
                .param(param)
                .query((rs, n) -> new SkuPricing(
                        rs.getString("sku_code"),
                        rs.getString("title"),
                        new Money(rs.getBigDecimal("list_price")),
                        new Money(rs.getBigDecimal("cost")),
                        rs.getString("category_code"),
                        rs.getString("category_name"),
                        List.of((String[]) rs.getArray("category_path").getArray())))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from catalog.products")
                .query(Long.class)
                .single();
    }

    private List<ProductSummary> withBadges(List<ProductSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<ProductSummary.ListingBadge>> badges = new HashMap<>();
        jdbc.sql("""
                        select l.id, l.product_id, l.channel_code, l.status, l.score, l.blocking
                        from catalog.listings l join catalog.channels c on c.code = l.channel_code
                        where l.product_id = any(?) order by c.position""")
                .param(rows.stream().map(ProductSummary::id).toArray(Long[]::new))
                .query(rs -> {
                    badges.computeIfAbsent(rs.getLong("product_id"), k -> new ArrayList<>())
                            .add(new ProductSummary.ListingBadge(
                                    rs.getLong("id"),
                                    rs.getString("channel_code"),
                                    ListingStatus.valueOf(rs.getString("status")),
                                    rs.getInt("score"),
                                    rs.getInt("blocking")));
                });
        return rows.stream()
                .map(r -> new ProductSummary(
                        r.id(),
                        r.spuCode(),
                        r.title(),
                        r.categoryId(),
                        r.categoryName(),
                        r.brand(),
                        r.mainImage(),
                        r.minPrice(),
                        r.maxPrice(),
                        r.skuCount(),
                        r.updatedAt(),
                        badges.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private ProductSummary summary(ResultSet rs, int n) throws SQLException {
        var min = rs.getBigDecimal("min_price");
        var max = rs.getBigDecimal("max_price");
        return new ProductSummary(
                rs.getLong("id"),
                rs.getString("spu_code"),
                rs.getString("title"),
                rs.getLong("category_id"),
                rs.getString("category_name"),
                rs.getString("brand_name"),
                rs.getString("main_image"),
                min == null ? null : Money.of(min),
                max == null ? null : Money.of(max),
                rs.getInt("sku_count"),
                rs.getTimestamp("updated_at").toInstant(),
                List.of());
    }

    private void fillProduct(PreparedStatement ps, int first, NewProduct p) throws SQLException {
        ProductDraft d = p.draft();
        ps.setString(first, d.spuCode());
        ps.setString(first + 1, d.title().strip());
        ps.setLong(first + 2, d.categoryId());
        if (p.brandId() == null) {
            ps.setNull(first + 3, Types.BIGINT);
        } else {
            ps.setLong(first + 3, p.brandId());
        }
        ps.setString(first + 4, d.descriptionHtml());
        ps.setArray(
                first + 5, ps.getConnection().createArrayOf("text", d.images().toArray()));
        ps.setString(first + 6, json.write(d.attributes()));
    }

    private void insertSkus(List<SkuRow> rows) {
        batch.batchUpdate("""
                insert into catalog.skus (product_id, sku_code, barcode, attributes, cost, list_price, position)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?)""", rows, BATCH_SIZE, (ps, row) -> {
            ps.setLong(1, row.productId());
            ps.setString(2, row.sku().skuCode());
            ps.setString(3, row.sku().barcode());
            ps.setString(4, json.write(row.sku().attributes()));
            ps.setBigDecimal(5, row.sku().cost().amount());
            ps.setBigDecimal(6, row.sku().listPrice().amount());
            ps.setInt(7, row.position());
        });
    }

    /** A product to insert under the id drawn for it. */
    private record ProductRow(long id, NewProduct product) {}

    /** A SKU to insert: its product, its draft and its place among the product's SKUs. */
    private record SkuRow(long productId, SkuDraft sku, int position) {

        static List<SkuRow> of(long productId, List<SkuDraft> drafts) {
            List<SkuRow> rows = new ArrayList<>(drafts.size());
            for (int position = 0; position < drafts.size(); position++) {
                rows.add(new SkuRow(productId, drafts.get(position), position));
            }
            return rows;
        }
    }

    /** The order by clause for {@code field,asc|desc} (default: last updated first); 400 for any other sort. */
    static String orderBy(String sort) {
        SortOrder order = SortOrder.parse(sort, SORTABLE.keySet(), false).orElse(new SortOrder("updatedAt", false));
        String direction = order.direction();
        return SORTABLE.get(order.field()) + " " + direction + " nulls last, p.id " + direction;
    }
}
