"""
Writes the shipped packs' test cases (src/rules/packs/cases/<subject>/*.json) from the example records, one
scenario per file, each with the findings it should give. `python3 tools/gen-pack-cases.py` (from the repository
root) rewrites them; test/rules/authoring/shipped-cases.test.ts runs them under the default rule set and requires
every case to pass and 100% condition coverage (`ggzy rules test national liaocheng src/rules/packs/cases
--coverage` shows what is missing). When a rule changes, add or change its scenarios here and run it again.
"""
import json, copy, os
OUT='src/rules/packs/cases'
import shutil
shutil.rmtree(OUT, ignore_errors=True)
R=lambda f: json.load(open('examples/records/'+f))
def W(sub, name, title, kind, asOf, record, findings):
    os.makedirs(f'{OUT}/{sub}', exist_ok=True)
    json.dump({"name":title,"kind":kind,"asOf":asOf,"record":record,"expect":{"findings":findings}}, open(f'{OUT}/{sub}/{name}.json','w'), ensure_ascii=False, indent=2)
    open(f'{OUT}/{sub}/{name}.json','a').write("\n")
def mod(d, **k):
    d=copy.deepcopy(d); d.update(k); return d

# --- expert admission (LC80-4.1, 4.4)
ex=R('expert.json')
clean=mod(ex, employer={"id":"ORG-SJY","name":"聊城市建筑设计院"}, employmentKind="private",
          pools=[{"pool":"construction","admission":{"reviewedBy":"聊城市住房和城乡建设局","reviewedOn":"2019-03-12","approved":True}}])
W('expert','centre-staff-unadmitted','trading-centre staff in a pool without an approved review (LC80-4.1, 4.4)','expert','2024-06-01',ex,["EXPERT_ADMITTED","EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF"])
W('expert','admitted-private','an admitted engineer from a design institute','expert','2024-06-01',clean,[])
W('expert','in-no-pool','an expert in no pool at all (LC80-4.1)','expert','2024-06-01',mod(clean,pools=[]),["EXPERT_ADMITTED"])

# --- spot checks (LC80-5.2)
sc=R('spot-check.json')
ids=lambda n:[f"LC-2024-{i:04d}" for i in range(1,n+1)]
W('spot-check','below-band','5 of 140 projects checked: under 5% (7 projects)','spotCheck','2024-08-01',sc,[{"ruleId":"SPOT_CHECK_RATE","evidence":{"spotCheck.minRequired":7}}])
W('spot-check','in-band','7 of 140 projects checked, drawn and published in time','spotCheck','2024-08-01',mod(sc,checkedProjectIds=ids(7)),[])
W('spot-check','above-band','15 of 140 projects checked: over 10% (14 projects)','spotCheck','2024-08-01',mod(sc,checkedProjectIds=ids(15)),[{"ruleId":"SPOT_CHECK_RATE","evidence":{"spotCheck.maxAllowed":14}}])
nodraw=mod(sc,checkedProjectIds=ids(7)); del nodraw['drawRecordRef']
W('spot-check','not-drawn','7 projects checked with no draw record (双随机)','spotCheck','2024-08-01',nodraw,["SPOT_CHECK_DRAWN"])
none=mod(sc,checkedProjectIds=[]); del none['drawRecordRef']
W('spot-check','nothing-checked','no project checked and no draw: a rate finding only','spotCheck','2024-08-01',none,["SPOT_CHECK_RATE"])
unpub=mod(sc,checkedProjectIds=ids(7)); del unpub['publishedOn']
W('spot-check','quarter-running','5 of 140 checked while the quarter still runs: its rate is not judged yet','spotCheck','2024-06-15',unpub,[])
W('spot-check','unpublished','results not published 30 days after the quarter','spotCheck','2024-09-01',unpub,["SPOT_CHECK_PUBLISHED"])

# --- award, cancellation, abandonment (LC80-5.1, 5.3; 招标投标法 art. 46)
aw=R('award.json')
W('award','contract-late','contract signed 5 days after the 30-day period (招标投标法 art. 46)','award','2024-08-01',aw,[{"ruleId":"CONTRACT_SIGNED_IN_TIME","evidence":{"contract.daysLate":5}}])
W('award','contract-in-time','contract signed within 30 days','award','2024-08-01',mod(aw,contract=mod(aw['contract'],signedOn="2024-06-14")),[])
intime=mod(aw,contract=mod(aw['contract'],signedOn="2024-06-14"))
bonds=mod(intime,project=mod(aw['project'],bidBondYuan=800000))
W('award','bonds-returned-in-time','bid bonds returned 3 days after the contract (实施条例 art. 57)','award','2024-08-01',mod(bonds,award=mod(aw['award'],bondsReturnedOn="2024-06-17")),[])
W('award','bonds-returned-late','bid bonds returned 11 days after the contract (实施条例 art. 57: 5 days)','award','2024-08-01',mod(bonds,award=mod(aw['award'],bondsReturnedOn="2024-06-25")),["BID_BONDS_RETURNED_IN_5_DAYS"])
W('award','reported-in-time','the tender reported to the supervisor 10 days after the winner was decided (招标投标法 art. 47)','award','2024-08-01',mod(intime,award=mod(aw['award'],decidedOn="2024-05-18",supervisorReportOn="2024-05-28")),[])
W('award','reported-late','the tender reported 23 days after the winner was decided (招标投标法 art. 47: 15 days)','award','2024-08-01',mod(intime,award=mod(aw['award'],decidedOn="2024-05-18",supervisorReportOn="2024-06-10")),["TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS"])
gpaw=mod(intime,project=mod(aw['project'],category="governmentProcurement",regime="governmentProcurement",procurementMethod="open",budgetYuan=12000000))
gpa=dict(reportReceivedOn="2024-05-13",decidedOn="2024-05-15",resultPublishedOn="2024-05-16")
def GA(a=None,c=None):
    return mod(gpaw,award=mod(aw['award'],**{**gpa,**(a or {})}),contract=mod(gpaw['contract'],**{"publishedOn":"2024-06-17",**(c or {})}))
