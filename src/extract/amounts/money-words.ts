/**
 * Word lists the amount rules share: what names money, what names goods, and the
 * verbs by which a union raises, gives or spends. Kept together so that a reader
 * who wonders why a sum was kept or dropped finds the vocabulary in one file.
 */

/** Nouns of money: a sum that is or includes one of these is cash (`慰问金`, `资金`, `善款`, `费用`). 金秋 (a campaign name) is not money. */
export const MONEY_NOUN =
  /资金|经费|基金|善款|捐款|款项|款物|现金|红包|费用|补贴|津贴|奖金|补助|保费|筹资|捐资|出资|注资|金(?!秋|牌|奖|融|属|色|饰|条|银)|款(?!式|待)/;

/** Nouns of goods: a stated value of these is in kind (`价值X元的慰问物资`, `1.85万元水果`). */
export const GOODS_NOUN =
  /物资|物品|慰问品|用品|食品|年货|礼包|礼盒|福袋|温暖包|暖心包|大礼包|米面油|粮油|大米|食用油|面粉|水果|蔬菜|口罩|消毒|防护服|药品|药物|常用药|衣物|棉衣|棉被|被褥|棉大衣|手套|保温杯|毛毯|书包|文具|图书|书籍|教材|电脑|冰柜|冰箱|微波炉|空调|电暖器|洗衣机|设施|设备|器材|发电机|帐篷|矿泉水|方便面|饮料|月饼|水饺|汤圆|头盔|雨衣|生活必需品|慰问包|爱心包/;

/** `价值`, `折合`: what follows is the money value of something else. */
export const VALUE_OF = /(?:总价值|价值|折合|折价|货值)(?:共计|总计|合计|约|近|达|超过|逾|为)?(?:人民币|港币|新台币|澳门元)?$/;
/** The longest text VALUE_OF matches (总价值, 超过, 新台币): it is tested on the clause's last characters only (same answer, no scan of the clause). */
export const VALUE_OF_MAX = 8;

/**
 * Verbs of raising, giving or spending (SPEC: "raise, allocate, donate, hand out or spend").
 * A sum after one of these in its clause is a union's act even when the clause also names
 * wages, prices or expenses.
 */
export const GIVING_VERB =
  /发放|发出|发|捐|拨|筹|募|慰问|资助|救助|补助|帮扶|送|支出|支付|投入|划拨|奖励|补贴|援助|赠|给予|给付|安排|设立|拿出|出资|配套|赔付|代缴|报销|贴息|购买|购置|采购|提供|落实|争取|注资|垫付|兑现|追加|支持|用于|下达|兑付|领到|获得|受惠|惠及|派发|派/;
