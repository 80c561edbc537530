/** Files webpack bundles as assets (asset/resource): importing one gives its URL on the page's origin. */
declare module "*.xlsx" {
  const url: string;
  export default url;
}