W('award','gp-in-time','government procurement: winner confirmed, result and contract announced in time','award','2024-08-01',GA(),[])
W('award','gp-confirmed-late','the winner confirmed 11 working days after the report (87号令 art. 68: 5)','award','2024-08-01',GA(a={"decidedOn":"2024-05-28","resultPublishedOn":"2024-05-29"}),["GP_WINNER_CONFIRMED_IN_TIME"])
W('award','gp-result-late','the result announced 8 working days after the decision (87号令 art. 69: 2)','award','2024-08-01',GA(a={"resultPublishedOn":"2024-05-27"}),["GP_RESULT_ANNOUNCED_IN_TIME"])
W('award','gp-report-late','the review report reached the purchaser on the 4th working day after the evaluation, Saturday 05-11 a make-up workday (政府采购法实施条例 art. 43: 2)','award','2024-08-01',GA(a={"reportReceivedOn":"2024-05-15"}),[{"ruleId":"GP_REPORT_DELIVERED_IN_TIME","evidence":{"awardTimeline.reportDeliveryLastDay":"2024-05-13","awardTimeline.reportDeliveryWorkingDaysLate":2}}])
gpbonds=lambda on: mod(GA(a={"bondsReturnedOn":on}),project=mod(gpaw['project'],bidBondYuan=200000))
W('award','gp-bonds-returned-in-time','government procurement: the last bid bond back 3 working days after the contract (政府采购法实施条例 art. 33)','award','2024-08-01',gpbonds("2024-06-19"),[])
W('award','gp-bonds-returned-late','government procurement: the last bid bond back 10 working days after the contract (政府采购法实施条例 art. 33: 5)','award','2024-08-01',gpbonds("2024-06-28"),[{"ruleId":"GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS","evidence":{"awardTimeline.gpBondReturnLastDay":"2024-06-21"}}])
W('award','gp-contract-late','the contract announced 10 working days after signing (政府采购法实施条例 art. 50: 2)','award','2024-08-01',GA(c={"publishedOn":"2024-06-28"}),["GP_CONTRACT_ANNOUNCED_IN_TIME"])
can={"id":"CX-1","projectId":"LC-2024-0137","tendererId":"T-CT","kind":"refusePerformance","cancelledOn":"2024-07-01","afterAward":True,
     "collectiveDecision":{"decidedOn":"2024-06-28"},"reportedToSupervisorOn":"2024-07-02"}
W('award','cancellation-proper','performance refused after the award: decided collectively and reported','award','2024-08-01',{"cancellation":can},[])
W('award','cancellation-before-award','a plan cancelled before any award: not the directive\'s case','award','2024-08-01',{"cancellation":mod(can,afterAward=False,kind="cancelPlan",collectiveDecision=None) if False else {k:v for k,v in mod(can,afterAward=False,kind="cancelPlan").items() if k not in ("collectiveDecision","reportedToSupervisorOn")}},[])
nodec={k:v for k,v in can.items() if k!="collectiveDecision"}
W('award','cancellation-undecided','performance refused without a collective decision (三重一大)','award','2024-08-01',{"cancellation":nodec},["CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED"])
norep={k:v for k,v in can.items() if k!="reportedToSupervisorOn"}
W('award','cancellation-unreported','decided collectively but not reported to the supervisor','award','2024-08-01',{"cancellation":norep},["CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED"])
ab={"id":"AB-1","projectId":"LC-2024-0137","winnerId":"B-TY","abandonedOn":"2024-05-25","reason":"不可抗力","reasonCategory":"forceMajeure","explainedToTendererOn":"2024-05-26","filedWithSupervisorOn":"2024-05-27"}
W('award','abandonment-proper','a winner abandons for force majeure, explained and filed','award','2024-08-01',{"abandonment":ab},[])
W('award','abandonment-unexplained','an abandonment not explained to the tenderer','award','2024-08-01',{"abandonment":{k:v for k,v in ab.items() if k!="explainedToTendererOn"}},["ABANDONMENT_REASON_FILED"])
W('award','abandonment-unfiled','an abandonment explained but not filed with the supervisor','award','2024-08-01',{"abandonment":{k:v for k,v in ab.items() if k!="filedWithSupervisorOn"}},["ABANDONMENT_REASON_FILED"])
W('award','abandonment-improper','a winner abandons for a reason of its own','award','2024-08-01',{"abandonment":mod(ab,reasonCategory="priceError",reason="报价失误")},["ABANDONMENT_WITHOUT_PROPER_REASON"])

