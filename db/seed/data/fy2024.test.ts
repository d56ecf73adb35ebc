import { describe, expect, it } from 'vitest';
import type { SeedIndicator, SeedSection } from '../types';
import { committeeMembers, fy2024FinancialLines, fy2024OpinionGroups, fy2024Sections, organisationName, reportTitle } from './fy2024';
import { ratioTenths } from '@/lib/domain/ratio';
import { fy2025AnnualGuess, fy2025MonthlyActuals, fy2025MonthsEntered, fy2025Plan } from './fy2025';

// ------------------------------------------------------------------ helpers

function walk(sections: SeedSection[], parent: SeedSection | null = null): Array<{ s: SeedSection; parent: SeedSection | null }> {
  return sections.flatMap((s) => [{ s, parent }, ...walk(s.children ?? [], s)]);
}
const all = walk(fy2024Sections);
const sections = all.map((x) => x.s);
const byKey = new Map(sections.map((s) => [s.key, s]));
const indicators: Array<SeedIndicator & { sectionKey: string }> = sections.flatMap((s) =>
  (s.indicators ?? []).map((i) => ({ ...i, sectionKey: s.key })),
);
const byCode = new Map(indicators.map((i) => [i.code, i]));

/** The roster as the report prints it in place of {{committee}}. */
const roster = '委員：' + committeeMembers.map((m) => `${m.affiliation}${m.title} ${m.name}`).join('、');

const noWs = (s: string) => s.replace(/\s+/g, '');

/** Independent reference: actual×1000/base rounded (half up or down) to an integer, exact. */
function tenths(actual: number, base: number, rounding: 'half_up' | 'down'): number {
  const n = BigInt(actual) * 1000n;
  const d = BigInt(base);
  const q = n / d;
  const r = n % d;
  if (rounding === 'down') return Number(q);
  return Number(r * 2n >= d ? q + 1n : q);
}

const OKU = 100_000_000;
const MAN = 10_000;

// ------------------------------------------------------------------ the printed figures
// [code, printed actual (億円 for money), printed plan (same unit) or null,
//  printed 計画比 in tenths of % or null, printed 前年度比 in tenths of % or null,
//  printed prior-year value or null]. null = not printed in the document.
type Printed = [string, number | null, number | null, number | null, number | null, number | null];
const PRINTED: Printed[] = [
  // 2. 事業計画 (table and narratives)
  ['guarantee_approvals_count', 74_291, null, null, 944, null],
  ['guarantee_approvals_amount', 11_064, 12_000, 922, 923, null],
  ['outstanding_guarantees_count', 461_581, null, null, 990, null],
  ['outstanding_guarantees_amount', 51_076, 50_000, 1021, 908, null],
  ['subrogation_count', 7_027, null, null, 1137, null],
  ['subrogation_amount', 863, 1_000, 863, 1172, null],
  ['recovery_count', null, null, null, null, null], // '---'
  ['recovery_amount', 108, 100, 1084, 1152, null],
  // 4. 重点課題: 保証部門
  ['seido_yushi_approvals_amount', 9_831, null, null, 925, null],
  ['refinancing_guarantee_amount', 3_991, null, null, 784, null],
  ['early_stage_businesses', 10_690, null, null, 979, null],
  ['early_stage_amount', 1_208, null, null, 950, null],
  ['early_stage_new_businesses', 5_907, null, null, 975, null],
  ['startup_guarantee_amount', 54, null, null, 806, null],
  ['small_business_amount', 6_479, null, null, 916, null],
  ['succession_seido_amount', 35, null, null, 1607, null],
  ['no_personal_guarantee_count', 9_381, null, null, 2127, null],
  ['no_personal_guarantee_amount', 2_449, null, null, 1658, null],
  ['e_application_institutions', 28, null, null, null, 7],
  ['e_application_count', 18_032, null, null, 2315, null],
  ['e_application_share', 211, null, null, null, 88], // 21.1％（前年度 8.8％）
  ['e_certificate_institutions', 45, null, null, null, 38],
  ['e_certificate_count', 109_686, null, null, 1051, null],
  ['e_certificate_share', 853, null, null, null, 802], // 85.3％（前年度 80.2％）
  // 経営支援部門
  ['expert_dispatch_businesses', 3_591, null, 1143, null, null],
  ['expert_dispatch_times', 7_415, null, 1235, null, null],
  ['support_meetings', 835, null, null, 3262, 256],
  ['succession_desk_consultations', 701, null, null, 1029, 681],
  ['overseas_desk_consultations', 89, null, null, 788, 113],
  ['effect_operating_profit', 113, null, null, null, null], // 1.13倍
  ['effect_reschedule_normalisation', 105, null, null, null, null],
  ['effect_subrogation_transition', 133, null, null, null, null],
  // 期中管理部門
  ['condition_changes', 49_093, null, null, 1059, null],
  ['relaxed_terms_businesses', 16_889, null, null, 1057, null],
  ['accident_reports_cleared', 959, null, null, 1055, null],
  ['accident_report_businesses', 2_027, null, null, 955, null],
  ['full_release_count', 797, null, null, 1307, null],
  ['double_guarantee_count', 10, null, null, 172, null],
  // 回収部門 (総回収額 is recovery_amount above)
  ['servicer_recovery_amount', 64, null, null, null, null],
  ['guideline_applications', 339, null, null, 1480, null],
  ['partial_payment_exemptions', 422, null, null, 1241, null],
  // 共通 (ＳＤＧｓ)
  ['sdgs_guarantee_amount', 99, null, null, 586, null],
  ['social_issue_seido_amount', 772, null, null, 2154, null],
];

/** Printed value of a stored one: yen are printed rounded to 億円. */
function printedUnit(i: SeedIndicator, v: number): number {
  return i.unit === 'yen' ? Math.round(v / OKU) : v;
}

