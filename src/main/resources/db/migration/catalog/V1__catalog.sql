create table categories (
    id                  bigserial primary key,
    code                varchar(64)  not null unique,
    name_zh             varchar(100) not null,
    name_en             varchar(100) not null,
    parent_id           bigint references categories (id),
    required_attributes text[]       not null default '{}',
    position            int          not null default 0
);

create table brands (
    id   bigserial primary key,
    name varchar(100) not null unique
);

create table products (
    id               bigserial primary key,
    spu_code         varchar(64)  not null unique,
    title            varchar(200) not null,
    category_id      bigint       not null references categories (id),
    brand_id         bigint references brands (id),
    description_html text         not null default '',
    images           text[]       not null default '{}',
    attributes       jsonb        not null default '{}',
    version          int          not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);

create index products_category on products (category_id);
create index products_updated on products (updated_at desc, id desc);

create table skus (
    id         bigserial primary key,
    product_id bigint        not null references products (id) on delete cascade,
    sku_code   varchar(64)   not null unique,
    barcode    varchar(32)   not null unique,
    attributes jsonb         not null default '{}',
    cost       numeric(12, 2) not null check (cost >= 0),
    list_price numeric(12, 2) not null check (list_price >= 0),
    position   int           not null default 0
);

create index skus_product on skus (product_id, position);

create table channels (
    code               varchar(32)  primary key,
    name               varchar(100) not null,
    enabled            boolean      not null default true,
    title_counting     varchar(16)  not null,
    max_title_units    int          not null,
    min_title_units    int          not null default 0,
    min_images         int          not null,
    min_margin_percent numeric(6, 2) not null,
    require_detail     boolean      not null default true,
    forbidden_words    text[]       not null default '{}',
    position           int          not null default 0
);

create table listings (
    id           bigserial primary key,
    product_id   bigint        not null references products (id) on delete cascade,
    channel_code varchar(32)   not null references channels (code),
    title        varchar(200)  not null,
    price        numeric(12, 2),
    images       text[]        not null default '{}',
    status       varchar(16)   not null,
    score        int           not null default 0,
    blocking     int           not null default 0,
    violations   jsonb         not null default '[]',
    version      int           not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    unique (product_id, channel_code)
);

create index listings_channel on listings (channel_code, status);

-- The four channels a merchant starts with. Title limits as the platforms count them: Tmall/Taobao 60 units with a
-- Chinese character counting 2; JD 45 characters; Douyin 30 characters; own shop 100 characters.
insert into channels (code, name, title_counting, max_title_units, min_title_units, min_images, min_margin_percent,
                      require_detail, forbidden_words, position)
values ('TMALL', '天猫', 'CJK_DOUBLE', 60, 20, 5, 15.00, true, '{}', 1),
       ('JD', '京东', 'CHARACTERS', 45, 10, 4, 12.00, true, '{}', 2),
       ('DOUYIN', '抖音小店', 'CHARACTERS', 30, 8, 3, 10.00, true, '{}', 3),
       ('WEBSHOP', '官网商城', 'CHARACTERS', 100, 0, 1, 5.00, false, '{}', 4);

-- Absolute terms banned in advertising by China's Advertising Law (广告法 第九条) as the marketplaces enforce them.
update channels set forbidden_words = array[
    '最', '第一', '唯一', '首个', '首选', '顶级', '顶尖', '极品', '极致', '绝对', '国家级', '世界级', '最高级',
    '全网最低', '全网第一', '销量第一', '史上最', '万能', '100%', '独家', '王牌', '领袖品牌', '首家', '终极',
    '无敌', '巅峰', '完美', '永久', '零风险', '特供', '专供', '驰名商标', '国家免检', '祖传', '秒杀全网'];