# --- complaints (实施条例 art. 60–61, LC80-9)
cp=R('complaint.json')
st=lambda *s:[{"stage":a,"on":b} for a,b in s]
W('complaint','acceptance-late','acceptance decided 5 working days after receipt (limit 3)','complaint','2024-08-01',cp,["COMPLAINT_ACCEPTANCE_IN_TIME"])
good=mod(cp,stages=st(("received","2024-05-20"),("accepted","2024-05-22"),("investigated","2024-06-12"),("decided","2024-06-28"),("published","2024-07-03")))
W('complaint','handled-in-time','filed, accepted, decided and published in time','complaint','2024-08-01',good,[])
W('complaint','filed-late','filed 15 days after the complainant knew (limit 10)','complaint','2024-08-01',mod(good,knownOn="2024-05-05"),["COMPLAINT_FILED_IN_TIME"])
W('complaint','decided-late','decided more than 30 working days after acceptance','complaint','2024-09-30',mod(good,stages=st(("received","2024-05-20"),("accepted","2024-05-22"),("decided","2024-08-20"),("published","2024-08-22"))),["COMPLAINT_DECIDED_IN_TIME"])
W('complaint','out-of-sequence','a decision recorded before the acceptance','complaint','2024-08-01',mod(good,stages=st(("received","2024-05-20"),("decided","2024-05-21"),("accepted","2024-05-22"),("published","2024-05-25"))),["COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME"])

gpc=mod(good,regime="governmentProcurement",procurementMethod="open",knownOn="2024-05-06",filedOn="2024-05-20",
        objection={"knownOn":"2024-05-06","filedOn":"2024-05-08","answeredOn":"2024-05-13"})
def GC(obj=None, **k):
    d=mod(gpc,**k)
    if obj: d['objection']=mod(gpc['objection'],**obj)
    return d
W('complaint','gp-in-time','government procurement: challenged, answered, complained, reviewed and decided in time (政府采购法 arts. 52–56)','complaint','2024-08-01',GC(),[])
W('complaint','gp-challenge-late','a challenge on 2024-05-28, 10 working days past the 7 after the supplier knew (政府采购法 art. 52)','complaint','2024-08-01',GC(obj={"filedOn":"2024-05-28","answeredOn":"2024-05-30"},filedOn="2024-06-05",stages=st(("received","2024-06-05"),("accepted","2024-06-07"),("decided","2024-07-05"),("published","2024-07-08"))),["GP_CHALLENGE_FILED_IN_TIME"])
W('complaint','gp-answer-late','a challenge answered on 2024-05-31, 11 working days past the 7 allowed (政府采购法 art. 53)','complaint','2024-08-01',GC(obj={"answeredOn":"2024-05-31"},filedOn="2024-06-03",stages=st(("received","2024-06-03"),("accepted","2024-06-05"),("decided","2024-07-03"),("published","2024-07-05"))),["GP_CHALLENGE_ANSWERED_IN_TIME"])
W('complaint','gp-complaint-late','a complaint on 2024-07-01, 16 working days past the 15 after the answer was due (政府采购法 art. 55)','complaint','2024-09-30',GC(filedOn="2024-07-01",stages=st(("received","2024-07-01"),("accepted","2024-07-03"),("decided","2024-07-31"),("published","2024-08-02"))),["GP_COMPLAINT_FILED_IN_TIME"])
W('complaint','gp-review-late','a complaint accepted 8 working days after receipt (94号令 art. 21: 5)','complaint','2024-08-01',GC(stages=st(("received","2024-05-20"),("accepted","2024-05-30"),("decided","2024-06-28"),("published","2024-07-03"))),["GP_COMPLAINT_REVIEWED_IN_TIME"])
W('complaint','gp-decided-late','a complaint decided on 2024-07-24, 16 working days past the 30 after receipt (94号令 art. 26)','complaint','2024-09-30',GC(stages=st(("received","2024-05-20"),("accepted","2024-05-22"),("decided","2024-07-24"),("published","2024-07-26"))),["GP_COMPLAINT_DECIDED_IN_TIME"])

