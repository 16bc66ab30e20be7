/* UI strings in Chinese and English; class names come translated from /ontology. */
"use strict";
window.OKG_I18N = {
  zh: {
    title: "人大监督知识图谱", searchPlaceholder: "搜索法律、机关、报告…（如 湿地保护法）",
    year: "年份", allYears: "全部年份", exportPng: "导出 PNG", exportJson: "导出 JSON", clear: "清空",
    hint: "单击节点查看详情，双击展开相邻节点", details: "详情", lawsInspected: "被检查的法律",
    coverage: "覆盖情况", pathFinder: "路径", noSelection: "搜索或单击一个节点。", pathFrom: "起点实体",
    pathTo: "终点实体", findPath: "查找路径", close: "关闭", langButton: "English",
    properties: "属性", relations: "关系", evidence: "证据句", openReport: "查看报告原文",
    timeline: "时间线", expand: "展开相邻节点", law: "法律法规", level: "层级", times: "检查次数",
    organs: "检查机关", noResults: "没有结果", loading: "加载中…", noPath: "没有找到路径",
    pathFound: "找到 {n} 条路径", expanded: "已展开 {n} 个节点", notAvailable: "当前存储暂不支持：", apiKey: "此服务需要 API 密钥（本会话内保存）：",
    category: "类别", lawsCount: "法律数", inspected: "已检查", neverInspected: "从未检查",
    neverInspectedList: "从未检查的法律", report: "报告", reports: "报告数", types: "类型",
    pickBoth: "请先选择两个实体", noEvidence: "没有证据句",
  },
  en: {
    title: "Legislative oversight graph", searchPlaceholder: "Search laws, organs, reports… (e.g. 湿地保护法)",
    year: "Year", allYears: "All years", exportPng: "Export PNG", exportJson: "Export JSON", clear: "Clear",
    hint: "Click a node for details, double-click to expand its neighbours", details: "Details",
    lawsInspected: "Laws inspected", coverage: "Coverage", pathFinder: "Paths",
    noSelection: "Search or click a node.", pathFrom: "From entity", pathTo: "To entity", findPath: "Find paths",
    close: "Close", langButton: "中文", properties: "Properties", relations: "Relations",
    evidence: "Evidence", openReport: "Open the report", timeline: "Timeline", expand: "Expand neighbours",
    law: "Law", level: "Level", times: "Inspections", organs: "Organs", noResults: "No results",
    loading: "Loading…", noPath: "No path found", pathFound: "{n} path(s) found", expanded: "{n} nodes added",
    notAvailable: "Not answered by this store: ", apiKey: "This server needs its API key (kept for this session):", category: "Category", lawsCount: "Laws",
    inspected: "Inspected", neverInspected: "Never inspected", neverInspectedList: "Laws never inspected",
    report: "Report", reports: "Reports", types: "Types", pickBoth: "Pick two entities first",
    noEvidence: "No evidence sentences",
  },
};
/* Relationship names (ontology local names) as shown on edges. */
window.OKG_RELATIONS_ZH = {
  statedIn: "见于", conductedBy: "开展机关", jointlyWith: "联合", oversaw: "监督对象", concernsLaw: "涉及法律",
  hasIssue: "议题", mentionsLaw: "提及法律", mentionsOrgan: "提及机关", publishedBy: "发布机关",
  jurisdiction: "辖区", within: "隶属", subOrganOf: "下属于", deputyOf: "代表", partOf: "组成部分",
};
