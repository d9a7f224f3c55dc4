/**
 * Header examples: each input is the top of a report (title line first).
 * `run` yields the one Header of the input.
 */
import type { Corpus } from '../corpus.js';
import type { Header } from '../../pipeline/types.js';
import { extractHeader } from './header.js';

export const corpus: Corpus<Header> = {
  name: 'header',
  run: (input) => [extractHeader(input)],
  examples: [
    // labelled date and source on one line, fields glued together
    ['市总工会开展夏送清凉活动\n\n时间:2022-07-12 09:20:11来源:兰州日报编辑:王芳点击:', { title: '市总工会开展夏送清凉活动', publishedAt: '2022-07-12', source: '兰州日报' }],
    // outlet then date, no labels
    ['区总工会慰问环卫工人\n\n天津工人报 2023-01-09 07:30 大字\n\n近日,区总工会...', { publishedAt: '2023-01-09', source: '天津工人报' }],
    ['省总工会下拨专项资金\n新华日报 2021-08-02\n本报讯 8月1日,省总工会...', { publishedAt: '2021-08-02', source: '新华日报' }],
    ['职工书屋开放\n工人日报 2023年01月18日 第03版', { publishedAt: '2023-01-18', source: '工人日报' }],
    ['职工书屋开放\n分享到: 微信 微博\n2023-01-12 09:30 | 人民网', { publishedAt: '2023-01-12', source: '人民网' }],
    ['职工书屋开放\n2023年1月18日 星期三\n来源:四川工人日报', { publishedAt: '2023-01-18', source: '四川工人日报' }],
    ['职工书屋开放\n2022-03-04T10:00:00+08:00', { publishedAt: '2022-03-04', source: null }],
    ['职工书屋开放\n发布时间:2022-03-04 浏览 1286', { publishedAt: '2022-03-04', source: null }],
    // source and date on separate labelled lines
    ['矿区工会送清凉\n\n来源:山西焦煤集团\n发布时间:2021-06-30 16:05:00\n【字体:', { publishedAt: '2021-06-30', source: '山西焦煤集团' }],
    // date first, then labelled source and an empty author field
    ['工会干部下沉社区\n\n2022-04-18 11:20:33 来源:劳动报 作者: 点击数:', { publishedAt: '2022-04-18', source: '劳动报' }],
    // Chinese-style date with time
    ['工会驿站建设提速\n2022年3月5日 09:30 来源:南方工报', { publishedAt: '2022-03-05', source: '南方工报' }],
    // slash date with its own label, source in brackets
    ['职工书屋开放\n发布日期:2021/07/25 【来源:北京市总工会网站】', { publishedAt: '2021-07-25', source: '北京市总工会网站' }],
    ['职工疗休养\n【来源:中工网】【发布时间:2020.11.04】', { publishedAt: '2020-11-04', source: '中工网' }],
    ['职工医疗互助\n信息来源:浙江工人日报\n发布时间:2023-02-14 15:12', { publishedAt: '2023-02-14', source: '浙江工人日报' }],
    // placeholders name no outlet
    ['工会送温暖\n2022-01-20 10:00:00 来源:网络 作者:佚名', { publishedAt: '2022-01-20', source: null }],
    ['工会送温暖\n来源:本站 发布时间:2022-01-20', { publishedAt: '2022-01-20', source: null }],
    ['工会送温暖\n来源:互联网\n2022-01-20', { publishedAt: '2022-01-20', source: null }],
    ['工会送温暖\n作者:未知 来源:未知 时间:2019-12-01', { source: null, publishedAt: '2019-12-01' }],
    // Taiwan header with a Minguo date
    ['劳工局发放年终慰问金\n发布日期:113-01-05 来源:高雄市政府劳工局', { publishedAt: '2024-01-05', source: '高雄市政府劳工局' }],
    ['总工会年终慰问\n发布日期:民国112年12月28日', { publishedAt: '2023-12-28' }],
    // the header ends at the first prose line: a date in the body is never the publication date
    ['市总工会召开会议\n\n2021年5月10日,市总工会召开全委会议,部署下半年工作。', { publishedAt: null, source: null }],
    ['市总工会召开会议\n本报讯 5月10日,市总工会召开全委会议。\n来源:工人日报 2021-05-11', { publishedAt: null }],
    ['职工书屋开放\n发布于2023-01-12', { publishedAt: '2023-01-12', source: null }],
    ['市总工会召开会议\n2023年2月1日起施行的新规定', { publishedAt: null }, 'a body line starting with a date'],
    // a dateline without a year is not a publication date
    ['市总工会召开会议\n本报北京5月15日电\n来源:工人日报', { publishedAt: null, source: '工人日报' }],
    ['市总工会召开会议\n5月15日', { publishedAt: null, source: null }],
    // invalid or implausible printed dates
    ['市总工会召开会议\n发布时间:2021-02-30', { publishedAt: null }],
    ['市总工会召开会议\n点击:172662768690099', { publishedAt: null }],
    // no header at all: the title is the first non-empty line
    ['\n\n同心抗疫 工会在行动\n\n朝阳区总工会机关干部闻令而动', { title: '同心抗疫 工会在行动', publishedAt: null, source: null }],
    ['', { title: null, publishedAt: null, source: null, bodyStart: 0, headerSpans: [] }],
  ],
};