# --- projects (LC80-6.1, LC80-8)
pr=R('committee.json')['project']
W('project','electronic-supervised','an electronic project with a supervising department','project','2024-08-01',{"project":pr},[])
W('project','paper','a project traded on paper (LC80-6.1)','project','2024-08-01',{"project":mod(pr,electronic=False)},["FULLY_ELECTRONIC"])
nosup={k:v for k,v in pr.items() if k!="supervisingDepartmentId"}
W('project','no-supervisor','supporting works no department supervises (LC80-8)','project','2024-08-01',{"project":mod(nosup,supportingWorks=True)},["PROJECT_HAS_SUPERVISOR"])
W('project','supporting-works-supervised','supporting works with a supervising department (LC80-8)','project','2024-08-01',{"project":mod(pr,supportingWorks=True)},[])
W('project','ordinary-no-supervisor','an ordinary project with no supervisor on record: not one of LC80-8\'s kinds','project','2024-08-01',{"project":nosup},[])

# --- the statutory timeline of the documents phase (national 2.0.0)
def T(**k):
    d=copy.deepcopy(pr); dates=mod(d['dates'],documentsIssuedOn="2024-04-08",documentsAvailableUntil="2024-04-15",bidDeadline="2024-05-09T09:30:00")
    if 'dates' in k: dates.update(k.pop('dates'))
    d['dates']=dates; d.update(k); return {"project":d}
okT=dict(clarifications=[{"issuedOn":"2024-04-20","affectsPreparation":True}],documentObjections=[{"id":"OB-1","filedOn":"2024-04-25","answeredOn":"2024-04-26"}],bidBondYuan=800000)
W('project','timeline-in-time','31 days to bid, 8 on sale, a clarification 19 days and an objection 14 days before the deadline, answered next day, bond under 2%','project','2024-08-01',T(**okT),[])
W('project','bid-period-short','17 days from the documents to the deadline (招标投标法 art. 24)','project','2024-08-01',T(dates={"bidDeadline":"2024-04-25T09:30:00"}),[{"ruleId":"BID_PERIOD_AT_LEAST_20_DAYS","evidence":{"timeline.bidPeriodDays":17}}])
W('project','sale-short','documents on sale 3 days (实施条例 art. 16)','project','2024-08-01',T(dates={"documentsAvailableUntil":"2024-04-10"}),["DOCUMENTS_ON_SALE_5_DAYS"])
W('project','clarification-late','a clarification affecting preparation 8 days before the deadline (实施条例 art. 21)','project','2024-08-01',T(clarifications=[{"issuedOn":"2024-05-01","affectsPreparation":True}]),["CLARIFICATION_15_DAYS_BEFORE_DEADLINE"])
W('project','objection-late','an objection to the documents 4 days before the deadline (实施条例 art. 22)','project','2024-08-01',T(documentObjections=[{"id":"OB-1","filedOn":"2024-05-05","answeredOn":"2024-05-06"}]),["OBJECTION_TO_DOCUMENTS_IN_TIME"])
W('project','objection-answered-late','an objection answered 11 days after it was filed (实施条例 art. 22)','project','2024-08-01',T(documentObjections=[{"id":"OB-1","filedOn":"2024-04-25","answeredOn":"2024-05-06"}]),["OBJECTION_ANSWERED_IN_3_DAYS"])
W('project','objection-deadline-before-answer','the bids closed 05-09 while an objection raised 14 days before was answered only on 05-10 (实施条例 art. 22: suspended until the answer)','project','2024-08-01',T(documentObjections=[{"id":"OB-1","filedOn":"2024-04-25","answeredOn":"2024-05-10"}]),["OBJECTION_ANSWERED_IN_3_DAYS","OBJECTION_ANSWERED_BEFORE_DEADLINE"])
W('project','bond-over-cap','a bid bond of 2 million on 68 million (实施条例 art. 26: 2%)','project','2024-08-01',T(bidBondYuan=2000000),["BID_BOND_AT_MOST_2_PERCENT"])
GPP=dict(category="governmentProcurement",regime="governmentProcurement",procurementMethod="open",budgetYuan=12000000)
W('project','gp-timeline-in-time','government procurement: 31 days to bid, 6 working days on sale, a clarification 19 days before, bond under 2%','project','2024-08-01',T(**GPP,clarifications=[{"issuedOn":"2024-04-20","affectsPreparation":True}],bidBondYuan=200000),[])
W('project','gp-bid-period-short','government procurement with 17 days to bid (政府采购法 art. 35)','project','2024-08-01',T(**GPP,dates={"bidDeadline":"2024-04-25T09:30:00"}),["GP_BID_PERIOD_AT_LEAST_20_DAYS"])
W('project','gp-documents-short','procurement documents provided 3 working days (87号令 art. 18)','project','2024-08-01',T(**GPP,dates={"documentsAvailableUntil":"2024-04-10"}),["GP_DOCUMENTS_PROVIDED_5_WORKING_DAYS"])
W('project','gp-clarification-late','a clarification 8 days before the deadline (87号令 art. 27)','project','2024-08-01',T(**GPP,clarifications=[{"issuedOn":"2024-05-01","affectsPreparation":True}]),["GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE"])
W('project','gp-bond-over-cap','a bid bond of 300 000 on a 12-million budget (政府采购法实施条例 art. 33: 2%)','project','2024-08-01',T(**GPP,bidBondYuan=300000),["GP_BID_BOND_AT_MOST_2_PERCENT"])
NEG=mod(GPP,procurementMethod="competitiveNegotiation",budgetYuan=800000)
W('project','gp-negotiation-in-time','competitive negotiation with 5 working days to respond','project','2024-08-01',T(**NEG,dates={"documentsAvailableUntil":"2024-04-12","bidDeadline":"2024-04-15T09:30:00"}),[])
W('project','gp-negotiation-short','competitive negotiation with 2 working days to respond (74号令 art. 29)','project','2024-08-01',T(**NEG,dates={"documentsAvailableUntil":"2024-04-09","bidDeadline":"2024-04-10T09:30:00"}),["GP_NEGOTIATION_RESPONSE_PERIOD"])
CON=mod(GPP,procurementMethod="competitiveConsultation",budgetYuan=800000)
W('project','gp-consultation-in-time','competitive consultation with 12 days to respond','project','2024-08-01',T(**CON,dates={"documentsAvailableUntil":"2024-04-15","bidDeadline":"2024-04-20T09:30:00"}),[])
W('project','gp-consultation-short','competitive consultation with 4 days to respond (214号 art. 10)','project','2024-08-01',T(**CON,dates={"documentsAvailableUntil":"2024-04-12","bidDeadline":"2024-04-12T09:30:00"}),["GP_CONSULTATION_RESPONSE_PERIOD"])
W('project','gp-negotiation-clarification-in-time','competitive negotiation: a clarification on the third working day before the response deadline (74号令 art. 29)','project','2024-08-01',T(**NEG,dates={"documentsAvailableUntil":"2024-04-12","bidDeadline":"2024-04-15T09:30:00"},clarifications=[{"issuedOn":"2024-04-10","affectsPreparation":True}]),[])
W('project','gp-negotiation-clarification-late','competitive negotiation: a clarification 2 working days before the response deadline (74号令 art. 29: 3)','project','2024-08-01',T(**NEG,dates={"documentsAvailableUntil":"2024-04-12","bidDeadline":"2024-04-15T09:30:00"},clarifications=[{"issuedOn":"2024-04-11","affectsPreparation":True}]),[{"ruleId":"GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE","evidence":{"timeline.clarificationWorkingDaysBeforeDeadline":2}}])
W('project','gp-consultation-clarification-in-time','competitive consultation: a clarification 5 days before the first responses (214号 art. 10)','project','2024-08-01',T(**CON,dates={"documentsAvailableUntil":"2024-04-15","bidDeadline":"2024-04-20T09:30:00"},clarifications=[{"issuedOn":"2024-04-15","affectsPreparation":True}]),[])
W('project','gp-consultation-clarification-late','competitive consultation: a clarification 4 days before the first responses (214号 art. 10: 5)','project','2024-08-01',T(**CON,dates={"documentsAvailableUntil":"2024-04-15","bidDeadline":"2024-04-20T09:30:00"},clarifications=[{"issuedOn":"2024-04-16","affectsPreparation":True}]),[{"ruleId":"GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE","evidence":{"timeline.clarificationDaysBeforeDeadline":4}}])
W('project','gp-consultation-sale-short','competitive consultation documents on sale 4 working days (214号 art. 10: 5)','project','2024-08-01',T(**CON,dates={"documentsAvailableUntil":"2024-04-11","bidDeadline":"2024-04-20T09:30:00"}),[{"ruleId":"GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS","evidence":{"timeline.consultationSaleWorkingDays":4}}])

