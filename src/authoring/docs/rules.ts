import type { RuleText } from "../../rules/engine/types";

/*
 * What each built-in rule checks (its title) and how it reads its text (its notes): documentation of the national
 * and Liaocheng packs, kept out of ggzy-rules/rules so that a browser that validates records does not carry it
 * (bilingual titles are about 19 KiB of the browser bundle, notes 8 KiB). `withBuiltinDocs` puts them on a rule
 * set's rules; the CLI, the service's GET /v1/rules, the catalogue and the demo report always apply them.
 */

/** A built-in rule's documentation, and the clause of the rule it documents. */
export interface RuleDoc {
  /** The clause the documented rule cites: a rule of the same id that cites another clause is another rule. */
  readonly clause: string;
  /** What the rule checks, static text for tables and charts (the finding's message carries the particulars). */
  readonly title: RuleText;
  /** Where the text leaves room, how the rule reads it, and what is uncertain (plain English). */
  readonly notes: string;
}

/** The national pack's rules, by id. */
export const nationalRuleDocs = {
  AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT: {
    clause: "NAT-MOF87-47",
    title: { zh: "代理机构工作人员不参加本机构代理项目的评审", en: "Agency staff do not review projects their agency runs" },
    notes: "Judged by the member's current employer against project.agencyId. From 2014-02-01 (74号令) for negotiation and inquiry, 214号 for consultation; for tenders the bar is 87号令 art. 47 (2017-10-01) — earlier GP tenders are judged by it too, which 18号令 may not have said in these words (uncertain).",
  },
  BID_BONDS_RETURNED_IN_5_DAYS: {
    clause: "NAT-TBLR-57",
    title: { zh: "合同签订后按期退还投标保证金", en: "Bid bonds returned in time after the contract is signed" },
    notes: "'最迟应当在书面合同签订后5日内' — bonds of winner and losers alike, with interest; the record's bondsReturnedOn is the day the last one went back. Only awards with bonds on record are judged.",
  },
  BID_BOND_AT_MOST_2_PERCENT: {
    clause: "NAT-TBLR-26",
    title: { zh: "投标保证金不超过估算价的规定比例", en: "Bid bond within the set share of the estimated price" },
    notes: "The base is estimatedPriceYuan (招标项目估算价), else the budget. Art. 26's 800,000-yuan cap for construction survey and design (from the 七部委 rules) is not encoded.",
  },
  BID_PERIOD_AT_LEAST_20_DAYS: {
    clause: "NAT-TBL-24",
    title: { zh: "招标文件发出至投标截止不少于规定天数", en: "Enough days from the tender documents to the bid deadline" },
    notes: "Binds projects that must be tendered by law. Counted from the day after the first issue to the deadline day: documents from 03-01 allow a deadline on 03-21, not 03-20.",
  },
  CANDIDATES_PUBLISHED_IN_TIME: {
    clause: "NAT-TBLR-54",
    title: { zh: "收到评标报告后按期公示中标候选人", en: "Candidates published in time after the evaluation report" },
    notes: "Art. 54 binds projects that must be tendered by law (依法必须进行招标的项目); the model does not tell them apart, so it is applied to every tender. GP projects announce the result instead (GP_RESULT_ANNOUNCED_IN_TIME).",
  },
  CANDIDATES_PUBLISHED_LONG_ENOUGH: {
    clause: "NAT-TBLR-54",
    title: { zh: "中标候选人公示期不少于规定天数", en: "Candidates published for long enough" },
    notes: "'公示期不得少于3日': both the first and the last day are counted here; a stricter reading (3 full days after the first) would want one more day.",
  },
  CLARIFICATION_15_DAYS_BEFORE_DEADLINE: {
    clause: "NAT-TBLR-21",
    title: { zh: "影响投标文件编制的澄清修改距投标截止不少于规定天数", en: "Material clarification early enough before the bid deadline" },
    notes: "Judged against the final bid deadline of the record: a deadline moved far enough satisfies the article. The pre-qualification variant (3 days before the application deadline) is not modelled.",
  },
  COMMITTEE_EXPERTS_TWO_THIRDS: {
    clause: "NAT-TBL-37",
    title: { zh: "评标委员会专家不少于成员总数三分之二", en: "Experts at least two thirds of the committee" },
    notes: "Members with role expert count as the article's technical and economic experts; the tenderer's representatives are the rest.",
  },
  COMMITTEE_SIZE_FIVE_OR_MORE_ODD: {
    clause: "NAT-TBL-37",
    title: { zh: "评标委员会不少于规定人数且为单数", en: "Committee of at least the set size, and odd" },
    notes: "Tendering only: GP tenders follow 87号令 art. 47 (GP_TENDER_COMMITTEE_*), GP groups 74号令 art. 7 / 214号 art. 14.",
  },
  COMPLAINT_ACCEPTANCE_IN_TIME: {
    clause: "NAT-TBLR-61",
    title: { zh: "收到投诉后按期决定是否受理", en: "Acceptance of a complaint decided in time" },
    notes: "Art. 61: the supervisor decides within 3 working days of receiving the complaint whether to accept it; receipt is the record's 'received' stage, else the filing day, and the decision either way is its 'accepted' stage. Working days follow the PRC calendar with its make-up workdays, counted from the day after receipt; a complaint not yet decided on is late only once asOf is past the last day. Tendering only: a GP complaint's review follows 94号令 art. 21 (GP_COMPLAINT_REVIEWED_IN_TIME). A refusal (outcome notAccepted) ends the period; it may be recorded as the 'decided' (or 'accepted') stage, and COMPLAINT_DECIDED_IN_TIME then asks nothing more.",
  },
  COMPLAINT_DECIDED_IN_TIME: {
    clause: "NAT-TBLR-61",
    title: { zh: "受理投诉后按期作出处理决定", en: "Complaint decided in time after acceptance" },
    notes: "A pause counts its working days from its first to its last day, both included. Overlapping pauses are counted twice; the record should not overlap them. Not asked of a complaint not accepted (outcome notAccepted).",
  },
  COMPLAINT_FILED_IN_TIME: {
    clause: "NAT-TBLR-60",
    title: { zh: "投诉在规定期限内提出", en: "Complaint filed within the time limit" },
    notes: "Severity info: a late complaint may be refused, it is not a breach by anyone. Art. 60 para. 2: for matters of arts. 22, 44 and 54 an objection (异议) must come first and its answer period is not counted — taken as the days from the day after the objection to the answer day; an unanswered objection extends nothing here (the text leaves open how long it then runs).",
  },
  CONTRACT_SIGNED_IN_TIME: {
    clause: "LC80-5.1",
    title: { zh: "中标通知书发出后按期签订书面合同", en: "Written contract signed in time after the award notice" },
    notes: "Both regimes set 30 days from the award notice (招标投标法 art. 46, 政府采购法 art. 46); GP records before the GP Law (2003-01-01) are judged by the tendering text's date.",
  },
  DOCUMENTS_ON_SALE_5_DAYS: {
    clause: "NAT-TBLR-16",
    title: { zh: "招标文件发售期不少于规定天数", en: "Tender documents on sale for long enough" },
    notes: "'发售期不得少于5日': the first and last day of sale both count (03-01 to 03-05 is 5 days).",
  },
  EXPERT_AVOIDS_CONFLICT_OF_INTEREST: {
    clause: "NAT-TBLR-46",
    title: { zh: "评标专家回避利害关系", en: "Expert avoids a conflict of interest" },
    notes: "The tendering texts say 'interest in a bidder' (利害关系) without a period: the 3-year look-back for employment, directorship and control is borrowed from 政府采购法实施条例 art. 9 as a policy parameter. Relatives are 近亲属 of 民法典 art. 1045 (spouse, parents, children, siblings, grand-parents, grandchildren) of a bidder's legal representative or controlling person. The tenderer's staff may sit only as its representatives (counted in the third that is not experts).",
  },
  GP_BID_BOND_AT_MOST_2_PERCENT: {
    clause: "NAT-GPLR-33",
    title: { zh: "投标保证金不超过采购预算的规定比例", en: "Bid bond within the set share of the procurement budget" },
    notes: "Art. 33 speaks of tenders; 74号令 (art. 14) and 214号 (art. 12, the article number recalled from memory, to be confirmed) apply the same 2% cap to response bonds, so every GP method is covered; the basis cites all three.",
  },
  GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS: {
    clause: "NAT-GPLR-33",
    title: { zh: "按期退还政府采购投标（响应）保证金", en: "Procurement bid (response) bonds returned in time" },
    notes: "政府采购法实施条例 art. 33 para. 2 (2015-03-01; 87号令 art. 38 repeats it for tenders): the losers' bonds within 5 working days of the award notice (中标通知书发出之日), the winner's within 5 working days of the contract's signing. Para. 3 extends it to negotiation and inquiry ('参照'); 214号 (consultation) has no such sentence as I read it, so consultation and single source are out of scope (to confirm against the texts). The record has one date, the day the LAST bond went back (bondsReturnedOn): a return after both last days proves at least one bond late, but a return between them may be the winner's in time while a loser's was late — that cannot be told and is not flagged. Judged only with a contract signed and a bond asked for (bidBondYuan) or a return on record; a bond not yet back is late once asOf is past the later last day. A winner's bond converted into the performance bond (87号令 art. 38) should be recorded as returned on the day of conversion. The late-payment interest (87号令 art. 38) is not checked.",
  },
  GP_BID_PERIOD_AT_LEAST_20_DAYS: {
    clause: "NAT-GPL-35",
    title: { zh: "政府采购等标期不少于规定天数", en: "Government procurement bidding period long enough" },
    notes: "Art. 35 covers goods and services procured by tender; counted as BID_PERIOD_AT_LEAST_20_DAYS.",
  },
  GP_CHALLENGE_ANSWERED_IN_TIME: {
    clause: "NAT-GPL-53",
    title: { zh: "按期答复质疑", en: "Challenge answered in time" },
    notes: "GP Law art. 53: the purchaser answers a written challenge within 7 working days of receiving it (94号令 art. 13, from 2018-03-01, says the same of the purchaser and the agency). The challenge's filing day stands for its receipt — a challenge that arrived later (by post) is judged strictly — and the period runs from the next day on the PRC working-day calendar. Only challenges recorded on a complaint are judged; one still unanswered is late only once asOf is past the last day. Version 2: a complaint with no challenge on record is not judged (noData), where version 1 passed it.",
  },
  GP_CHALLENGE_FILED_IN_TIME: {
    clause: "NAT-GPL-52",
    title: { zh: "质疑在规定期限内提出", en: "Challenge filed within the time limit" },
    notes: "Severity info: a late challenge may be refused. When the knowing day is disputed, 94号令 art. 10 fixes it per matter (documents: when obtained or the notice period ends; process: when it ends; result: when announced); the record's objection.knownOn (else knownOn) carries it. Version 2: a complaint with no challenge on record is not judged (noData), where version 1 passed it.",
  },
  GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE: {
    clause: "NAT-MOF87-27",
    title: { zh: "政府采购招标文件澄清修改距投标截止不少于规定天数", en: "Government procurement clarification early enough before the bid deadline" },
    notes: "87号令 art. 27: a clarification that may affect the preparation of bids comes at least 15 days before the bid deadline, or the deadline moves; counted in calendar days from the issue day to the final deadline's day (03-01 to 03-16 is enough), the hour ignored — counting whole days back from the deadline hour would be stricter. Whether it may affect bids is the purchaser's judgement (the record's affectsPreparation flag; others are not judged); the clarification closest to the deadline is reported.",
  },
  GP_COMMITTEE_SEVEN: {
    clause: "NAT-MOF87-47",
    title: { zh: "大额、技术复杂或社会影响较大项目的评标委员会达到规定人数", en: "Larger committee for a large, complex or high-impact procurement" },
    notes: "Art. 47 para. 2: any ONE of (1) budget of 10 million yuan or more, (2) technically complex, (3) wide social impact. 'Technically complex' and 'wide social impact' are the purchaser's judgement: the record's flags (technicallyComplex, publicImpact) carry it. Tenders only: consultation, negotiation and inquiry groups follow 214号 / 74号令.",
  },
  GP_COMPLAINT_DECIDED_IN_TIME: {
    clause: "NAT-GPL-56",
    title: { zh: "政府采购投诉按期作出处理决定", en: "Procurement complaint decided in time" },
    notes: "政府采购法 art. 56 (in force 2003-01-01): '政府采购监督管理部门应当在收到投诉后三十个工作日内，对投诉事项作出处理决定' — 30 working days from receipt, the duty since 2003; 94号令 art. 26 (2018-03-01) repeats it. One rule, whose pauses depend on the day of receipt: from 2018-03-01, 94号令 art. 27 leaves out the time for testing, appraisal, expert review or the complainant's supplements, from the day the request goes out to the day the answer comes back (the record's pauses, every reason, both ends counted); a complaint received before then is given no pause — the law has none, and 财政部令第20号 (2004–2018), which governed complaints then, is not encoded (as I recall it counted its 30 working days from acceptance, not receipt; the law's words are followed here). Art. 28's suspension of the procurement (at most 30 days) does not extend the period. Not asked of a complaint not accepted (outcome notAccepted).",
  },
  GP_COMPLAINT_FILED_IN_TIME: {
    clause: "NAT-GPL-55",
    title: { zh: "质疑答复期满后在规定期限内投诉", en: "Complaint filed within the time limit after the answer period" },
    notes: "'答复期满后十五个工作日内': counted from the end of the 7-working-day answer period, whether the answer came earlier or not — the text's words; some authorities count from an earlier answer. Needs the challenge on record: without it the rule is not judged (noData, version 2; version 1 passed it); a GP complaint accepted without a prior challenge is GP_COMPLAINT_AFTER_CHALLENGE's (94号令 art. 19(1)).",
  },
  GP_COMPLAINT_AFTER_CHALLENGE: {
    clause: "NAT-MOF94-19",
    title: { zh: "政府采购投诉前已依法质疑", en: "Procurement complaint preceded by a challenge" },
    notes: "94号令 art. 19: '投诉人提起投诉应当符合下列条件：（一）提起投诉前已依法进行质疑；…'; art. 21(2): a complaint that does not meet art. 19 is refused in writing (不予受理) within 3 working days after the review. 政府采购法 art. 55 gives the complaint to the 质疑供应商, the supplier that challenged. The rule flags a GP complaint accepted — an 'accepted' stage, or a transfer, investigation or decision on the merits showing it (art. 21(4)) — when the record carries no challenge by the complainant (the complaint's objection). It reads the record as complete: an absent objection is read as no challenge, so a platform that does not record challenges gets this on every GP complaint it accepted. Hence a warning, not an error: the record does not show the condition of admissibility, which may be a gap in the record rather than in the handling. A complaint refused (outcome notAccepted) or not yet accepted draws nothing. A challenge out of time still counts as one here (art. 19(1)'s '依法' could be read as 'in time'; GP_CHALLENGE_FILED_IN_TIME judges that). Not checked: 政府采购法实施条例 art. 55 and 94号令 art. 20 (the complaint may not go beyond the matters challenged, save those arising from the answer) — the record does not say what either was about. From 2018-03-01; before it 财政部令第20号 (not encoded) set, as I recall it, the same condition. 94号令 art. 11 is about who may challenge (a supplier that took part in the procurement), not about the complaint. Article numbers and wording are from recollection.",
  },
  GP_COMPLAINT_REVIEWED_IN_TIME: {
    clause: "NAT-MOF94-21",
    title: { zh: "政府采购投诉按期审查", en: "Procurement complaint reviewed in time" },
    notes: "94号令 art. 21: '财政部门收到投诉书后，应当在5个工作日内进行审查，审查后按照下列情况处理'. (1) A 补正 notice goes out within 5 working days of receipt: the record's pause with reason 'supplement' (from the notice to the supplement's arrival). A notice sent in time stops the count: its working days, both ends counted, are added to the review's (art. 27: the complainant's supplement time is not counted — read here as covering the review too, so after the supplement the review has what was left of its 5 days; reading the supplemented complaint as received anew would give a fresh 5). A notice after the 5th working day extends nothing, so the review's end is judged against the 5th. (2) A refusal (不予受理, outcome notAccepted; stage 'decided' or 'accepted') is notified in writing '在3个工作日内' after the review: by the 8th working day (gpComplaintReviewWorkingDays + gpComplaintRefusalWorkingDays). Read as 3 working days after the 5-day review, the latest day the review may end — the record does not say when the review itself ended; reading it as 3 working days from receipt would put the refusal before the review's own end, which the words '审查后' exclude. (3) Referral to the competent department (3 working days, 告知向有管辖权的部门投诉) has no stage of its own: record it as a refusal. (4) A complaint that meets arts. 18–19 '自收到投诉书之日起即为受理': acceptance needs no act of its own, so the review ends with the recorded acceptance (stage 'accepted') when there is one; with none, a later stage (transferred, investigated, or a decision on the merits) shows the complaint was accepted and nothing is late; with none of these, the complaint is late once asOf is past the last day. Quoted from the lead's text, which matches my recollection of the order (art. 21(4) goes on to the answer notice to the respondent within 8 working days of receipt — consistent with 5 + 3). Before 2018-03-01, 财政部令第20号 governed (not encoded).",
  },
  GP_CONSULTATION_GROUP_COMPOSITION: {
    clause: "NAT-MOF214-14",
    title: { zh: "磋商小组三人以上单数且专家不少于三分之二", en: "Consultation group of three or more, odd, two thirds experts" },
    notes: "214号 sets no 5- or 7-member rule for consultation: 87号令 art. 47's 7-member rule is for tenders and is not applied here. Art. 14 also wants a legal expert in the group of a technically complex, highly specialised project; the model has no field for it yet.",
  },
  GP_CONSULTATION_RESPONSE_PERIOD: {
    clause: "NAT-MOF214-10",
    title: { zh: "磋商文件发出至首次响应截止不少于规定天数", en: "Enough days from the consultation documents to the first responses" },
    notes: "214号 art. 10: at least 10 days from the day the consultation documents are issued to the deadline for the first responses. Counted from the day after issue to the deadline day (民法典 art. 201: issued 03-01, a deadline on 03-11 is enough, 03-10 is not); a minimum period is not moved off rest days (art. 203 is not applied). Counting the issue day itself, as some practitioners read '从…发出之日起', would allow 03-10.",
  },
  GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE: {
    clause: "NAT-MOF214-10",
    title: { zh: "磋商文件澄清修改距首次响应截止不少于规定天数", en: "Consultation clarification early enough before the first response deadline" },
    notes: "214号 art. 10: a clarification or change that may affect the preparation of the responses is notified at least 5 days (calendar) before the deadline for the first responses, or the deadline moves. Counted as GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE: from the day after the issue to the final deadline's day, the hour ignored (issued 03-27, a deadline on 04-01 is enough). Whether it may affect the responses is the purchaser's judgement (affectsPreparation). A deadline moved as the article asks is the record's bidDeadline. Changes made by the group during the consultation itself (art. 22) are not clarifications of this kind: one issued after the deadline day is not judged.",
  },
  GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS: {
    clause: "NAT-MOF214-10",
    title: { zh: "磋商文件发售期不少于规定工作日", en: "Consultation documents on sale for enough working days" },
    notes: "214号 art. 10: '磋商文件的发售期限自开始之日起不得少于5个工作日' — from documentsIssuedOn (the first day of sale) to documentsAvailableUntil, both counted, working days of the PRC calendar (a sale from Friday needs until the next Thursday). Unlike 87号令 art. 18 it counts from the start of the sale, not from the notice. 74号令 sets no sale period for negotiation or inquiry documents, so nothing is checked for them.",
  },
  GP_CONTRACT_ANNOUNCED_IN_TIME: {
    clause: "NAT-GPLR-50",
    title: { zh: "政府采购合同按期公告", en: "Procurement contract published in time" },
    notes: "Art. 50 exempts contracts involving state secrets or commercial secrets; the model has no flag for that.",
  },
  GP_CONTRACT_FILED_IN_TIME: {
    clause: "NAT-GPL-47",
    title: { zh: "政府采购合同副本按期备案", en: "Copy of the procurement contract filed in time" },
    notes: "政府采购法 art. 47 (2003-01-01): '政府采购项目的采购合同自签订之日起七个工作日内，采购人应当将合同副本报同级政府采购监督管理部门和有关部门备案'. Every GP contract whatever the method (the article names none), as GP_CONTRACT_ANNOUNCED_IN_TIME for art. 50. Counted in working days from contract.signedOn to contract.filedOn (the day the copy reached the finance department); a contract without signedOn is not judged. A filing not on record is pending, judged on asOf like every other act of the award timeline (the result, the notice, the contract's announcement, the bonds): the record cannot tell 'not yet filed' from 'not recorded', and reading absence as 'not recorded' would hide the very filings the article asks for. So a platform that does not record the filing (OCDS has no field for it: readOcdsRelease never sets filedOn) sees one finding per GP contract signed more than gpContractFilingWorkingDays working days before asOf, its message showing the filing as '— (asOf)'; without asOf nothing pending is judged. National rules are floors and cannot be disabled: such a platform should record the filing. The finance department's own records are the proof; the article's 'and the departments concerned' (有关部门) is not modelled.",
  },
  GP_DOCUMENTS_PROVIDED_5_WORKING_DAYS: {
    clause: "NAT-MOF87-18",
    title: { zh: "招标文件提供期不少于规定工作日", en: "Tender documents provided for enough working days" },
    notes: "Art. 18: '提供期限自招标公告、资格预审公告发布之日起计算，不得少于5个工作日'. Counted from dates.publishedOn (the notice) when the record has it, else from documentsIssuedOn, to documentsAvailableUntil, both ends counted (timeline.gpSaleFrom). Reading '自…之日起计算' under 民法典 art. 201 (publication day excluded) would want one more working day.",
  },
  GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE: {
    clause: "NAT-MOF74-29",
    title: { zh: "谈判文件、询价通知书澄清修改距响应截止之日不少于规定工作日", en: "Negotiation or inquiry clarification early enough before the response deadline" },
    notes: "74号令 art. 29 (negotiation) and art. 45 (inquiry): a clarification or change that may affect the preparation of the responses is notified '在提交首次响应文件截止之日3个工作日前' (inquiry: 提交响应文件截止之日), or that day moves. Counted as the working days from the issue day to the day before the deadline day, both included: issued Monday, a deadline on Thursday is enough (Monday is the third working day before Thursday); issued Wednesday, a Saturday deadline is enough (Wed, Thu, Fri); issued on a Sunday, a Wednesday deadline is not (Mon, Tue). A stricter reading wanting three whole working days between the two would ask for one more. Changes the group makes after the first response deadline, during the negotiation itself (74号令 art. 31), are not these clarifications: one issued after the deadline day is not judged. Whether it may affect the responses is the purchaser's judgement (affectsPreparation); a deadline moved as asked is the record's bidDeadline.",
  },
  GP_NEGOTIATION_GROUP_COMPOSITION: {
    clause: "NAT-GPL-38",
    title: { zh: "谈判、询价小组三人以上单数且专家不少于三分之二", en: "Negotiation or inquiry group of three or more, odd, two thirds experts" },
    notes: "In force with the law (2003-01-01); 74号令 art. 7 (2014-02-01) restates it. A single-source procedure has no group of this kind (74号令 art. 42: 'professionals' agree the price), so no size rule applies to it.",
  },
  GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD: {
    clause: "NAT-MOF74-7",
    title: { zh: "达到公开招标数额标准的谈判、询价小组五人以上单数", en: "Negotiation or inquiry group of five or more at the open-tender threshold" },
    notes: "The thresholds are set by the State Council / provinces, not by the order: the record's atTenderThreshold flag says whether the project reaches them. Parity is already judged by GP_NEGOTIATION_GROUP_COMPOSITION.",
  },
  GP_NEGOTIATION_RESPONSE_PERIOD: {
    clause: "NAT-MOF74-29",
    title: { zh: "谈判文件、询价通知书发出至响应截止不少于规定工作日", en: "Enough working days from negotiation or inquiry documents to the responses" },
    notes: "The first response deadline is the record's bidDeadline. Working days after the issue day up to the deadline day.",
  },
  GP_NOTICE_ISSUED_IN_TIME: {
    clause: "NAT-GPLR-43",
    title: { zh: "确定中标（成交）供应商后按期发出中标（成交）通知书", en: "Award notice issued in time after the winner is determined" },
    notes: "政府采购法实施条例 art. 43 para. 2 (2015-03-01): '采购人或者采购代理机构应当自中标、成交供应商确定之日起2个工作日内，发出中标、成交通知书，并在省级以上人民政府财政部门指定的媒体上公告中标、成交结果' — the notice and the announcement (GP_RESULT_ANNOUNCED_IN_TIME) share one last day; para. 1 is the report's delivery and the winner's determination (GP_REPORT_DELIVERED_IN_TIME, GP_WINNER_CONFIRMED_IN_TIME). 87号令 art. 69 (the notice with the announcement) and 74号令 art. 18 say the same for their methods. Every method ending in a result, single source included; framework agreements (财政部令第110号) are not covered. Counted in working days from award.decidedOn to award.noticeOn; an award without decidedOn is not judged. A notice not on record is pending, judged on asOf as the result is. The paragraph numbering and the 74号令 article are to be confirmed against the texts.",
  },
  GP_REPORT_DELIVERED_IN_TIME: {
    clause: "NAT-GPLR-43",
    title: { zh: "评审结束后按期将评审报告送交采购人", en: "Review report delivered to the purchaser in time" },
    notes: "政府采购法实施条例 art. 43 (2015-03-01): '采购代理机构应当自评审结束之日起2个工作日内将评审报告送交采购人' for every method with a review report; 87号令 art. 68 (tenders), 74号令 arts. 36 (negotiation) and 49 (inquiry) and 214号 art. 28 (consultation) say the same ('送采购人（确认）'). Single source has no review report (74号令: a record of the negotiation), so it is out of scope. The duty is the agency's: a purchaser that runs the procedure itself (no project.agencyId) owes no delivery, and for such tenders 87号令 art. 68 instead wants the winner within 5 working days of the end of the evaluation, which GP_WINNER_CONFIRMED_IN_TIME checks. Counted from the end of the review ('自评审结束之日起') to the day the purchaser received the report (award.reportReceivedOn), delivery and receipt taken as one day. The end of the review is the latest endedAt of the evaluations (not cancelled) of the award's lot, an evaluation or award without a lot matching any; evaluations on record that do not say when they ended leave it unknown and the award is not judged. Only when evaluations are given but none of the award's lot is among them, the project's evaluationOn stands in, the review then assumed to have ended the day it began (a longer review would be judged too early: give the evaluations to validateProject). An award without that day is not judged: the award shows the report arrived, only its day is unknown. An award checked without its evaluations (validateAward's optional input) is skipped as noData. Before 2015-03-01, 74号令 (from 2014-02-01) and 214号 (from 2014-12-31) already bound negotiation, inquiry and consultation; those months are not checked. The 74号令 / 214号 article numbers are to be confirmed against the texts.",
  },
  GP_RESULT_ANNOUNCED_IN_TIME: {
    clause: "NAT-MOF87-69",
    title: { zh: "确定中标（成交）供应商后按期公告结果", en: "Result announced in time after the winner is determined" },
    notes: "政府采购法实施条例 art. 43 (2015-03-01): the result within 2 working days of determining the winner, for every method ending in one; 87号令 art. 69 (tenders), 74号令 art. 18 (negotiation, inquiry, single source) and 214号 art. 29 (consultation) repeat it. Framework agreements (财政部令第110号) are not covered. The 74号令 / 214号 article numbers are to be confirmed against the texts.",
  },
  GP_REVIEWER_AVOIDS_SUPPLIER_TIES: {
    clause: "NAT-GPLR-9",
    title: { zh: "评审专家回避与供应商的利害关系", en: "Reviewer avoids ties with a supplier" },
    notes: "Art. 9 speaks of suppliers: (1) employment, (2) director or supervisor, (3) controlling shareholder or actual controller, each within 3 years before the procurement; (4) spouse, lineal blood relatives, collateral blood relatives within three generations or close in-laws of the supplier's legal representative or person in charge; (5) other ties — not machine-checkable. Ties to the purchaser are not art. 9's: its staff are barred as experts by PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE.",
  },
  GP_TENDER_COMMITTEE_COMPOSITION: {
    clause: "NAT-MOF87-47",
    title: { zh: "政府采购评标委员会五人以上单数且评审专家不少于三分之二", en: "Procurement evaluation committee of five or more, odd, two thirds experts" },
    notes: "87号令 art. 47 para. 1 and, before 2017-10-01, 18号令 art. 45 say the same (5+ odd, experts at least 2/3). 18号令 art. 45 also asked for 5+ experts on projects of 3 million yuan or more that are technically complex; that clause is recalled from memory, not encoded.",
  },
  GP_WINNER_CONFIRMED_IN_TIME: {
    clause: "NAT-MOF87-68",
    title: { zh: "收到评审报告后按期确定中标（成交）供应商", en: "Winner determined in time after the review report" },
    notes: "政府采购法实施条例 art. 43 (2015-03-01) gives the purchaser 5 working days from receiving the review report for every method with one — tenders, negotiation, inquiry, consultation (also 74号令 arts. 36, 49; 214号 art. 28); 87号令 art. 68 repeats it for tenders. The agency's 2 working days to deliver the report are GP_REPORT_DELIVERED_IN_TIME. A purchaser that runs the procedure itself (no project.agencyId) receives no report from anyone: 87号令 art. 68 '采购人自行组织招标的，应当在评标结束后5个工作日内确定中标人' — so, when the award records no reportReceivedOn, the 5 working days run from the end of the evaluation (awardTimeline.evaluationEndedOn, read as for GP_REPORT_DELIVERED_IN_TIME: with evaluations given but none of the award's lot, the project's evaluationOn, a one-day review). With neither a receipt day nor that end on record — an agency-run award without reportReceivedOn, a self-run award checked without its evaluations — the rule is skipped as noData (missing awardTimeline.confirmFrom), not listed as evaluated. For self-run negotiation, inquiry and consultation the same end of the review is taken as the day the purchaser has the report (a reading of art. 43: the purchaser's own group reports to it). A self-run award that does record reportReceivedOn is counted from it, which for a tender is lenient when that day is after the evaluation's end. A project without agencyId is taken as self-run, as GP_REPORT_DELIVERED_IN_TIME takes it; an award judged without its project knows neither and is counted from reportReceivedOn only.",
  },
  OBJECTION_ANSWERED_BEFORE_DEADLINE: {
    clause: "NAT-TBLR-22",
    title: { zh: "对招标文件的异议答复前未截止投标", en: "Bids not closed before an objection to the documents is answered" },
    notes: "Art. 22: '招标人应当自收到异议之日起3日内作出答复；作出答复前，应当暂停招标投标活动'. Read as: the bids' deadline (and so their opening, 招标投标法 art. 34) is not held while an objection raised in time is unanswered; the finding is a deadline day after the objection's day (filedOn, taken as receipt) and before its answer's day. Left open by the record: it has the answer as a day and the deadline's time, not the answer's, so a deadline on the answer's day (or on the objection's) is not judged; an objection with no answeredOn is taken as unanswered as of asOf (a deadline before asOf is a finding; without asOf it is not judged) — an answer given but not recorded cannot be told from none, and the record has no way to say an objection was withdrawn, so one left unanswered and then withdrawn is taken as pending until asOf and a deadline after its withdrawal is accused. Only objections raised objectionMinDays (10) or more days before the deadline held count: a late one need not be entertained (OBJECTION_TO_DOCUMENTS_IN_TIME). The record keeps one deadline, the one held; a deadline postponed past the answer is compliant, and other steps of the suspended procedure (sale of documents, site visits, prequalification) have no date the rule could read. Objections to the prequalification documents (2 days before their deadline) are not in the model. This rule and OBJECTION_ANSWERED_IN_3_DAYS are separate duties of the same article: to answer within 3 days, and to suspend the procedure until the answer. An objection counted here was raised 10 or more days before the deadline, so an answer after the deadline is usually late too and both fire; over an answer period extended past rest days (民法典 art. 203: a Spring Festival holiday, say) the answer can be in time and still come after the deadline, and this rule fires alone. Judged on the project (validateProject), which has both dates.",
  },
  OBJECTION_ANSWERED_IN_3_DAYS: {
    clause: "NAT-TBLR-22",
    title: { zh: "收到异议后按期答复", en: "Objection answered in time" },
    notes: "Counted from the day of receipt (the filing day in the record). Art. 22 also halts the procedure until the answer: OBJECTION_ANSWERED_BEFORE_DEADLINE.",
  },
  OBJECTION_TO_DOCUMENTS_IN_TIME: {
    clause: "NAT-TBLR-22",
    title: { zh: "对招标文件的异议在投标截止前规定天数提出", en: "Objection to the tender documents raised early enough before the deadline" },
    notes: "Severity info: a late objection is the objector's loss (the tenderer need not entertain it), not the tenderer's breach.",
  },
  PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE: {
    clause: "NAT-MOF87-47",
    title: { zh: "采购人工作人员只能以采购人代表身份参加评审", en: "Purchaser staff review only as the purchaser's representative" },
    notes: "The issue cites 87号令 art. 48; my reading places the sentence ('评审专家对本单位的采购项目只能作为采购人代表参与评标') in art. 47, with an exception pointing to art. 48 para. 2 (experts the purchaser chooses itself for technically complex projects), which this rule does not model. Uncertain numbering, so both are named here.",
  },
  RESULT_OBJECTION_ANSWERED_BEFORE_AWARD: {
    clause: "NAT-TBLR-54",
    title: { zh: "对评标结果的异议答复前未定标、发出中标通知书或签订合同", en: "No winner, notice or contract before an objection to the result is answered" },
    notes: "Art. 54 para. 2: '招标人应当自收到异议之日起3日内作出答复；作出答复前，应当暂停招标投标活动'. Read as: no winner determined (award.decidedOn), award notice issued (noticeOn) or contract signed (the contract's signedOn) after an objection to the result and before its answer; the finding names the first such step. Art. 54 binds projects that must be tendered by law (依法必须进行招标的项目); the model does not tell them apart, so every tender is held to it (as RESULT_OBJECTION_ANSWERED_IN_3_DAYS is). Which objections: those of the evaluation round that produced the award's candidates — of the evaluations of the award's lot (an evaluation without a lot, or an award without one, matches any), whatever their status, the one whose candidates' publication started latest on or before the award's first step (the earliest of decidedOn, noticeOn and the contract's signedOn); several starting that same day all count. So an evaluation cancelled after the award (an objection upheld, the result redone) still binds the award that went on before the answer, and an earlier round of a re-tender recorded in the same project does not bind the later round's award. A later round whose publication is not on record supersedes the earlier one when it began (its startedAt) after that publication and by the award's first step; without startedAt it cannot be placed, and the earlier round's objections are read as the award's. Of that round, the objections filed during the publication count, as for RESULT_OBJECTION_ANSWERED_IN_3_DAYS: from its first day to the later of its recorded last day and the last day of the shortest publication allowed (candidatePublicationMinDays, both end days counted as CANDIDATES_PUBLISHED_LONG_ENOUGH counts them), so a publication cut short does not cut off an objection. With no publication on record no objection is judged (CANDIDATES_PUBLISHED_IN_TIME reports the missing publication). Left open by the record: dates have no time, so a step on the objection's day or on the answer's day is not judged (the answer may have come first); an objection with no answeredOn is taken as unanswered as of asOf (a step before asOf is a finding; without asOf it is not judged) — an answer not recorded cannot be told from none, and the record has no way to say an objection was withdrawn, so one left unanswered and then withdrawn is taken as pending until asOf and a step after its withdrawal is accused. A step before the objection is not a breach of this paragraph. Judged by validateProject, and by validateAward when given the project's evaluations (read the same way); validateAward without them has no objection on record and never fires this rule.",
  },
  RESULT_OBJECTION_ANSWERED_IN_3_DAYS: {
    clause: "NAT-TBLR-54",
    title: { zh: "收到对评标结果的异议后按期答复", en: "Objection to the evaluation result answered in time" },
    notes: "Art. 54 para. 2: an objection to the evaluation result of a project that must be tendered by law is raised during the candidates' publication, and the tenderer answers within 3 days of receiving it (filedOn stands for receipt), counted from the next day with 民法典 art. 203's rest-day extension; one not yet answered is late once asOf is past the last day. The record's evaluation.resultObjections is optional: no objections on record, nothing judged. The model does not tell projects that must be tendered from others, so every tender is held to it (as the candidate-publication rules are). Only an objection filed within the candidates' publication (evaluation.candidatePublication, first and last day included) starts the 3 days: one filed before or after it is not judged (a late one is the objector's loss, not the tenderer's breach). A publication cut short does not cut off the right to object: the publication is taken to last to the later of its recorded last day and the last day of the shortest one allowed (candidatePublicationMinDays, both end days counted as CANDIDATES_PUBLISHED_LONG_ENOUGH counts them). With no publication on record no objection is judged (CANDIDATES_PUBLISHED_IN_TIME reports the missing publication). The suspension of the procedure until the answer ('作出答复前，应当暂停招标投标活动') is RESULT_OBJECTION_ANSWERED_BEFORE_AWARD.",
  },
  SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE: {
    clause: "NAT-TBLR-46",
    title: { zh: "监管部门工作人员不担任本部门监督项目的评委", en: "Supervisor's staff not on committees of projects it supervises" },
    notes: "Art. 46 para. 4 (its last) bars the staff of the department that supervises the project from its committee, in any seat (experts and the tenderer's representatives alike); 'its staff' is read from the member's recorded supervisingDepartmentId against the project's. Staff of other supervisors are not barred by this article (the directive's LC80-4.4 keeps them out of the pools: EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF). A member whose department is not recorded cannot be judged and is not flagged.",
  },
  TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS: {
    clause: "NAT-TBL-47",
    title: { zh: "确定中标人后按期向监管部门提交书面报告", en: "Written report to the supervisor in time after the winner is determined" },
    notes: "Binds projects that must be tendered by law. Counted from the day the winner was determined (decidedOn), not from the award notice.",
  },
} as const satisfies Record<string, RuleDoc>;

