package io.storeops.marketplace.internal;

import io.storeops.marketplace.MarketplaceOrder;
import java.util.List;
import java.util.Random;

/**
 * Made-up but realistic Chinese buyers: names, marketplace nicknames, mobile numbers, addresses in real provinces,
 * cities and districts, and the odd message to the seller. Draws only from the {@link Random} it is given, so a seeded
 * random gives the same buyers again.
 */
final class BuyerFaker {

    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑",
            "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜",
            "叶", "程", "魏", "苏", "吕", "丁", "任", "沈", "姚", "卢", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖", "石", "金", "贾",
            "夏", "方", "邹", "熊", "白", "孟", "秦", "侯", "江", "薛", "雷", "龙", "陶", "贺", "顾", "龚", "欧阳", "上官", "司马");

    private static final List<String> GIVEN_NAMES = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "秀英",
            "桂英", "晓东", "子涵", "欣怡", "浩然", "梓轩", "雨桐", "一诺", "思远", "佳怡", "宇航", "俊杰", "晨曦", "婷婷", "文博", "嘉怡", "欣妍", "志强",
            "建华", "海燕", "玉兰", "丹丹", "建国", "春梅", "晓燕", "亚楠", "慧敏", "天佑", "诗涵", "若曦", "家豪", "雅琪", "博文", "子墨", "梦琪", "振华",
            "立新", "红梅", "凤英");

    private static final List<String> NICKS = List.of(
            "小猫爱吃鱼", "奶茶续命", "追风少年", "快乐的小土豆", "暖暖的阳光", "今天也要加油鸭", "咸鱼翻身", "一只胖橘", "芒果布丁", "深夜食堂", "向日葵", "晴天娃娃",
            "风吹麦浪", "不吃香菜", "清风徐来", "柠檬不萌", "星河长明", "慢慢来", "小确幸", "月半弯", "吃货小分队", "南方姑娘", "北漂的老李", "宝妈日记", "程序猿阿杰",
            "夏天的风", "橘子汽水", "山川湖海", "安静的美男子", "爱笑的眼睛");

    private static final List<String> NICK_LETTERS = List.of("tb", "jd_", "t_", "dy", "user_", "m");

    private static final List<String> PHONE_PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "156", "157", "158", "159", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189");

    /** Province, then its cities, each followed by real districts of that city. */
    private static final List<Province> PROVINCES = List.of(
            new Province(
                    "广东省",
                    List.of(
                            new City("广州市", List.of("天河区", "越秀区", "海珠区", "番禺区", "白云区")),
                            new City("深圳市", List.of("南山区", "福田区", "宝安区", "龙岗区", "罗湖区")),
                            new City("佛山市", List.of("禅城区", "南海区", "顺德区")))),
            new Province(
                    "浙江省",
                    List.of(
                            new City("杭州市", List.of("西湖区", "拱墅区", "余杭区", "滨江区", "上城区")),
                            new City("宁波市", List.of("鄞州区", "海曙区", "江北区")),
                            new City("温州市", List.of("鹿城区", "瓯海区", "龙湾区")))),
            new Province(
                    "江苏省",
                    List.of(
                            new City("南京市", List.of("鼓楼区", "玄武区", "建邺区", "江宁区")),
                            new City("苏州市", List.of("姑苏区", "吴中区", "相城区", "虎丘区")),
                            new City("无锡市", List.of("梁溪区", "滨湖区", "新吴区")))),
            new Province("北京市", List.of(new City("北京市", List.of("朝阳区", "海淀区", "东城区", "西城区", "丰台区")))),
            new Province("上海市", List.of(new City("上海市", List.of("浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区")))),
            new Province("天津市", List.of(new City("天津市", List.of("和平区", "南开区", "河西区", "滨海新区")))),
            new Province("重庆市", List.of(new City("重庆市", List.of("渝中区", "江北区", "南岸区", "沙坪坝区", "渝北区")))),
            new Province(
                    "四川省",
                    List.of(
                            new City("成都市", List.of("武侯区", "锦江区", "青羊区", "成华区", "金牛区")),
                            new City("绵阳市", List.of("涪城区", "游仙区")))),
            new Province(
                    "湖北省",
                    List.of(
                            new City("武汉市", List.of("武昌区", "洪山区", "江汉区", "江岸区")),
                            new City("宜昌市", List.of("西陵区", "伍家岗区")))),
            new Province(
                    "山东省",
                    List.of(
                            new City("济南市", List.of("历下区", "市中区", "槐荫区")),
                            new City("青岛市", List.of("市南区", "市北区", "崂山区", "黄岛区")))),
            new Province(
                    "河南省",
                    List.of(
                            new City("郑州市", List.of("金水区", "中原区", "二七区", "管城回族区")),
                            new City("洛阳市", List.of("西工区", "洛龙区", "涧西区")))),
            new Province(
                    "福建省",
                    List.of(
                            new City("福州市", List.of("鼓楼区", "台江区", "仓山区")),
                            new City("厦门市", List.of("思明区", "湖里区", "集美区")))),
            new Province(
                    "湖南省",
                    List.of(
                            new City("长沙市", List.of("岳麓区", "芙蓉区", "天心区", "雨花区", "开福区")),
                            new City("株洲市", List.of("天元区", "芦淞区")))),
            new Province("陕西省", List.of(new City("西安市", List.of("雁塔区", "碑林区", "未央区", "莲湖区")))),
            new Province(
                    "辽宁省",
                    List.of(
                            new City("沈阳市", List.of("和平区", "沈河区", "浑南区")),
                            new City("大连市", List.of("中山区", "沙河口区", "甘井子区")))),
            new Province(
                    "安徽省",
                    List.of(
                            new City("合肥市", List.of("蜀山区", "包河区", "庐阳区", "瑶海区")),
                            new City("芜湖市", List.of("镜湖区", "鸠江区")))),
            new Province("云南省", List.of(new City("昆明市", List.of("五华区", "盘龙区", "官渡区", "西山区")))));

    private static final List<String> ROADS = List.of(
            "人民路", "中山路", "解放路", "建设路", "和平路", "新华路", "文化路", "滨江路", "长江路", "黄河路", "学府路", "科技路", "东风路", "朝阳路", "幸福路",
            "青年路", "光明路", "迎宾大道", "创业路", "锦绣路");

    private static final List<String> COMPOUNDS =
            List.of("阳光花园", "碧桂园", "万科城", "金地名苑", "翠湖小区", "幸福里", "绿城桂花苑", "保利香槟国际", "华润二十四城", "龙湖春江郦城", "恒大名都", "世纪新城");

    private static final List<String> MESSAGES = List.of(
            "请尽快发货，谢谢！",
            "不要放快递柜，直接送到家",
            "是送人的礼物，请不要放价格单",
            "麻烦包装结实一点，上次收到的盒子压坏了",
            "工作日白天不在家，请放驿站",
            "发顺丰可以吗？差价我补",
            "颜色要和图片上一样的",
            "发货前请帮忙检查一下有没有瑕疵",
            "送货前请先打电话",
            "能帮忙写张贺卡吗：生日快乐！");

    private BuyerFaker() {}

    static MarketplaceOrder.Buyer buyer(Random random) {
        String name = pick(random, SURNAMES) + pick(random, GIVEN_NAMES);
        String nick = switch (random.nextInt(3)) {
            case 0 -> pick(random, NICKS);
            case 1 -> pick(random, NICKS) + (1980 + random.nextInt(46));
            default -> pick(random, NICK_LETTERS) + digits(random, 8 + random.nextInt(3));
        };
        return new MarketplaceOrder.Buyer(nick, name, pick(random, PHONE_PREFIXES) + digits(random, 8));
    }

    /** An address; {@code complete} false leaves the district or the street detail blank, as careless buyers do. */
    static MarketplaceOrder.Address address(Random random, boolean complete) {
        var province = pick(random, PROVINCES);
        var city = pick(random, province.cities());
        String district = pick(random, city.districts());
        String detail = switch (random.nextInt(3)) {
            case 0 ->
                pick(random, ROADS) + (1 + random.nextInt(999)) + "号" + (1 + random.nextInt(30)) + "栋" + room(random);
            case 1 ->
                pick(random, COMPOUNDS) + (1 + random.nextInt(20)) + "栋" + (1 + random.nextInt(4)) + "单元"
                        + room(random);
            default ->
                pick(random, ROADS) + (1 + random.nextInt(500)) + "号" + pick(random, COMPOUNDS)
                        + (1 + random.nextInt(12))
                        + "号楼" + room(random);
        };
        if (!complete) {
            if (random.nextBoolean()) {
                district = "";
            } else {
                detail = "";
            }
        }
        return new MarketplaceOrder.Address(province.name(), city.name(), district, detail);
    }

    static String message(Random random) {
        return pick(random, MESSAGES);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String room(Random random) {
        return Integer.toString((1 + random.nextInt(32)) * 100 + 1 + random.nextInt(4));
    }

    private static String digits(Random random, int count) {
        var digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private record Province(String name, List<City> cities) {}

    private record City(String name, List<String> districts) {}
}