# --- committees (招标投标法 art. 37, 实施条例 art. 46, 财政部令第87号 art. 47, LC80-4.3, 4.4)
cm=R('committee.json')
names=["王建国","李明","张华","陈静","赵强","孙丽","周涛","吴敏"]
regions=["371502","371502","371502","371502","370102","370102","370102","371502"]
def committee(n, roles=None, employers=None, kinds=None, fees=None, dep=None, project=None):
    d=copy.deepcopy(cm); base=d['experts'][0]; ex=[]
    for i in range(n):
        e=copy.deepcopy(base); e['id']=f"EX-{i+1:02d}"; e['name']=names[i]; e['region']=regions[i]
        e['employer']={"id":(employers or {}).get(i,f"ORG-{i+1}"),"name":f"单位{i+1}"}
        if kinds and i in kinds: e['employmentKind']=kinds[i]
        if dep and i in dep: e['supervisingDepartmentId']=dep[i]
        ex.append(e)
    d['experts']=ex
    d['committee']=[{"expertId":e['id'],"role":(roles or {}).get(i,"expert"),"chair":i==0,**({"feeYuan":fees[i]} if fees and i in fees else {})} for i,e in enumerate(ex)]
    if project: d['project']=mod(d['project'],**project)
    return d
W('committee','clean-five','five experts from five employers, one from another city: clean','committee','2024-06-01',committee(5),[])
W('committee','three','a committee of 3 (招标投标法 art. 37), all local','committee','2024-06-01',committee(3),["COMMITTEE_SIZE_FIVE_OR_MORE_ODD","COMMITTEE_NOT_CONCENTRATED"])
W('committee','six','a committee of 6: an even number','committee','2024-06-01',committee(6),[{"ruleId":"COMMITTEE_SIZE_FIVE_OR_MORE_ODD","evidence":{"committee.odd":False}}])
W('committee','two-representatives','two tenderer representatives among five: experts under two thirds','committee','2024-06-01',committee(5,roles={2:"tendererRepresentative",3:"tendererRepresentative"}),["COMMITTEE_EXPERTS_TWO_THIRDS"])
W('committee','one-employer','two experts from one employer (LC80-4.3)','committee','2024-06-01',committee(5,employers={1:"ORG-1"}),[{"ruleId":"COMMITTEE_NOT_CONCENTRATED","evidence":{"committee.maxFromOneEmployer":2}}])
W('committee','supervisor-on-own-project','staff of the project\'s supervising department sits as an expert (实施条例 art. 46, LC80-4.4)','committee','2024-06-01',committee(5,kinds={1:"industrySupervisor"},dep={1:"DEP-ZJ"}),["COMMITTEE_MEMBER_NOT_OFFICIAL","SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE"])
W('committee','civil-servant-unpaid','a civil servant sits without a fee','committee','2024-06-01',committee(5,kinds={3:"civilServant"},fees={3:0}),[])
W('committee','civil-servant-paid','a civil servant is paid a fee (LC80-4.4)','committee','2024-06-01',committee(5,kinds={3:"civilServant"},fees={3:800}),["CIVIL_SERVANT_UNPAID"])
W('committee','conflict-of-interest','the example committee: an expert employed by a bidder, a paid civil servant','committee','2024-06-01',cm,["EXPERT_AVOIDS_CONFLICT_OF_INTEREST","CIVIL_SERVANT_UNPAID"])
gp={"category":"governmentProcurement","regime":"governmentProcurement","procurementMethod":"open","budgetYuan":12000000}
gps=mod(gp,budgetYuan=5000000)
W('committee','gp-large-five','government procurement of 12 million yuan with 5 members (财政部令第87号 art. 47)','committee','2024-06-01',committee(5,project=gp),["GP_COMMITTEE_SEVEN"])
W('committee','gp-small-five','government procurement of 5 million yuan with 5 members','committee','2024-06-01',committee(5,project=gps),[])
W('committee','gp-large-seven','government procurement of 12 million yuan with 7 members','committee','2024-06-01',committee(7,project=gp),[])
W('committee','gp-complex-eight','technically complex procurement with 8 members: an even number (87号令 art. 47)','committee','2024-06-01',committee(8,project=mod(gps,technicallyComplex=True)),["GP_COMMITTEE_SEVEN","GP_TENDER_COMMITTEE_COMPOSITION"])
W('committee','gp-public-impact-five','procurement of wide social impact with 5 members (87号令 art. 47)','committee','2024-06-01',committee(5,project=mod(gps,publicImpact=True)),["GP_COMMITTEE_SEVEN"])
W('committee','gp-three','an open procurement evaluated by 3 (87号令 art. 47: 5 or more)','committee','2024-06-01',committee(3,project=gps),["GP_TENDER_COMMITTEE_COMPOSITION","COMMITTEE_NOT_CONCENTRATED"])
W('committee','gp-two-representatives','two purchaser representatives among five: experts under two thirds','committee','2024-06-01',committee(5,roles={2:"tendererRepresentative",3:"tendererRepresentative"},project=gps),["GP_TENDER_COMMITTEE_COMPOSITION"])
W('committee','gp-agency-staff','staff of the procurement agency sits on the committee (87号令 art. 47)','committee','2024-06-01',committee(5,employers={2:"A-ZX"},project=gps),["AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT"])
W('committee','gp-purchaser-staff-as-expert','staff of the purchaser sits as an expert, not as its representative','committee','2024-06-01',committee(5,employers={2:"T-CT"},project=gps),["PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE"])
W('committee','gp-supplier-tie','a reviewer employed by a supplier (政府采购法实施条例 art. 9)','committee','2024-06-01',committee(5,employers={2:"B-TY"},project=gps),["GP_REVIEWER_AVOIDS_SUPPLIER_TIES"])
neg=mod(gps,procurementMethod="competitiveNegotiation",budgetYuan=800000)
W('committee','gp-negotiation-three','a negotiation group of 3 experts','committee','2024-06-01',committee(3,project=neg),["COMMITTEE_NOT_CONCENTRATED"])
W('committee','gp-negotiation-four','a negotiation group of 4: an even number (74号令 art. 7)','committee','2024-06-01',committee(4,project=neg),["GP_NEGOTIATION_GROUP_COMPOSITION","COMMITTEE_NOT_CONCENTRATED"])
W('committee','gp-negotiation-one-expert','a negotiation group of 3 with 2 representatives: experts under two thirds','committee','2024-06-01',committee(3,roles={1:"tendererRepresentative",2:"tendererRepresentative"},project=neg),["GP_NEGOTIATION_GROUP_COMPOSITION","COMMITTEE_NOT_CONCENTRATED"])
W('committee','gp-negotiation-threshold-three','a negotiation at the public-tender threshold with 3 members (74号令 art. 7: 5)','committee','2024-06-01',committee(3,project=mod(neg,atTenderThreshold=True)),["GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD","COMMITTEE_NOT_CONCENTRATED"])
W('committee','gp-negotiation-threshold-five','a negotiation at the public-tender threshold with 5 members','committee','2024-06-01',committee(5,project=mod(neg,atTenderThreshold=True)),[])
W('committee','gp-negotiation-two','a negotiation group of 2 (74号令 art. 7: 3 or more)','committee','2024-06-01',committee(2,project=neg),["GP_NEGOTIATION_GROUP_COMPOSITION","COMMITTEE_NOT_CONCENTRATED"])
con=mod(neg,procurementMethod="competitiveConsultation")
W('committee','gp-consultation-two','a consultation group of 2 (214号 art. 14: 3 or more)','committee','2024-06-01',committee(2,project=con),["GP_CONSULTATION_GROUP_COMPOSITION","COMMITTEE_NOT_CONCENTRATED"])
W('committee','gp-consultation-one-expert','a consultation group of 3 with 2 representatives: experts under two thirds','committee','2024-06-01',committee(3,roles={1:"tendererRepresentative",2:"tendererRepresentative"},project=con),["GP_CONSULTATION_GROUP_COMPOSITION","COMMITTEE_NOT_CONCENTRATED"])
W('committee','gp-consultation-five','a consultation group of 5','committee','2024-06-01',committee(5,project=con),[])
W('committee','gp-consultation-six','a consultation group of 6: an even number (214号 art. 14)','committee','2024-06-01',committee(6,project=con),["GP_CONSULTATION_GROUP_COMPOSITION"])