// ------------------------------------------------------------------ sentences of the reference
// Copied from the reference with all whitespace removed (headings and tables left out).
const SENTENCES: string[] = [
  '東京信用保証協会では、適切な業務運営を確保するために、経営の透明性を高める取組が重要であると考えております。',
  '今般、令和6年度経営計画の実施状況について自己評価を行うとともに、第三者の委員による外部評価委員会（委員：慶應義塾大学商学部教授髙橋美樹、東洋大学名誉教授安田武彦、弁護士浅井弘章）の評価を受けましたので、公表いたします。',
  '令和6年度の東京都内の景気は、一部に足踏みが残るものの、緩やかな回復傾向が続きました。',
  '雇用・所得環境が改善するなど明るい兆しが見られた一方、海外景気の下振れリスクや物価上昇、国内における政策金利の引上げ、金融資本市場の変動等の影響が見通せず、不透明な状況が続きました。',
  'また、国内経済は、緩やかな回復基調となり、賃上げの加速や過去最大規模となる設備投資、過去最高を更新した企業収益、高水準を取り戻した株価など、前向きな動きが随所に見られましたが、米国の通商政策等の影響により年度末にかけては不透明感が漂う状況となりました。',
  '一方、中小企業・小規模事業者（以下「中小企業者」という。',
  '）を取り巻く環境は、原材料費・エネルギー費・労務費の上昇に伴う価格転嫁の遅れ、人手不足や事業承継等の問題などにより、依然として厳しい状況が続きました。',
  '令和6年度の事業概況は以下のとおりとなりました。',
  '保証承諾額は1兆1,064億円（計画比92.2％、前年度比92.3％）となりました。',
  '実質無利子・無担保融資（以下「ゼロゼロ融資」という。',
  '）の利子補給終了に伴う借換需要が落ち着いたこともあり、前年度比で減少しました。',
  '保証債務残高は5兆1,076億円（計画比102.1％、前年度比90.8％）となりました。',
  'ゼロゼロ融資の約定返済が進んだことにより、前年度比で減少しました。',
  '代位弁済額は863億円（計画比86.3％、前年度比117.2％）となりました。',
  '原材料費・エネルギー費・労務費の上昇や人手不足等の影響により前年度を上回りましたが、経営改善に向けた各種支援や返済条件緩和に係る条件変更を個々の状況に応じて柔軟に行ったことなどにより、計画値は下回りました。',
  '回収額は108億円（計画比108.4％、前年度比115.2％）となりました。',
  '初動対応の徹底や保証協会債権回収株式会社（以下「サービサー」という。',
  '）との連携を図るとともに、個々の債務者の実情に合わせた適切な回収に努め、計画比、前年比ともに100％を上回りました。',
  '令和6年度の保証承諾等の主要業務数値は、以下のとおりです。',
  '令和6年度の決算概要（収支計算書）は、以下のとおりです。',
  '経常収支差額は、保証料の減収等により、前年度と比べて6億8,700万円の減収となりました。',
  '経常外収支差額は、求償権償却準備金繰入の増加等により、前年度と比べて49億8,200万円の減収となりました。',
  '以上により、当期収支差額は208億7,000万円の剰余となり、前年度と比べて56億6,900万円の減収となりました。',
  'この収支差額剰余金については基本財産（基金準備金）に138億7,000万円を、収支差額変動準備金に70億円をそれぞれ繰り入れました。',
  'この結果、年度末における基本財産は3,699億5,600万円、収支差額変動準備金は1,849億5,200万円となりました。',
  '金融機関本部と定期的に対話を行い、中小企業者の景況感や資金需要などに関する情報交換を実施するとともに、金融機関の取組方針や協会への要望事項などの把握に努めました。',
  '前年度に引き続き、上半期・下半期に分けて2回実施し、32の金融機関にヒアリングを行いました。',
  'また、経営支援の取組についても情報提供を行い、積極的な利用を促しました。',
  '各支店においても、金融機関営業店と勉強会等を実施し、地域や企業の動向などの情報を共有するとともに、保証制度や経営支援メニューの紹介、保証申込時の留意点等について周知いたしました。',
  'これらの取組により、当協会及び金融機関の支援方針の目線合わせを行うなど、中小企業者への円滑な金融・経営支援に向けて連携を図りました。',
  '政策実施機関として、東京都や区市町等が取り扱う制度融資の活用を推進したことにより、同制度の保証承諾額は9,831億円（前年度比92.5％）となりました。',
  '保証承諾額に占めるシェアは88.9％と引き続き高い水準にあり、保証料負担軽減や個々の課題解決に資する制度融資の活用等を通じて、都内中小企業者の資金繰りを支援いたしました。',
  '経営環境の変化等により業績が悪化した中小企業者や返済条件の緩和を行った中小企業者に対し、経営状況や資金繰り等を把握した上で、3,991億円（前年度比78.4％）の借換保証を行いました。',
  'ゼロゼロ融資の利子補給終了に伴う借換需要が落ち着く中、依然として厳しい経営環境にある中小企業者に対しては、「伴走支援型特別保証制度」や「事業再生計画実施関連保証制度」等の活用を推進し、資金繰りを支えました。',
  '創業5年未満のアーリーステージにある中小企業者（以下「アーリーステージ先」という。',
  '）10,690者（前年度比97.9％）に対し、1,208億円（同95.0％）の保証承諾実績となり、そのうち半数を超える5,907者（同97.5％）が新規の利用先となりました。',
  'また、アーリーステージ先を対象に経営者保証を不要とする「スタートアップ創出促進保証制度」は、54億円（同80.6％）の保証承諾実績となりました。',
  '小規模事業者に対する保証は、6,479億円（前年度比91.6％）の承諾実績となりました。',
  '経営環境の変化に影響を受けやすい小規模事業者を支えるため、必要に応じて経営者や金融機関担当者へのヒアリングを行い、財務情報だけでなく技術力や商品力、取引先との信頼関係など非財務情報も前向きに評価するとともに、利子補給や保証料補助等により資金調達コストを低く抑えることができる保証制度の活用を推進することで、資金繰りを支えました。',
  '金融機関や関係機関等に対して、勉強会や説明会等を通じて制度内容の周知や活用の働きかけを行ったことにより、東京都制度融資「事業承継」は、前年度を上回る35億円（前年度比160.7％）の保証承諾実績を上げるなど、事業承継に課題を抱える中小企業者の資金繰りを支援いたしました。',
  '法人代表者の連帯保証を不要とする保証は、9,381件（前年度比212.7％）、2,449億円（同165.8％）の承諾実績を上げました。',
  '令和6年3月に創設された「事業者選択型経営者保証非提供制度」の活用を促したこともあり、前年度を大幅に上回りました。',
  '「経営者保証に関するガイドライン」の趣旨を踏まえ、代表者の連帯保証を不要とする取組にも適切に対応いたしました。',
  'また、「事業者選択型経営者保証非提供制度」を利用した中小企業者に対しては、保証料を上乗せすることなく経営者保証非提供による保証が利用できる事業者への成長を支援するため、収益力向上やガバナンス強化を目的として専門家派遣の利用を促しました。',
  '保証申込手続の電子化は、令和5年度は7金融機関での取扱いでしたが、令和6年度は28金融機関に拡大しました。',
  'その結果、電子申請件数は18,032件（前年度比231.5％）となり、保証申込件数全体の21.1％（前年度8.8％）が電子での申込となりました。',
  'また、信用保証書の電子化は取扱金融機関が38から45に拡大し、認証付電子保証書の発行件数は保証承諾・条件変更承認を合わせて109,686件（前年度比105.1％）となり、保証書発行件数全体の85.3％（前年度80.2％）が電子での発行となりました。',
  '引き続き、取扱金融機関の拡大に努め、利便性向上を図ってまいります。',
  '事業所への訪問や経営者との面談により中小企業者と直接対話する機会を増やし、個々の企業のニーズを的確に把握するよう努めました。',
  'また、金融機関との勉強会等を通じて、地域や企業の動向についての情報を共有し、支援方針の目線合わせを行いました。',
  '関係機関と連携した「チーム型支援」として、令和5年度から開始している「東京チームサポートアシスト会議」に加え、令和6年11月からは新たな支援として「サポート！事業承継」を開始いたしました。',
  '「サポート！事業承継」は、当協会を含む3つの支援機関（公益財団法人東京都中小企業振興公社、東京都事業承継・引継ぎ支援センター）と金融機関が一堂に会し、中小企業者の事業承継型Ｍ＆Ａ等の支援方法を検討する取組であり、今後もこうした関係機関と連携した支援を有効に活用し、中小企業者にとって最適な支援を実施してまいります。',
  '中小企業者を個別に訪問し業況を詳細に把握した上で、外部の専門家による経営診断や各種経営支援ツールの紹介を行う「企業サポート推進プロジェクト」は、延べ3,591者（計画比114.3％）、7,415回（同123.5％）の専門家派遣を行いました。',
  '「企業サポート推進プロジェクト」を紹介する動画の活用や中小企業者へのダイレクトメール送付により取組を広く周知し、また、従前まで経営支援部が対応していた「フォローアップサポート」を中小企業者との身近な接点である各支店に展開するなど、支店での取組を強化し利用を促進することで、計画を上回る実績を上げました。',
  'さらに、オンライン対応や申込書のＷｅｂ受付対応など、デジタル化・オンライン化を推し進め、中小企業者の利便性向上にも注力いたしました。',
  '「経営サポート会議」は、前年度を大きく上回る延べ835回（前年度比326.2％、前年度256回）開催いたしました。',
  '中小企業者にとって心理的負担の大きい取引金融機関への参加呼び掛けを当協会が行うとともに、中小企業者と複数の取引金融機関が一堂に会することで経営改善計画の共有を図ることができ早期の経営改善につながると、中小企業者から好評を得ています。',
  'また、「経営サポート会議」の開催を利用要件の１つとしている東京都制度融資「フェニックス金融支援パッケージ」については、令和5年度から保証料補助が拡充され、中小企業者の保証料負担がゼロになりました。',
  '同制度は資金調達のみならず、経営改善計画の策定や複数金融機関との情報共有も行えるなど中小企業者のメリットも大きいこともあり活用を推進しています。',
  '再生支援が必要と判断される中小企業者に対しては、金融機関と十分に協議・目線合わせを行った上で、東京都中小企業活性化協議会への相談持込みを実施いたしました。',
  '令和6年度は69件実施し、早期の事業再生を促進いたしました。',
  '創業者向けの「創業スクール」や「創業セミナー」を通じた創業計画の策定支援から金融支援後の専門家派遣に至るまで、切れ目のない支援を実施し、創業者を後押しいたしました。',
  'また、関係機関が主催するセミナーや相談会に職員を派遣することで、当協会が実施する創業支援を創業者に周知することができました。',
  '事業承継の専門的な相談に対応する「事業承継サポートデスク」の相談件数は、経営者の高齢化や後継者不足の深刻化もあり、前年度を上回る701件（前年度比102.9％、前年度681件）となりました。',
  '相談内容は、親族内承継だけでなく、従業員による承継や第三者によるＭ＆Ａなど多岐にわたるため、金融支援以外の相談については関係機関とも連携を図り、個々の企業のニーズに対応いたしました。',
  'また、海外展開の専門的な相談に対応する「海外展開サポートデスク」の相談件数は、89件（前年度比78.8％、前年度113件）となりました。',
  '前年度を下回った要因としては、海外景気の見通しが不透明であることなどが考えられますが、引き続き「海外展開サポートデスク」の紹介動画や海外展開支援の事例動画を活用し、中小企業者への周知に努めてまいります。',
  '各支店での窓口相談や各種経営支援イベントにおける相談では、個々の企業が抱える課題や悩みにしっかりと耳を傾け、丁寧かつ親身な対応を心掛けました。',
  'また、令和7年1月から当協会ホームページにおいて、Ｗｅｂフォームによる相談予約を開始し、支店窓口での来店相談だけでなく、Ｗｅｂ会議システムによるオンライン相談も中小企業者が選択できる体制を整え、中小企業者の利便性向上を図りました。',
  'さらに、経営支援が必要な中小企業者に対しては、金融相談時に企業サポート推進プロジェクトによる専門家派遣等の案内を行うなど、個々の実情やニーズを踏まえた相談対応に努めました。',
  '専門家派遣等の経営支援を通じて得られた情報に基づき、効果検証を①営業利益増加率、②リスケ正常化率、③代位弁済遷移率の3指標で実施いたしました。',
  'いずれの指標も以下のとおり目標値である1倍超となり、経営支援実施先のパフォーマンスが高いことが示されました。',
  '今後は実施した経営支援内容と各指標の関連性に注視しつつ、実施先中小企業者の声を踏まえながら経営支援サービスの水準向上を図り、事業者の経営改善の一助になるよう努めてまいります。',
  '①営業利益増加率…1.13倍（経営支援実施先のうち前年度決算よりも営業利益が増加した企業の割合÷経営支援未実施先のうち前年度決算よりも営業利益が増加した企業の割合）②リスケ正常化率…1.05倍（経営支援実施先のうち返済条件緩和の状態が解消した企業の割合÷経営支援未実施先のうち返済条件緩和の状態が解消した企業の割合）③代位弁済遷移率…1.33倍（経営支援未実施先のうち代位弁済に至った企業の割合÷経営支援実施先のうち代位弁済に至った企業の割合）',
  '業況低迷先、返済条件緩和先に対する条件変更（期間延長・返済条件変更）は49,093件（前年度比105.9％）となり、返済条件緩和先は16,889者（同105.7％）と増加しました。',
  '原材料費・エネルギー費・労務費の上昇や人手不足等の影響により中小企業者は厳しい状況に置かれていますが、資金繰りに支障が生じないよう、個々の状況に応じて柔軟に返済条件の見直しに対応いたしました。',
  '延滞等の事故報告事由が生じている先（以下「事故報告企業」という。',
  '）については、経営状況の詳細な把握等を通じて事故事由の解消が確認できた場合には、事故報告解除や借換保証により正常化を支援し、959者（前年度比105.5％）の事故報告を解除いたしました。',
  'こうした取組により、事故報告企業は2,027者（同95.5％）に減少しました。',
  '法人の代表者交代において旧代表者の連帯保証を解除し、新代表者の連帯保証を不要とする全部解除は797件（前年度比130.7％）となり、前年度を上回りました。',
  'また、代表者交代時に旧代表者と新代表者を連帯保証人として二重取りしない取組を徹底しており、中小企業者から要望があるなどやむを得ない事情により二重取りしたものは10件（同17.2％）にとどめ、期中管理においても「経営者保証に関するガイドライン」に適切に対応いたしました。',
  '令和6年度の回収実績は、サービサーによる回収額64億円を含め、総回収額は108億円（計画比108.4％、前年度比115.2％）となりました。',
  'また、経営者など個人の連帯保証が提供されている求償権では、「経営者保証に関するガイドライン」を339件（前年度比148.0％）、「一部弁済による保証債務免除」を422件（同124.1％）適用し、いずれも前年度の実績を上回りました。',
  '回収においても「経営者保証に関するガイドライン」の趣旨を踏まえて適切に対応し、個人の生活再生に寄与いたしました。',
  '災害等発生時の安否確認及び連絡手段として導入している安否確認システムについては、定期的な管理者研修や通知訓練を実施いたしました。',
  '実際に安否報告対象の災害が発生した際においても、同システムを用いることで役職員の円滑な安否確認が可能となっており、実効性の高い運用がなされています。',
  'また、保証協会システムセンター株式会社（以下「システムセンター」という。',
  '）と連携して、共同システムのバックアップセンター切替訓練を実施いたしました。',
  '同訓練と並行して行った信用保証書の手作業発行訓練を通じて、災害時の信用保証書発行手順の検証を行うとともに、対策本部内での連絡応答を想定した訓練も実施し、災害発生後の早期事業再開に向けた内部体制の検証を行いました。',
  'さらに、緊急事態発生時の着実かつ円滑な初動対応を実現するため、対策本部や拠点組織の要員を対象にした「ＢＣＰ説明会」を開催したほか、携帯性・一覧性を備えた「ＢＣＰポケットマニュアル」を全役職員に配布いたしました。',
  'また、対策本部・拠点組織内の連絡経路を明確化した「緊急連絡網」を新たに整備するなど、ＢＣＰの実効性向上に努めました。',
  '共同システムの事務局を担う保証協会として、システムセンターをはじめ、他のシステム参加保証協会とも連携し、大規模なシステムの安定運用及び維持継続に努めました。',
  'また、保証申込手続と信用保証書の電子化実績はいずれも前年度を上回り、利用者の利便性向上に寄与いたしました。',
  '経営支援等の各種取組についてマスコミへのアプローチ機会を増やし積極的に情報提供を行ったことにより、事業承継支援や創業セミナー等の取組が新聞で取り上げられるなど、保証協会を利用する中小企業者だけではなく、広く世間にも当協会の取組を周知することができました。',
  'また、コミュニケーションアプリ「ＬＩＮＥ」や当協会ホームページ等を活用し、保証制度や経営支援、セミナー等の利用者にとって有益な情報をタイムリーに提供いたしました。',
  'さらに、幅広い事業者の方に当協会の取組を周知するために、創業支援や事業承継支援などの様々なフェーズで当協会を利用している中小企業者が出演する動画を新たに制作いたしました。',
  '今後も当協会に興味を持ってもらう第一歩となるツールとして活用してまいります。',
  '金融機関向けには、新入行員など経験が浅い融資担当者にも当協会の仕組みを理解してもらえるよう、保証制度等を紹介するアニメーション動画を制作いたしました。',
  '今後も金融機関との勉強会等で活用し、保証協会の利用を促進してまいります。',
  '各広報活動については、より多くの関係者に周知し、閲覧してもらえるよう、更なる工夫を行ってまいります。',
  'ＳＤＧｓに前向きに取り組む中小企業者に対し低保証料率を適用する独自制度「ＳＤＧｓ推進応援保証制度」の保証承諾は、令和6年度に99億円（前年度比58.6％）となりました。',
  '他方で、働き方改革や省エネルギー対策に取り組む中小企業者向けの東京都制度融資「社会課題」の保証承諾は、772億円（同215.4％）と前年度を大幅に上回りました。',
  'また、グリーンボンドやソーシャルボンド、サステナビリティボンドなどのＳＤＧｓ債を購入し、ＳＤＧｓの達成に資する取組を資金面から支援いたしました。',
  '令和6年7月には「健康企業宣言」を行い、多様な人材がその能力を最大限発揮できるよう職場環境の整備を推進するとともに、職員一人ひとりの心身の健康増進を支援いたしました。',
  '「東京信用保証協会倫理憲章」を基本方針に定め、「行動基準」を行動指針として、コンプライアンス推進プログラム及び実践計画を着実に実行することで、役職員一丸となってコンプライアンスの徹底に努めました。',
  'これらの取組により、公共的使命と社会的責任を果たし、社会からの信頼を得ることにつなげました。',
  'また、職場単位のコンプライアンス研修に加え、階層別の集合研修において、働く上で不可欠なモラルや行動倫理のほか、コンプライアンス違反がもたらす影響や情報管理の留意点など、最近の社会情勢も踏まえて再認識することで、コンプライアンス意識の定着を図りました。',
  '研修・啓蒙活動等にあたっては、社会の動きに応じた不断の見直しを行ってまいります。',
  '反社会的勢力等の排除に向けた取組では、当協会で保有する反社会的勢力等に関する情報等の活用に加え、警察や暴力団追放運動推進都民センター等の協力を得て、関係遮断に努めました。',
  '個人情報等の顧客情報管理においては、電子媒体からの外部流出リスクへの対策強化に取り組んだほか、外部委託先などの関係者に対しても厳重な管理を徹底するなど、顧客情報の漏洩・紛失防止を推し進めました。',
  '令和6年度は、賃上げの加速や、過去最高を更新した企業収益など明るい兆しが見られた一方、中小企業者を取り巻く環境は、原材料費や労務費等の価格転嫁の遅れ、人手不足等の問題により依然として厳しい状況が続いた。',
  'ゼロゼロ融資の利子補給終了に伴う借換需要が落ち着いたこともあり、保証承諾額は計画・前年度実績ともに下回ったが、厳しい経営環境にある中小企業者に対しては、保証料補助が手厚い東京都・区市町制度の活用を推進して資金調達コストを抑えつつ資金繰りを支援したことは評価できる。',
  '金融機関との連携は中小企業者を支援していく上で不可欠である。',
  '中小企業者支援においては、より早期に経営悪化の予兆を把握して必要な支援を講じていくことが重要であるため、今後も金融機関と連携して都内中小企業者の実情把握に努め、円滑な金融支援・経営支援につなげられるよう取り組んでほしい。',
  '法人代表者の連帯保証を不要とする保証は、前年度を大幅に上回る9,381件の実績を上げた。',
  '国も経営者保証に依存しない融資慣行の確立に向けた取組を推進しており、協会の取組が今後も注目されていくと考えられる。',
  '金融機関等と連携して対応してほしい。',
  '経営者の高齢化や後継者不足など、事業承継は中小企業者にとって大きな経営課題となっている。',
  '今後も金融機関や関係機関と連携し、円滑な事業承継をサポートする必要がある。',
  '保証申込手続の電子化は、取扱金融機関が前年度の7から28に拡大した。',
  '保証申込に占める電子申込の割合は21.1％（前年度8.8％）と途上の段階ではあるものの、前年度からは着実に進展している。',
  '中小企業者および金融機関の利便性向上に大きく寄与する取組であり、引き続き取扱金融機関の拡大に努めてほしい。',
  '各支援機関が支援策や知見を持ち寄って総合的に支援する「チーム型支援」は、様々な経営課題を抱える中小企業者にとって非常に重要な取組である。',
  '事業承継にスポットを当てた「サポート！事業承継」は、後継者不足を背景に今後ニーズが高まっていくことが予想されることから、各支援機関と連携して、中小企業者にとって最適な支援が実施されることを期待する。',
  '専門家派遣は、「企業サポート推進プロジェクト」を紹介する動画の活用やダイレクトメールの送付、支店での取組強化など、積極的に利用促進したことにより計画を上回る実績を上げたことは評価できる。',
  '今後も、引き続き中小企業者の経営改善の後押しを期待する。',
  '経営サポート会議の開催回数は、前年度の256回から835回と大幅に増加しており、中小企業者の経営改善、事業再生を後押しできたものと評価できる。',
  '業績悪化の傾向が見られる中小企業者の早期経営改善を図ることは極めて重要であり、今後も他の経営支援策と組み合わせながら積極的に進めてほしい。',
  'Ｗｅｂフォームによる相談予約とＷｅｂ会議システムによるオンライン相談を導入し、中小企業者の利便性向上に寄与したことは評価できる。',
  '利便性向上に向けた取組は、保証協会の利用者増加にもつながるため、今後も様々な取組を期待する。',
  '経営支援について継続的に効果を検証していくことは、中小企業者にとってより良い支援を提供していくために、大変重要な取組である。',
  '令和6年度は①営業利益増加率、②リスケ正常化率、③代位弁済遷移率について、いずれの指標も目標値を上回っており、経営支援の取組に一定の効果があったと評価できる。',
  '今後はどういった取組がより効果的であるのか検証を進めながら、より良い経営支援につなげていくことが重要である。',
  '業況低迷先や返済条件緩和先など厳しい状況に置かれている中小企業者に対し、個々の状況に応じて返済条件を見直すなど柔軟に条件変更に対応し、資金繰りを支えたと評価できる。',
  '引き続き中小企業者の実情に合わせて、丁寧な対応をしてほしい。',
  '「経営者保証に関するガイドライン」に適切に対応しており、法人の代表者交代時における全部解除（旧代表者、新代表者ともに連帯保証不要）は、797件（前年度比130.7％）と増加している。',
  'また、代表者交代時に旧代表者と新代表者を連帯保証人として二重取りした件数は、中小企業者から要望があるなどやむを得ない事情があった場合のみにとどめており、二重取りしない取組が徹底されていると高く評価できる。',
  '期中管理においても「経営者保証に関するガイドライン」の趣旨を踏まえた適切な運用がなされている。',
  '個々の債務者の実情に十分配慮した上で、サービサーと緊密に連携して適切な回収に努め、計画比、前年比ともに100％を上回る回収実績を上げたことは評価できる。',
  '回収見込みのない求償権については、引き続き管理事務停止と求償権整理を行い、業務の効率化を進めてほしい。',
  '「経営者保証に関するガイドライン」と「一部弁済による保証債務免除」の適用はいずれも前年度を上回る実績を上げている。',
  '引き続き、個人の生活再生を後押ししてほしい。',
  '定期的に有効な研修・訓練を実施していることで、安否確認システムが役職員に定着しており、実際の災害発生時にも活用できている点は評価できる。',
  '今後もこうした取組により、高い実効性が維持できるように努めてほしい。',
  '共同システムのバックアップセンター切替訓練および信用保証書の手作業発行訓練を実施するとともに、災害発生時の機動性を確認する目的で連絡訓練を実施したことは、事業継続計画（ＢＣＰ）の有効性を確認する意味において有意義である。',
  '今後も継続的に実施しつつ、課題を抽出し、ＢＣＰの見直しを適宜行っていくことが重要である。',
  '「ＢＣＰ説明会」を通じて、ＢＣＰにおいて一定の役割を担う職員に対して、ＢＣＰに対する意識醸成を促しつつ、実用性のある「ＢＣＰポケットマニュアル」や「緊急連絡網」を整備したことは、緊急事態発生時の迅速かつ適切な対応を実現する上で重要な取組である。',
  '今後もより有効な対策・対応ができるように備えておく必要がある。',
  '広報誌やホームページに加え、ＬＩＮＥを活用してタイムリーな情報提供を行ったことは評価できる。',
  '今後は保証協会の取組をより広く周知するために、他のＳＮＳを活用した広報活動も検討し、利用者にとって有益な情報を積極的に発信してほしい。',
  '中小企業者が出演するテーマ別動画や、金融機関向けに保証制度等を紹介するアニメーション動画は、保証協会を身近に感じ、理解してもらうための良いツールである。',
  '動画を有効に活用するには、まずは動画を見てもらうことが重要となるため、しっかりと周知するとともに、その効果を検証して改善を図るなど、保証協会の利用促進につなげてほしい。',
  '「東京信用保証協会倫理憲章」、「行動基準」及び「コンプライアンス推進行動プログラム」に基づき、コンプライアンス態勢は確立され、適切な運用がなされている。',
  'また、反社会的勢力等との関係遮断の徹底がなされていることは評価できる。',
  '今後も新たに見られる犯罪手法等に配慮しつつ、コンプライアンスの徹底に向けた取組を継続されたい。',
  '東京都が「東京都カスタマー・ハラスメント防止条例（以下「条例」という。',
  '）」や「カスタマー・ハラスメント防止に関する指針（以下「指針」という。',
  '）」を制定するなど、各企業のカスタマーハラスメント防止に向けた取組が注目を集めている。',
  '保証協会においても条例や指針で求められている取組の内容も踏まえて、適切に対策を行ってほしい。',
];

