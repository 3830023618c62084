/** Messages of the dashboards, the overview and the history (PRODUCT.md §3), Dutch and English. */
export const dashboardNl = {
  "dashboard.title": "Dashboard {region}: {project}",
} as const;

export const dashboardEn: Record<keyof typeof dashboardNl, string> = {
  "dashboard.title": "Dashboard {region}: {project}",
};