# --- evaluations (LC80-4.2, 6.1, 6.3, 6.4; 实施条例 art. 54)
pj=R('project.json')
ev=copy.deepcopy(pj['evaluations'][0])
ev['disclosures']=[{"channel":"website","contents":["expertNames","totalScores"],"publishedOn":"2024-05-13"},{"channel":"website","contents":["expertRatings"],"publishedOn":"2024-05-15"}]
ev['reportOn']="2024-05-11"; ev['candidatePublication']={"startOn":"2024-05-13","endOn":"2024-05-15"}
ev.pop('blindReview',None)
small=mod(pj['project'],budgetYuan=3000000)
def E(**k):
    e=copy.deepcopy(ev); e.update(k); return {"project":copy.deepcopy(small),"evaluation":e,"bidders":pj.get('parties',{}).get('bidders',[]) if isinstance(pj.get('parties'),dict) else []}
W('evaluation','clean','rated, disclosed in time, candidates published 3 days','evaluation','2024-08-01',E(),[])
W('evaluation','disclosed-late','expert names and scores published 4 days after the report (LC80-6.4)','evaluation','2024-08-01',E(disclosures=[{"channel":"website","contents":["expertNames","totalScores"],"publishedOn":"2024-05-17"},ev['disclosures'][1]]),["EVALUATION_DISCLOSED_IN_TIME"])
W('evaluation','unrated','a finished evaluation with one expert unrated by the agency (LC80-4.2)','evaluation','2024-08-01',E(ratings=[r for r in ev['ratings'] if not (r['expertId']=="EX-05" and r['rater']=="agency")]),["EXPERT_RATED_PER_EVENT"])
W('evaluation','in-progress','an evaluation still in progress is not yet rated','evaluation','2024-05-10',E(status="inProgress",ratings=[],disclosures=[],candidatePublication=None) if False else {**E(status="inProgress",ratings=[],disclosures=[]), "evaluation":{k:v for k,v in E(status="inProgress",ratings=[],disclosures=[])["evaluation"].items() if k not in ("candidatePublication","reportOn","endedAt")}},[])
W('evaluation','ratings-unpublished','ratings not published within 10 days','evaluation','2024-08-01',E(disclosures=[ev['disclosures'][0]]),["EXPERT_RATINGS_PUBLISHED"])
W('evaluation','blind-review-undrawn','a blind review without codes, orders or draw record (LC80-6.1)','evaluation','2024-08-01',E(blindReview={"codes":[],"orders":[]}),["BLIND_REVIEW_ASSIGNMENT_VALID"])
W('evaluation','candidates-late','candidates published 5 days after the report (实施条例 art. 54)','evaluation','2024-08-01',E(candidatePublication={"startOn":"2024-05-16","endOn":"2024-05-18"}),["CANDIDATES_PUBLISHED_IN_TIME"])
W('evaluation','candidates-short','candidates published for 2 days only','evaluation','2024-08-01',E(candidatePublication={"startOn":"2024-05-13","endOn":"2024-05-14"}),["CANDIDATES_PUBLISHED_LONG_ENOUGH"])
W('evaluation','result-objection-answered','an objection to the result during the publication, answered on the third day (实施条例 art. 54)','evaluation','2024-08-01',E(resultObjections=[{"id":"RO-1","filedOn":"2024-05-14","answeredOn":"2024-05-17"}]),[])
W('evaluation','result-objection-late','an objection to the result answered 6 days after receipt (实施条例 art. 54: 3)','evaluation','2024-08-01',E(resultObjections=[{"id":"RO-1","filedOn":"2024-05-14","answeredOn":"2024-05-20"}]),[{"ruleId":"RESULT_OBJECTION_ANSWERED_IN_3_DAYS","evidence":{"evaluation.resultObjectionLastDay":"2024-05-17","evaluation.resultObjectionDaysLate":3}}])
# 实施条例 art. 54 para. 2, judged on the whole project record (the award and the evaluation's objections together).
def PE(answeredOn, decidedOn):
    e=copy.deepcopy(ev); e.update(committee=[],ratings=[],resultObjections=[{"id":"RO-1","filedOn":"2024-05-14","answeredOn":answeredOn}])
    a={"id":"AW-1","projectId":small['id'],"bidderId":"B-TY","decidedOn":decidedOn,"noticeOn":decidedOn,"supervisorReportOn":"2024-05-27","status":"active"}
    c={"id":"CT-1","projectId":small['id'],"awardId":"AW-1","signedOn":"2024-06-03"}
    return {"project":copy.deepcopy(small),"evaluations":[e],"awards":[a],"contracts":[c]}