// ------------------------------------------------------------------ tests

describe('fy2024 document metadata', () => {
  it('names the organisation, the report and the committee', () => {
    expect(organisationName).toBe('東京信用保証協会');
    expect(reportTitle).toBe('令和６年度 経営計画の評価');
    expect(committeeMembers.map((m) => m.name)).toEqual(['髙橋美樹', '安田武彦', '浅井弘章']);
    expect(roster).toBe('委員：慶應義塾大学商学部教授 髙橋美樹、東洋大学名誉教授 安田武彦、弁護士 浅井弘章');
  });
});

describe('fy2024 section tree', () => {
  it('has unique section keys', () => {
    const keys = sections.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has the six numbered sections after the preface, in order', () => {
    expect(fy2024Sections.map((s) => [s.number, s.title, s.kind])).toEqual([
      ['', '前文', 'preface'],
      ['１.', '業務環境', 'narrative'],
      ['２.', '事業計画', 'heading'],
      ['３.', '決算概要', 'heading'],
      ['４.', '重点課題', 'heading'],
      ['５.', 'コンプライアンスの徹底', 'narrative'],
      ['６.', '外部評価委員の意見等', 'committee_opinions'],
    ]);
    expect(byKey.get('opinions')!.narrative).toBeUndefined();
  });

  it('puts the preface roster behind the {{committee}} token', () => {
    const preface = byKey.get('preface')!.narrative!;
    expect(preface).toContain('外部評価委員会（{{committee}}）の評価を受けましたので、公表いたします。');
    expect(preface).not.toContain('髙橋');
  });

  it('has the four KPIs then the table under 事業計画', () => {
    const plan = byKey.get('business_plan')!;
    expect(plan.children!.map((c) => [c.title, c.kind])).toEqual([
      ['保証承諾', 'narrative'],
      ['保証債務残高', 'narrative'],
      ['代位弁済', 'narrative'],
      ['回収', 'narrative'],
      ['主要業務数値', 'kpi_table'],
    ]);
    for (const kpi of plan.children!.slice(0, 4)) {
      const inds = kpi.indicators!;
      expect(inds.map((i) => i.measure)).toEqual(['count', 'amount']);
      expect(new Set(inds.map((i) => i.pairKey)).size).toBe(1);
      expect(inds.every((i) => i.ratioRounding === 'down')).toBe(true);
      expect(inds[0]!.plan).toBeNull();
      expect(inds[1]!.plan).not.toBeNull();
    }
    expect(plan.children![4]!.narrative).toBe('令和 6 年度の保証承諾等の主要業務数値は、以下のとおりです。');
  });

  it('groups section 4 by department, initiatives under groups', () => {
    const groups = byKey.get('priorities')!.children!;
    expect(groups.map((g) => [g.title, g.department, g.kind])).toEqual([
      ['保証部門', 'hosho', 'heading'],
      ['経営支援部門', 'shien', 'heading'],
      ['期中管理部門', 'kanri', 'heading'],
      ['回収部門', 'kaishu', 'heading'],
      ['共通', 'somu', 'heading'],
    ]);
    expect(groups.map((g) => g.children!.length)).toEqual([7, 7, 3, 1, 4]);
    for (const g of groups) {
      for (const c of g.children!) {
        expect(c.kind).toBe('initiative');
        expect(c.narrative).toBeTruthy();
      }
    }
    expect(groups[4]!.children!.map((c) => c.department)).toEqual(['somu', 'system', 'somu', 'somu']);
    // Only the 事業計画 KPIs truncate their ratios.
    for (const i of indicators) {
      if (!i.sectionKey.startsWith('kpi.')) expect(i.ratioRounding ?? 'half_up').toBe('half_up');
    }
  });

  it('keeps 決算概要 in the finance department', () => {
    const f = byKey.get('financial')!;
    expect(f.department).toBe('keiri');
    expect(f.children!.map((c) => c.kind)).toEqual(['financial_table', 'narrative']);
    expect(f.children!.every((c) => c.department === 'keiri')).toBe(true);
  });
});

