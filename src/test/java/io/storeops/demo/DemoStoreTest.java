package io.storeops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoStoreTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsARealisticStoreAcrossFiveCategoriesAndFourChannels() {
        long products = jdbc.sql("select count(*) from catalog.products where spu_code !~ '^T-'")
                .query(Long.class)
                .single();
        long skus = jdbc.sql(
                        "select count(*) from catalog.skus s join catalog.products p on p.id = s.product_id where p.spu_code !~ '^T-'")
                .query(Long.class)
                .single();
        assertThat(products).isGreaterThanOrEqualTo(150);
        assertThat(skus).isGreaterThanOrEqualTo(500);

        var api = ApiClient.admin(port);
        List<String> top = new ArrayList<>();
        api.get("/api/v1/categories")
                .json()
                .forEach(c -> top.add(c.get("nameZh").asString()));
        assertThat(top).contains("家居用品", "数码配件", "服饰", "美妆个护", "食品");
        List<String> channels = new ArrayList<>();
        api.get("/api/v1/channels")
                .json()
                .forEach(c -> channels.add(c.get("code").asString()));
        assertThat(channels).contains("TMALL", "JD", "DOUYIN", "WEBSHOP");
        assertThat(api.get("/api/v1/channels/TMALL")
                        .json()
                        .get("rules")
                        .get("forbiddenWords")
                        .toString())
                .contains("最", "第一", "国家级", "全网最低", "100%");
    }

    @Test
    void someListingsCarryRealViolationsToFix() {
        var codes = jdbc.sql("select distinct v->>'code' from catalog.listings, jsonb_array_elements(violations) v")
                .query(String.class)
                .list();
        assertThat(codes)
                .contains(
                        "FORBIDDEN_WORD",
                        "TOO_FEW_IMAGES",
                        "MISSING_ATTRIBUTE",
                        "PRICE_BELOW_FLOOR",
                        "TITLE_TOO_LONG",
                        "DETAIL_MISSING");
        long listed = jdbc.sql("select count(*) from catalog.listings where status = 'LISTED'")
                .query(Long.class)
                .single();
        assertThat(listed).isGreaterThan(100);
        long listedButBlocked = jdbc.sql(
                        "select count(*) from catalog.listings where status in ('READY', 'LISTED') and blocking > 0 and product_id in (select id from catalog.products where spu_code !~ '^T-')")
                .query(Long.class)
                .single();
        assertThat(listedButBlocked).isZero();
    }

    @Test
    void isDeterministic() {
        String title = jdbc.sql("select title from catalog.products where spu_code = 'HOM-BED-001'")
                .query(String.class)
                .single();
        assertThat(title).isEqualTo("南山织造新疆长绒棉四件套 纯棉床单被套 简约北欧风 1.8m床品");
        var skus = jdbc.sql(
                        "select sku_code from catalog.skus s join catalog.products p on p.id = s.product_id where p.spu_code = 'HOM-BED-001' order by sku_code")
                .query(String.class)
                .list();
        assertThat(skus).containsExactly("HOM-BED-001-11", "HOM-BED-001-21");
    }
}