W('project','result-objection-award-waited','an objection to the result answered 05-16, the winner determined the day after (实施条例 art. 54)','project','2024-08-01',PE("2024-05-16","2024-05-17"),[])
W('project','result-objection-award-before-answer','the winner determined 05-16 while an objection to the result received 05-14 was answered only on 05-17 (实施条例 art. 54: suspended until the answer)','project','2024-08-01',PE("2024-05-17","2024-05-16"),[{"ruleId":"RESULT_OBJECTION_ANSWERED_BEFORE_AWARD","evidence":{"awardTimeline.actBeforeAnswerOn":"2024-05-16"}}])
major=lambda **k: {**E(**k),"project":mod(small,budgetYuan=68000000)}
W('evaluation','major-unsupervised','a 68-million-yuan project evaluated without a social supervisor (LC80-6.3)','evaluation','2024-08-01',major(socialSupervisors=[]),["SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS"])
W('evaluation','major-supervised','a major project with one social supervisor throughout','evaluation','2024-08-01',major(socialSupervisors=[{"supervisorId":"SS-1"}]),[])
W('evaluation','major-three-supervisors','a major project with three social supervisors (the directive says 1–2)','evaluation','2024-08-01',major(socialSupervisors=[{"supervisorId":"SS-1"},{"supervisorId":"SS-2"},{"supervisorId":"SS-3"}]),["SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS"])