describe('fy2024 narratives', () => {
  const narratives = sections.filter((s) => s.narrative !== undefined).map((s) => [s.key, s.narrative!] as const);

  it('have no line break inside a paragraph and no stray whitespace', () => {
    for (const [key, text] of narratives) {
      expect(text, key).not.toMatch(/\n{3,}/);
      for (const para of text.split('\n\n')) {
        expect(para, key).not.toContain('\n');
        expect(para, key).not.toBe('');
        expect(para, key).toBe(para.trim());
        expect(para, key).not.toMatch(/ {2,}/);
      }
    }
  });

  it('contain no headings or the document title', () => {
    const headings = [
      '１.業務環境',
      '２.事業計画',
      '３.決算概要',
      '４.重点課題',
      '５.コンプライアンスの徹底',
      '６.外部評価委員の意見等',
      '令 和 ６ 年 度',
      '（計画 1 兆',
    ];
    for (const [key, text] of narratives) {
      for (const h of headings) expect(text, key).not.toContain(h);
    }
  });

  it('contain every sentence of the reference, exactly (whitespace removed)', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(40);
    const corpus = noWs(
      [...narratives.map(([, t]) => t.replaceAll('{{committee}}', roster)), ...fy2024OpinionGroups.flatMap((g) => g.bullets)].join(''),
    );
    for (const s of SENTENCES) expect(corpus, s).toContain(s);
    // …and nothing else: the sentences cover every character.
    expect(corpus.length).toBe(SENTENCES.reduce((n, s) => n + s.length, 0));
  });

  it('keeps the in-line spaces of the reference', () => {
    expect(byKey.get('kpi.approvals')!.narrative).toContain('保証承諾額は 1 兆 1,064 億円（計画比 92.2％、前年度比 92.3％）');
    expect(byKey.get('init.hosho.seido_yushi')!.narrative).toContain('9,831億円（前年度比 92.5％）');
  });
});

