package io.storeops.catalog;

/**
 * How a marketplace measures a title. Taobao/Tmall count in bytes of the old GBK encoding: a Chinese (or other
 * full-width) character takes 2 units, an ASCII letter, digit or space 1. JD and Douyin count characters.
 */
public enum TitleCounting {
    CJK_DOUBLE {
        @Override
        public int count(String text) {
            return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
        }
    },
    CHARACTERS {
        @Override
        public int count(String text) {
            return (int) text.codePoints().count();
        }
    };

    public abstract int count(String text);

    /** CJK ideographs, kana, hangul, full-width forms, CJK punctuation and emoji are wide. */
    static boolean isWide(int codePoint) {
        return codePoint >= 0x1100
                && (codePoint <= 0x115F
                        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                        || codePoint >= 0x1F300);
    }
}
