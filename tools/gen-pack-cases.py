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
W('spot-check','unpublished','results not published 30 days after the quarter','spotCheck','2024-09-01',unpub,["SPOT_CHECK_PUBLISHED"])

# --- award, cancellation, abandonment (LC80-5.1, 5.3; 招标投标法 art. 46)
aw=R('award.json')
W('award','contract-late','contract signed 5 days after the 30-day period (招标投标法 art. 46)','award','2024-08-01',aw,[{"ruleId":"CONTRACT_SIGNED_IN_TIME","evidence":{"contract.daysLate":5}}])
W('award','contract-in-time','contract signed within 30 days','award','2024-08-01',mod(aw,contract=mod(aw['contract'],signedOn="2024-06-14")),[])
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

# --- projects (LC80-6.1, LC80-8)
pr=R('committee.json')['project']
W('project','electronic-supervised','an electronic project with a supervising department','project','2024-08-01',{"project":pr},[])
W('project','paper','a project traded on paper (LC80-6.1)','project','2024-08-01',{"project":mod(pr,electronic=False)},["FULLY_ELECTRONIC"])
nosup={k:v for k,v in pr.items() if k!="supervisingDepartmentId"}
W('project','no-supervisor','a project no department supervises (LC80-8)','project','2024-08-01',{"project":nosup},["PROJECT_HAS_SUPERVISOR"])

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
gp={"category":"governmentProcurement","budgetYuan":12000000}
W('committee','gp-large-five','government procurement of 12 million yuan with 5 members (财政部令第87号 art. 47)','committee','2024-06-01',committee(5,project=gp),["GP_COMMITTEE_SEVEN_FOR_LARGE_BUDGET"])
W('committee','gp-small-five','government procurement of 5 million yuan with 5 members','committee','2024-06-01',committee(5,project={"category":"governmentProcurement","budgetYuan":5000000}),[])
W('committee','gp-large-seven','government procurement of 12 million yuan with 7 members','committee','2024-06-01',committee(7,project=gp),[])

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