/** The Liaocheng pack's rules, by id. */
export const liaochengRuleDocs = {
  ABANDONMENT_REASON_FILED: {
    clause: "LC80-5.3",
    title: { zh: "中标人弃标说明理由并备案", en: "Winner's abandonment explained to the tenderer and filed" },
    notes: "Two acts are required whatever the reason, proper or not: a detailed explanation to the tenderer (purchaser) and a filing with the supervisor. The rule checks that both are dated in the record; whether the explanation is 'detailed' is not machine-checkable, and the directive sets no period for either act, so none is checked.",
  },
  ABANDONMENT_WITHOUT_PROPER_REASON: {
    clause: "LC80-5.3",
    title: { zh: "无正当理由弃标移送查处", en: "Abandonment without a proper reason referred for investigation" },
    notes: "The directive does not list proper (or lawful) reasons: the record's reason category is compared with properAbandonmentReasons (default force majeure, the tenderer's fault, a lawful change), so whether, say, a price error counts is policy a practitioner may dispute. The finding is a referral to the supervisor (依法查处); the sanction itself is national law (招标投标法实施条例 art. 74, 政府采购法实施条例 art. 72) and is not judged here.",
  },
  AGENCY_DISCLOSURE_COMPLETE: {
    clause: "LC80-3.1",
    title: { zh: "代理机构信息公示完整", en: "Agency disclosure complete" },
    notes: "The directive lists five parts to publish per agency (personnel, practice, internal controls, inspections and penalties, credit) without a deadline: a part counts as published when its date is on or before the selection day. The directive puts the duty on supervisors, so this is a warning about the engaged agency's record, not the tenderer's violation.",
  },
  AGENCY_MERIT_OR_JUSTIFIED: {
    clause: "LC80-3.2",
    title: { zh: "择优选择代理机构或书面说明", en: "Agency chosen on merit, or the choice explained in writing" },
    notes: "'On merit' is the tenderer's own recorded ranking (candidates) if any, else rankAgencies: agencies not blacklisted on the selection day whose fields include the project's category, by credit score; a chosen agency outside the ranking ranks last, and with no candidates and fewer than two agencies nothing is judged. Any written explanation attached counts, whatever its reasons or date, and the selection method (e.g. a random draw) exempts nothing.",
  },
  AGENCY_NOT_BLACKLISTED: {
    clause: "LC80-3.1",
    title: { zh: "不得委托黑名单代理机构", en: "No blacklisted agency engaged" },
    notes: "The directive asks for blacklist management (黑名单) but does not state its effect; the rule reads any active entry as barring engagement, whatever its issuer or scope. An entry is active from its start day to its end day (both inclusive, open-ended without one), judged on the selection day; a blacklisting after the selection does not make the selection a violation.",
  },
  AGENCY_SELECTION_FILED: {
    clause: "LC80-3.2",
    title: { zh: "代理机构选取作为“三重一大”事项向派驻纪检监察组报备", en: "Agency selection filed with the discipline inspection group as a collective decision" },
    notes: "The directive asks for filing the selection method and result with the resident discipline inspection group as a '三重一大' matter; the rule reads that as two facts of the record: a filing exists and it records a collective decision. The directive sets no deadline for the filing, and the rule does not check its date, its contents or which group it went to.",
  },
  AGENCY_STAFF_TRAINED: {
    clause: "LC80-3.3",
    title: { zh: "代理从业人员定期培训", en: "Agency staff trained periodically" },
    notes: "'Periodic' training is not quantified by the directive: a passed training dated on or before the selection day and fewer than trainingPeriodDays (default 365) days before it counts — one exactly 365 days earlier does not. Only the staff the agency-selection check names (projectStaff) are judged when given, otherwise every staff member of the agency. The directive puts training and assessment on the supervisors, hence a warning about the agency's record.",
  },
  BLIND_REVIEW_ASSIGNMENT_VALID: {
    clause: "LC80-6.1",
    title: { zh: "暗标错位评审安排有效", en: "Valid blind, dislocated review assignment" },
    notes: "Judged only where the evaluation records a blind review: the directive asks to improve blind dislocated review (完善提升), not to use it on every project. Read as: a unique code per bid, each committee expert a full order of all codes, orders distinct as far as the number of bids allows, a verifiable draw record, codes sealed until the evaluation ends. 错位 (dislocated) is not defined; elsewhere it also means splitting bids into parts reviewed by different experts, which is not modelled.",
  },
  CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED: {
    clause: "LC80-5.1",
    title: { zh: "中标后取消采购或不履约须集体决策并报告", en: "Cancellation or non-performance after award decided collectively and reported" },
    notes: "Only acts after the award are judged: cancelling the plan, delaying or refusing performance. The collective ('三重一大') decision must be dated on or before the act — the code's reading of '作为三重一大事项进行研究' — and a report to the supervisor must be on record; the directive sets no period for the report, so none is checked. Whether the cancellation itself was lawful (招标投标法 art. 45, 政府采购法 art. 46: changing the result after the notice carries liability) is not judged.",
  },
  CIVIL_SERVANT_UNPAID: {
    clause: "LC80-4.4",
    title: { zh: "公务员参加评标不得领取报酬", en: "Civil servants not paid for evaluating" },
    notes: "Any recorded fee above 0 yuan to a member recorded as a civil servant (国家公务员) is a finding, in any seat on the committee. Reimbursed costs recorded apart (payments of kind reimbursement) are not a fee; the directive does not say where expenses end and pay begins. Who counts as a civil servant (e.g. staff of bodies managed as civil servants, 参公) is the record's employmentKind; supervisors' staff recorded as industrySupervisor are judged by the pool bar, not by this rule.",
  },
  COMMITTEE_MEMBER_NOT_OFFICIAL: {
    clause: "LC80-4.4",
    title: { zh: "评标委员会专家成员不得为监管部门或交易中心人员", en: "No supervisor or trading-centre staff among a committee's experts" },
    notes: "The same bar as EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF checked on each expert member of a committee, because a pool may hold experts admitted before the directive. The tenderer's representatives are not experts and are not judged by it (实施条例 art. 46 still bars the supervising department's own staff from any seat: SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE).",
  },
  COMMITTEE_NOT_CONCENTRATED: {
    clause: "LC80-4.3",
    title: { zh: "评标专家不过于集中（外地专家、同一单位）", en: "Committee experts not concentrated (non-local share, one employer)" },
    notes: "The directive only asks supervisors to study wider draws (non-local experts, remote evaluation) against concentrated local experts and gives no numbers: minNonLocalShare (default 20% of the expert members, rounded up: 1 of 5, 2 of 7) and maxExpertsPerEmployer (default 1; the directive does not speak of employers at all) are policy. 'Local' is the same prefecture-level division code as the project's (localityPrefixDigits 4). A warning, not an error, for those reasons.",
  },
  COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME: {
    clause: "LC80-9",
    title: { zh: "投诉按环节、按时处理并公开", en: "Complaint handled in sequence, on time and in public" },
    notes: "The directive asks for a mechanism linking acceptance, transfer, investigation and publication; the rule reads it per complaint, in the order received, accepted, transferred, investigated, decided, published: no stage twice or dated before an earlier one, none without the stage it needs (acceptance, or a decision for publication), no filing before the knowing day, and publication within complaintPublicationDays of the decision (default 20, not fixed by the directive). So a transfer before acceptance (passed on to the competent supervisor, which then accepts) is flagged, though the directive's list need not be read as a strict order; the national periods of art. 60–61 (tendering) and of 94号令 arts. 21, 26 (GP) are separate rules; the basis cites art. 61 for tendering complaints and 94号令 art. 21 for GP ones. A complaint not accepted (outcome notAccepted) ends with that refusal, recorded as 'decided', and needs no acceptance. Version 2: a GP complaint (regime governmentProcurement, the complaint's or its project's) needs no 'accepted' stage before its transfer, investigation or decision on the merits — 94号令 art. 21(4): '投诉符合本办法第十八条、第十九条规定的，自收到投诉书之日起即为受理', so acceptance is no act of its own and such a stage shows it happened on receipt (the reading GP_COMPLAINT_REVIEWED_IN_TIME v2 makes). Version 1 flagged every such correct GP record ('decided' without 'accepted'); the directive asks for a mechanism linking the stages, not for an act the national rule (a 部门规章, above a city's 规范性文件) does not have. A GP 'transferred' stage with no acceptance is not flagged either way: under art. 21(3) a complaint outside the department's competence is not accepted but referred (告知向有管辖权的部门投诉), which needs no acceptance. Under tendering the acceptance stays required: 招标投标法实施条例 art. 61 makes it a decision (决定是否受理) of its own. Order, duplicates and publication are judged as before in both regimes.",
  },
  EVALUATION_DISCLOSED_IN_TIME: {
    clause: "LC80-6.4",
    title: { zh: "评标专家名单及总分按期公开", en: "Experts and total scores published in time" },
    notes: "The directive says 'within the statutory time limits' without naming them. Tendering: 招标投标法实施条例 art. 54 by analogy (disclosureDays, 3 days after receiving the evaluation report, 民法典 arts. 201 and 203). Government procurement: the experts' names are published with the result (政府采购法实施条例 art. 43, 87号令 art. 69), due 2 working days after a winner the purchaser must pick within 5 working days of the report — so at most gpConfirmWorkingDays + gpResultWorkingDays working days after reportOn; lateness in calendar days. Only the website counts (names and total scores both). Disputable for tenders: art. 54 is about candidates, and committee members' names stay confidential until the result is determined (招标投标法 art. 37), so a platform that publishes names with the result may want disclosureDays raised in its pack.",
  },
  EXPERT_ADMITTED: {
    clause: "LC80-4.1",
    title: { zh: "评标专家经审核入库", en: "Expert admitted to the pool after review" },
    notes: "Every pool the expert is in needs an approved admission review (审核入库) dated on or before the day checked, and an expert in no pool at all is flagged too (the code's reading: not admitted anywhere). The directive does not say what the review examines; the rule checks that it happened and was approved, not its content.",
  },
  EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF: {
    clause: "LC80-4.4",
    title: { zh: "监管部门、交易中心人员不得进入专家库", en: "No supervisor or trading-centre staff in an expert pool" },
    notes: "Read from the expert's recorded employment (employmentKind) as it stands: staff of an industry supervision department or of the trading centre. Civil servants of other departments are not barred from the pools by this point, only from being paid (CIVIL_SERVANT_UNPAID).",
  },
  EXPERT_RATED_PER_EVENT: {
    clause: "LC80-4.2",
    title: { zh: "评标专家一事一评", en: "Experts rated after each evaluation" },
    notes: "一事一评: after each finished evaluation, every expert member is rated by each party in requiredRaters (default tenderer and agency; a floor: a county may add raters, not remove these), the agency only where the project names one. The directive says 'service-related parties' (服务相关方) without naming them; the default is the two most evaluations have.",
  },
  EXPERT_RATINGS_PUBLISHED: {
    clause: "LC80-4.2",
    title: { zh: "专家评议结果按期公开", en: "Expert ratings published in time" },
    notes: "The directive asks that ratings be published (on site, website, WeChat) but sets no period: ratingsPublicationDays (default 10 days after the day the evaluation ended, counted as 民法典 arts. 201 and 203) is policy. The earliest publication of the ratings on any channel counts (the rule does not check all three), and an evaluation with no ratings recorded is left to EXPERT_RATED_PER_EVENT.",
  },
  FULLY_ELECTRONIC: {
    clause: "LC80-6.1",
    title: { zh: "全流程电子化交易", en: "Fully electronic trading" },
    notes: "The directive's aim is to end the paper and electronic dual track gradually (逐步消除), not a duty on each project from its date; a project whose record says it was not traded wholly online is flagged, as a warning for that reason. Whether a single paper step (e.g. a notarised original) breaks 'full' electronic trading is left to the record's flag.",
  },
  PROJECT_HAS_SUPERVISOR: {
    clause: "LC80-8",
    title: { zh: "项目有明确的行政监管部门", en: "Project has a named supervising department" },
    notes: "Item (八) names SOE and investment-company projects, supporting municipal, pipeline and greening works of construction projects, and matters for which no law names a supervisor. 'Pipeline and greening' works are modelled with supportingWorks; a matter without a statutory supervisor with noStatutorySupervisor.",
  },
  SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS: {
    clause: "LC80-6.3",
    title: { zh: "重大或社会影响较大项目社会监督员全程监标", en: "Social supervisors through the evaluation of a major or high-impact project" },
    notes: "'Major project' is not defined by the directive: the record's major flag, a budget of majorProjectBudgetYuan (default 50 million yuan) or more, or its public-impact flag (the directive's 'public-service projects of wide social impact, etc.'). 1–2 distinct supervisors attending the whole evaluation are required: one who left early does not count and a third is flagged. That they were drawn from the pool of social supervisors is not checked.",
  },
  SPOT_CHECK_DRAWN: {
    clause: "LC80-5.2",
    title: { zh: "抽查有可验证的随机抽取记录", en: "Spot checks drawn with a verifiable record" },
    notes: "双随机 is read as: the quarter's checked projects name a draw record (drawRecordRef) that can be verified (ggzy-rules/sampling). The rule checks that the reference is there — not the record itself (ggzy draw verify) nor that the inspectors were drawn at random too; a quarter with no project checked is left to SPOT_CHECK_RATE.",
  },
  SPOT_CHECK_PUBLISHED: {
    clause: "LC80-5.2",
    title: { zh: "抽查结果按期公示", en: "Spot-check results published in time" },
    notes: "The directive asks that results be published (公示) but sets no period: spotCheckPublicationDays (default 30 days after the quarter's last day, a last day on a rest day moved to the next working day) is policy, hence a warning. Results not published are late only once asOf is past that day.",
  },
  SPOT_CHECK_RATE: {
    clause: "LC80-5.2",
    title: { zh: "每季度抽查比例在规定范围内", en: "Quarterly spot-check rate within the set range" },
    notes: "A quarter's rate is known only when the quarter is over: the rule judges a quarter once asOf (else the publication day) is past its last day; while it runs, SPOT_CHECK_DRAWN still applies to what has been checked.",
  },
} as const satisfies Record<string, RuleDoc>;