describe('fy2024 opinions', () => {
  it('are grouped in printed order', () => {
    expect(fy2024OpinionGroups.map((g) => [g.heading, g.bullets.length])).toEqual([
      ['保証部門', 5],
      ['経営支援部門', 5],
      ['期中管理部門', 2],
      ['回収部門', 2],
      ['事業継続計画（ＢＣＰ）', 3],
      ['広報活動', 2],
      ['コンプライアンス', 2],
    ]);
  });

  it('have bullets without the leading ・ and without line breaks', () => {
    for (const g of fy2024OpinionGroups) {
      if (g.sectionKey) expect(byKey.has(g.sectionKey), g.sectionKey).toBe(true);
      for (const b of g.bullets) {
        expect(b.startsWith('・')).toBe(false);
        expect(b).toBe(b.trim());
        expect(b).not.toContain('\n');
      }
    }
    expect(fy2024OpinionGroups[1]!.bullets[0]).toContain('中小企業者にとって非常に重要な取組である。');
  });
});

describe('fy2024 indicators', () => {
  it('have unique codes', () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are all in the printed-figures table, and the table only has known codes', () => {
    expect(PRINTED.map((p) => p[0]).sort()).toEqual(indicators.map((i) => i.code).sort());
  });

  it('store integers, with aggregation and scale consistent with the unit', () => {
    for (const i of indicators) {
      for (const v of [i.plan, i.actual, i.prior]) {
        if (v !== null) expect(Number.isSafeInteger(v), i.code).toBe(true);
      }
      if (i.unit === 'multiple') expect([i.scale, i.aggregation], i.code).toEqual([2, 'annual']);
      if (i.unit === 'percent') expect([i.scale, i.aggregation], i.code).toEqual([1, 'annual']);
      if (i.aggregation === 'annual') expect(['multiple', 'percent']).toContain(i.unit);
    }
    expect(byCode.get('outstanding_guarantees_amount')!.aggregation).toBe('end');
    expect(byCode.get('relaxed_terms_businesses')!.aggregation).toBe('end');
    expect(byCode.get('accident_report_businesses')!.aggregation).toBe('end');
  });

  it('have the documented directions', () => {
    expect(byCode.get('subrogation_amount')!.direction).toBe('lower');
    expect(byCode.get('subrogation_count')!.direction).toBe('lower');
    expect(byCode.get('effect_subrogation_transition')!.direction).toBe('higher');
    expect(byCode.get('double_guarantee_count')!.direction).toBe('lower');
  });

  it('have aliases that the narrative uses', () => {
    for (const i of indicators) {
      const text = byKey.get(i.sectionKey)!.narrative ?? '';
      for (const a of i.aliases ?? []) {
        const inOwn = text.includes(a);
        // 回収 is also reported in the 回収部門 initiative; the committee's bullets reuse names.
        const elsewhere =
          (i.code === 'recovery_amount' && byKey.get('init.kaishu.recovery')!.narrative!.includes(a)) ||
          fy2024OpinionGroups.some((g) => g.bullets.some((b) => b.includes(a)));
        expect(inOwn || elsewhere, `${i.code}: ${a}`).toBe(true);
      }
    }
    expect(byCode.get('guarantee_approvals_amount')!.aliases).toContain('保証承諾額');
    expect(byCode.get('recovery_amount')!.aliases).toEqual(expect.arrayContaining(['回収額', '総回収額']));
  });

  it.each(PRINTED)('%s: stored values print as the document does', (code, actual, plan, _pr, _yr, prior) => {
    const i = byCode.get(code)!;
    expect(i).toBeDefined();
    expect(i.actual === null ? null : printedUnit(i, i.actual)).toBe(actual);
    if (plan !== null) expect(printedUnit(i, i.plan!)).toBe(plan);
    if (prior !== null) expect(i.prior).toBe(prior);
  });

  it.each(PRINTED)('%s: plan and YoY ratios reproduce the printed ones (exact reference)', (code, _a, _p, planRatio, yoyRatio) => {
    const i = byCode.get(code)!;
    const rounding = i.ratioRounding ?? 'half_up';
    if (planRatio !== null) expect(tenths(i.actual!, i.plan!, rounding)).toBe(planRatio);
    if (yoyRatio !== null) expect(tenths(i.actual!, i.prior!, rounding)).toBe(yoyRatio);
  });

  it.each(PRINTED)('%s: ratioTenths() gives the printed ratios', (code, _a, _p, planRatio, yoyRatio) => {
    const i = byCode.get(code)!;
    const rounding = i.ratioRounding ?? 'half_up';
    if (planRatio !== null) expect(ratioTenths(i.actual, i.plan, rounding)).toBe(planRatio);
    if (yoyRatio !== null) expect(ratioTenths(i.actual, i.prior, rounding)).toBe(yoyRatio);
  });

  it('has the 回収 count unprinted and the KPI counts without a plan', () => {
    const c = byCode.get('recovery_count')!;
    expect([c.plan, c.actual, c.prior]).toEqual([null, null, null]);
    expect(byCode.get('recovery_amount')!.actual).toBe(108 * OKU + 4_300 * MAN);
  });
});