# --- agency selection (LC80-3.1–3.3)
asel=R('agency-selection.json')
def A(sel=None, zx=None, drop_dy=False):
    d=copy.deepcopy(asel)
    if sel: d['selection']=mod(d['selection'],**sel)
    for a in d['agencies']:
        if a['id']=="A-ZX":
            a['disclosure']['inspectionAndPenaltyRecord']={"publishedOn":"2023-02-01"}
            a['staff'][1]['trainings'].append({"date":"2023-10-20","course":"招标代理从业人员培训","passed":True})
            if zx: a.update(zx)
    if drop_dy: d['agencies']=[a for a in d['agencies'] if a['id']=="A-ZX"]
    return d
filing=mod(asel['selection']['filing'],collectiveDecision=True)
W('agency','as-recorded','the example selection: disclosure incomplete, second on merit without a reason, not filed collectively, staff untrained','agencySelection','2024-06-01',asel,["AGENCY_DISCLOSURE_COMPLETE","AGENCY_MERIT_OR_JUSTIFIED","AGENCY_SELECTION_FILED","AGENCY_STAFF_TRAINED"])
W('agency','justified','second on merit with a written justification, filed collectively','agencySelection','2024-06-01',A(sel={"filing":filing,"justification":{"text":"该机构具备本项目所需的市政道路专业人员","date":"2024-03-19"}}),[])
W('agency','top-of-ranking','the only ranked agency, chosen on merit, filed collectively','agencySelection','2024-06-01',A(sel={"filing":filing},drop_dy=True),[])
W('agency','blacklisted','an agency blacklisted on the day of the selection (LC80-3.1)','agencySelection','2024-06-01',A(sel={"filing":filing},drop_dy=True,zx={"blacklist":[{"from":"2024-01-01","until":"2024-12-31","reason":"串通投标"}]}),["AGENCY_NOT_BLACKLISTED"])
unfiled=A(drop_dy=True); del unfiled['selection']['filing']
W('agency','not-filed','a selection not filed with the discipline inspection group (LC80-3.2)','agencySelection','2024-06-01',unfiled,["AGENCY_SELECTION_FILED"])
