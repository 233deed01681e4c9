/**
 * A real-looking OCDS 1.1 compiled release of a Liaocheng works tender, with the bids extension, this library's
 * `ggzy` extension and fields the model does not have (planning, documents, addresses, contact points, a payer, a
 * publisher extension `x_lcggzy`, bid statistics, an unsuccessful award without supplier, contract transactions).
 * Returned fresh on each call so tests cannot share mutations.
 */
export function liaochengRelease(): Record<string, unknown> {
  return {
    ocid: "ocds-lc80ab-LCGGZY-2024-0137",
    id: "LCGGZY-2024-0137-compiled",
    date: "2024-04-16T10:00:00+08:00",
    tag: ["compiled"],
    initiationType: "tender",
    language: "zh",
    x_lcggzy: { sourceSystem: "聊城市公共资源交易平台", recordNo: "JSGC-2024-0137" },
    planning: { budget: { amount: { amount: 12500000, currency: "CNY" }, project: "东昌路改造", projectID: "2401-371502-04-01-123456" } },
    buyer: { id: "T-DCFZJ", name: "聊城市东昌府区住房和城乡建设局" },
    parties: [
      {
        id: "T-DCFZJ",
        name: "聊城市东昌府区住房和城乡建设局",
        identifier: { scheme: "CN-USCC", id: "11371502004123456X", legalName: "聊城市东昌府区住房和城乡建设局" },
        address: { streetAddress: "东昌府区柳园路 1 号", locality: "聊城市", region: "山东省", countryName: "中国" },
        contactPoint: { name: "王磊", telephone: "0635-8888888" },
        roles: ["buyer", "payer"],
        ggzy: { tenderer: { region: "371502" } },
      },
      { id: "A-LCZB", name: "聊城某招标代理有限公司", roles: ["procuringEntity"], ggzy: { agency: { professionalFields: ["construction"] } } },
      { id: "D-ZJ", name: "聊城市东昌府区住房和城乡建设局建筑市场监管科", roles: ["reviewBody"] },
      {
        id: "B-HD",
        name: "聊城宏达建设集团有限公司",
        identifier: { scheme: "CN-USCC", id: "91371500MA3C12345X" },
        roles: ["tenderer", "supplier"],
        ggzy: { bidder: { legalRepresentative: { id: "PER-01", name: "王强" } } },
      },
      { id: "B-LX", name: "山东鲁信工程有限公司", roles: ["tenderer"] },
      { id: "B-HJ", name: "德州华建工程有限公司", roles: ["tenderer"], address: { locality: "德州市" } },
      { id: "X-FIN", name: "聊城市东昌府区财政局", roles: ["funder"] },
    ],
    tender: {
      id: "JSGC-2024-0137",
      title: "东昌路（柳园路—东关街）道路改造工程",
      status: "complete",
      procuringEntity: { id: "A-LCZB", name: "聊城某招标代理有限公司" },
      value: { amount: 12500000, currency: "CNY" },
      procurementMethod: "open",
      procurementMethodDetails: "公开招标",
      mainProcurementCategory: "works",
      submissionMethod: ["electronicSubmission"],
      tenderPeriod: { startDate: "2024-03-01T09:00:00+08:00", endDate: "2024-03-22T09:30:00+08:00" },
      lots: [{ id: "L1", title: "第一标段", value: { amount: 12500000, currency: "CNY" }, status: "complete" }],
      items: [
        {
          id: "1",
          description: "道路工程施工",
          classification: { scheme: "CPV", id: "45233140", description: "Roadworks", uri: "http://cpv.data.ac.uk/code-45233140" },
          quantity: 1,
          unit: { name: "项" },
          relatedLot: "L1",
        },
      ],
      documents: [{ id: "D1", documentType: "tenderNotice", url: "https://ggzyjy.liaocheng.gov.cn/notice/0137" }],
      ggzy: { region: "371502", supervisingDepartmentId: "D-ZJ", publicImpact: true, publishedOn: "2024-03-01", evaluationOn: "2024-03-22" },
    },
    bids: {
      statistics: [{ id: "S1", measure: "bids", value: 4 }],
      details: [
        {
          id: "BID-1",
          date: "2024-03-21T16:05:00+08:00",
          status: "valid",
          tenderers: [{ id: "B-HD", name: "聊城宏达建设集团有限公司" }],
          value: { amount: 11980000, currency: "CNY" },
          relatedLots: ["L1"],
          documents: [{ id: "BD1", documentType: "submissionDocuments" }],
          ggzy: {
            fingerprint: { fileHash: "9f2c5c1e0a7b44b6a8d1f0e3c2b1a09f8e7d6c5b4a3928170615243342516070", author: "zhangsan", machineId: "00-1A-2B-3C-4D-5E" },
            agent: { id: "PER-11", name: "赵敏" },
            projectManager: { id: "PER-21", name: "陈杰" },
            bondAccount: { bank: "中国工商银行聊城分行", accountNumber: "1610000000000000001" },
            x_note: "publisher's own extension key inside ggzy is kept",
          },
        },
        {
          id: "BID-2",
          date: "2024-03-21T17:40:00+08:00",
          status: "valid",
          tenderers: [{ id: "B-LX", name: "山东鲁信工程有限公司" }],
          value: { amount: 12100000, currency: "CNY" },
          relatedLots: ["L1"],
          ggzy: {
            fingerprint: { fileHash: "9f2c5c1e0a7b44b6a8d1f0e3c2b1a09f8e7d6c5b4a3928170615243342516070", author: "zhangsan", machineId: "00-1A-2B-3C-4D-5E" },
            agent: { id: "PER-12", name: "李娜" },
            bondAccount: { bank: "中国工商银行聊城分行", accountNumber: "1610000000000000001" },
          },
        },
        {
          id: "BID-3",
          date: "2024-03-22T09:10:00+08:00",
          status: "disqualified",
          tenderers: [{ id: "B-HJ", name: "德州华建工程有限公司" }],
          value: { amount: 10200000, currency: "CNY" },
          relatedLots: ["L1"],
        },
        { id: "BID-4", status: "withdrawn", value: { amount: 13000000, currency: "CNY" } },
      ],
    },
    awards: [
      {
        id: "AW-1",
        title: "中标结果",
        status: "active",
        date: "2024-03-29T10:00:00+08:00",
        value: { amount: 11980000, currency: "CNY" },
        suppliers: [{ id: "B-HD", name: "聊城宏达建设集团有限公司" }],
        relatedLots: ["L1"],
        items: [{ id: "1", description: "道路工程施工", classification: { scheme: "CPV", id: "45233140" }, quantity: 1 }],
        contractPeriod: { startDate: "2024-04-20T00:00:00+08:00", durationInDays: 180 },
      },
      { id: "AW-0", status: "unsuccessful", date: "2024-03-05T10:00:00+08:00", description: "首次招标投标人不足三家" },
    ],
    contracts: [
      {
        id: "CT-1",
        awardID: "AW-1",
        title: "施工合同",
        status: "active",
        dateSigned: "2024-04-14T17:30:00Z",
        value: { amount: 11980000, currency: "CNY" },
        implementation: { transactions: [{ id: "TX1", date: "2024-05-10T00:00:00+08:00", value: { amount: 3594000, currency: "CNY" } }] },
      },
    ],
  };
}