describe('fy2024 収支計算書', () => {
  // [name, printed amount, printed 増減額]
  const printed: Array<[string, number, number]> = [
    ['経常収入', 583 * OKU + 8_000 * MAN, -(33 * OKU + 6_300 * MAN)],
    ['経常支出', 350 * OKU + 9_100 * MAN, -(26 * OKU + 7_600 * MAN)],
    ['経常収支差額', 232 * OKU + 8_900 * MAN, -(6 * OKU + 8_700 * MAN)],
    ['経常外収入', 1_269 * OKU + 5_300 * MAN, 72 * OKU + 1_800 * MAN],
    ['経常外支出', 1_293 * OKU + 7_200 * MAN, 122 * OKU],
    ['経常外収支差額', -(24 * OKU + 1_900 * MAN), -(49 * OKU + 8_200 * MAN)],
    ['制度改革促進基金取崩額', 0, 0],
    ['収支差額変動準備金取崩額', 0, 0],
    ['当期収支差額', 208 * OKU + 7_000 * MAN, -(56 * OKU + 6_900 * MAN)],
  ];

  it('has the nine lines in order with amount and prior = amount − 増減額', () => {
    expect(fy2024FinancialLines.map((l) => [l.name, l.amount, l.amount - l.prior])).toEqual(printed);
  });

  it('adds up, this year and last', () => {
    const v = (name: string, k: 'amount' | 'prior') => fy2024FinancialLines.find((l) => l.name === name)![k];
    for (const k of ['amount', 'prior'] as const) {
      expect(v('経常収入', k) - v('経常支出', k)).toBe(v('経常収支差額', k));
      expect(v('経常外収入', k) - v('経常外支出', k)).toBe(v('経常外収支差額', k));
      expect(v('経常収支差額', k) + v('経常外収支差額', k) + v('制度改革促進基金取崩額', k) + v('収支差額変動準備金取崩額', k)).toBe(
        v('当期収支差額', k),
      );
    }
  });
});

