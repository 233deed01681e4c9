/*
 * Word lists for the demo city's made-up names. Every name the generator writes is invented from these lists: any
 * likeness to a real person or company is chance.
 */

export const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"];

export const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力燕鹏飞斌宇浩凯晨欣怡悦琳雪梅兰峰波亮俊海鑫森林博瑞晓东旭阳昊然轩宁璐佳颖慧婷倩瑶"];

/** Counties and districts of the demo city (Liaocheng, GB/T 2260 prefix 3715): local regions. */
export const LOCAL_REGIONS = [
  { code: "371502", name: "东昌府区" },
  { code: "371503", name: "茌平区" },
  { code: "371521", name: "阳谷县" },
  { code: "371522", name: "莘县" },
  { code: "371524", name: "东阿县" },
  { code: "371525", name: "冠县" },
  { code: "371526", name: "高唐县" },
  { code: "371581", name: "临清市" },
] as const;

/** Other cities of Shandong: non-local regions (experts from here evaluate remotely, LC80-4.3). */
export const NONLOCAL_REGIONS = [
  { code: "370102", name: "济南市历下区" },
  { code: "370202", name: "青岛市市南区" },
  { code: "370902", name: "泰安市泰山区" },
  { code: "371402", name: "德州市德城区" },
  { code: "371702", name: "菏泽市牡丹区" },
  { code: "370802", name: "济宁市任城区" },
  { code: "370502", name: "东营市东营区" },
  { code: "371302", name: "临沂市兰山区" },
] as const;

export const FIRM_WORDS = [..."鲁聊信诚华泰宏远鼎盛恒通金源瑞丰博达正阳天成利民安顺合众东岳运河水城凤凰光明新星永兴万达宏图中诚国信建业"];

export const FIRM_KINDS = {
  construction: ["建设工程有限公司", "建筑安装有限公司", "市政工程有限公司", "路桥建设有限公司"],
  transport: ["公路工程有限公司", "交通建设集团有限公司", "路桥工程有限公司"],
  waterResources: ["水利水电工程有限公司", "水务建设有限公司", "河道工程有限公司"],
  governmentProcurement: ["科技有限公司", "信息技术有限公司", "医疗器械有限公司", "办公设备有限公司", "物业服务有限公司", "环境科技有限公司"],
} as const;

export const EXPERT_EMPLOYER_KINDS = [
  "设计研究院",
  "工程咨询有限公司",
  "建筑科学研究院",
  "大学",
  "职业技术学院",
  "工程监理有限公司",
  "造价咨询有限公司",
  "人民医院",
  "信息中心",
] as const;

export const PROJECT_WORDS = {
  construction: ["棚户区改造安置房", "中学教学楼", "人民医院门诊楼", "老旧小区改造", "产业园标准厂房", "市民服务中心", "幼儿园新建", "体育馆维修"],
  transport: ["国道改建", "农村公路提升", "桥梁加固", "县道大中修", "公交场站", "交通安全设施完善"],
  waterResources: ["河道综合治理", "水库除险加固", "灌区节水改造", "农村供水管网", "排涝泵站", "引黄渠系清淤"],
  governmentProcurement: ["教学设备采购", "医疗设备采购", "办公家具采购", "信息化平台建设", "物业管理服务", "车辆采购", "图书采购", "环卫保洁服务"],
} as const;

export const TENDERER_NAMES = [
  "教育和体育局",
  "卫生健康委员会",
  "住房和城乡建设局",
  "交通运输局",
  "水利局",
  "城市管理局",
  "人民医院",
  "第一中学",
  "机关事务服务中心",
  "自然资源和规划局",
  "农业农村局",
  "文化和旅游局",
] as const;
