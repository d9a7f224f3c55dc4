/** Hand-made records for writer tests: every field filled, validated by the schema. */
import { Writable } from 'node:stream';
import { RecordSchema, type ExtractRecord } from '../../src/schema/record.js';
import type { Sink } from '../../src/output/sink.js';

export function sampleRecord(over: Partial<ExtractRecord> = {}): ExtractRecord {
  const sentence = '据统计,兰州市总工会共筹集资金20余万元,其中向困难职工发放慰问金每人2000元。';
  return RecordSchema.parse({
    file: 'reports/a,b "quoted".txt',
    title: '兰州市总工会:送温暖',
    publishedAt: '2021-01-20',
    source: '兰州日报',
    script: 'simplified',
    encoding: 'utf-8',
    unions: [{ name: '兰州市总工会', aliases: ['市总工会', '兰州市总'], mentions: 3, start: 4 }],
    amounts: [
      { text: '20余万元', value: 200000, valueMax: null, approx: 'more_than', currency: 'CNY', kind: 'cash', per: null, isTotal: true, union: '兰州市总工会', date: null, start: 17, end: 23, sentence },
      { text: '2000元', value: 2000, valueMax: null, approx: 'exact', currency: 'CNY', kind: 'cash', per: 'person', isTotal: false, union: '兰州市总工会', date: '2021-01-18', start: 40, end: 45, sentence },
      { text: '0.1万元', value: 1000.1, valueMax: null, approx: 'exact', currency: 'CNY', kind: 'in_kind', per: null, isTotal: false, union: null, date: null, start: 50, end: 55, sentence: '-x' },
      { text: '1200港元', value: 1200, valueMax: 1500, approx: 'about', currency: 'HKD', kind: 'cash', per: null, isTotal: false, union: null, date: null, start: 60, end: 66, sentence: '=1+2' },
      { text: '50美元', value: 50, valueMax: null, approx: 'exact', currency: 'USD', kind: 'cash', per: null, isTotal: false, union: null, date: null, start: 70, end: 74, sentence: '@cmd' },
      { text: '300港元', value: 300, valueMax: null, approx: 'exact', currency: 'HKD', kind: 'cash', per: null, isTotal: false, union: null, date: null, start: 80, end: 85, sentence: '\tx' },
    ],
    volunteers: [
      { text: '招募志愿者100余人', count: 100, approx: 'more_than', role: '志愿者', union: '兰州市总工会', date: null, start: 90, end: 100, sentence: '市总工会招募志愿者100余人,"逆行"而上。\n第二行' },
      { text: '12人组成的志愿服务队', count: 12, approx: 'exact', role: '志愿服务队', union: null, date: null, start: 110, end: 121, sentence: '+由12人组成的志愿服务队' },
    ],
    dates: [
      { text: '1月18日', value: '2021-01-18', precision: 'day', start: 30, end: 35 },
      { text: '3月5日', value: '--03-05', precision: 'day', start: 130, end: 134 },
      { text: '2020年12月', value: '2020-12', precision: 'month', start: 140, end: 148 },
    ],
    warnings: ['3 invalid UTF-8 byte sequence(s) replaced', 'second'],
    ...over,
  });
}

/** A sink that keeps what is written, in memory. */
export function memorySink(): Sink & { text(): string; bytes(): Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  return {
    stream,
    closed: false,
    write: async (c) => {
      chunks.push(Buffer.from(c));
    },
    finish: async () => {
      if (!stream.writableEnded) stream.end();
    },
    abort: () => undefined,
    text: () => Buffer.concat(chunks).toString('utf8'),
    bytes: () => Buffer.concat(chunks),
  };
}