describe('fy2025 (year in progress)', () => {
  it('plans every FY2024 indicator that has a plan or is a KPI, and nothing else', () => {
    const expected = indicators.filter((i) => i.plan !== null || i.pairKey !== undefined).map((i) => i.code);
    expect(Object.keys(fy2025Plan).sort()).toEqual(expected.sort());
    for (const code of expected) {
      const i = byCode.get(code)!;
      if (i.plan === null) expect(fy2025Plan[code], code).toBeNull();
      else expect(fy2025Plan[code], code).not.toBeNull();
    }
  });

  it('guesses an annual value for every indicator with monthly values', () => {
    const expected = indicators.filter((i) => i.aggregation !== 'annual' && i.actual !== null).map((i) => i.code);
    expect(Object.keys(fy2025AnnualGuess).sort()).toEqual(expected.sort());
  });

  it('enters April–October only', () => {
    expect(fy2025MonthsEntered).toBe(7);
    for (const i of indicators) {
      if (i.aggregation === 'annual' || i.actual === null) continue;
      const months = fy2025MonthlyActuals(i.code, i.aggregation, i.actual);
      expect(months, i.code).toHaveLength(7);
      if (i.unit === 'yen')
        expect(
          months.every((m) => m % 1_000_000 === 0),
          i.code,
        ).toBe(true);
    }
  });
});
