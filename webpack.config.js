// @ts-check
// Builds the task pane and the ribbon function file. `npm run build` (production) writes dist/ with manifest.xml whose
// dev origin https://localhost:3000/ is replaced by ADDIN_PUBLIC_URL; `npm run dev-server` serves https on port 3000.
// Office.js is not bundled: Office requires it from its CDN through a <script> tag in each HTML page.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// ajv@8 is a direct devDependency so that, with legacy-peer-deps, ajv-keywords@5 (copy-webpack-plugin's schema-utils)
// finds the ajv 8 it needs at the top level; ESLint keeps its own ajv 6 nested.
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devOrigin = "https://localhost:3000/";
// A placeholder: set ADDIN_PUBLIC_URL to the https address where dist/ is hosted before building for users.
const defaultPublicUrl = "https://www.contoso.com/kaw/";
const devServerPort = 3000;

/** The public origin with exactly one trailing slash, so "…/kaw" and "…/kaw/" give the same manifest. */
function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL || defaultPublicUrl;
  if (!url.startsWith("https://")) throw new Error(`ADDIN_PUBLIC_URL must be an https URL, got ${url}`);
  return url.replace(/\/*$/, "/");
}

/**
 * Dev server certificates from office-addin-dev-certs. On Windows and macOS getHttpsServerOptions() creates and
 * trusts them; on Linux it can create but not install them, so we create them and pass the files directly.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform !== "linux") return devCerts.getHttpsServerOptions();
  const certDir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!fs.existsSync(path.join(certDir, files.key))) await devCerts.generateCertificates();
  return {
    ca: fs.readFileSync(path.join(certDir, files.ca)),
    cert: fs.readFileSync(path.join(certDir, files.cert)),
    key: fs.readFileSync(path.join(certDir, files.key)),
  };
}

/** @param {string} name @param {string} template @param {string[]} chunks */
function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks });
}

module.exports = async (
  /** @type {Record<string, unknown>} */ env = {},
  /** @type {{ mode?: string }} */ argv = {},
) => {
  const dev = argv.mode !== "production";
  // The preview page (the real panel over the real .xlsx host, on the sample workbook or a file the person opens) is
  // for development, screenshots and machines without Excel.
  const withPreview = dev || Boolean(env.preview);
  /** @type {import("webpack").Configuration} */
  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(withPreview ? { preview: "./src/taskpane/preview/preview.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, typeof env.outputPath === "string" ? env.outputPath : "dist"),
      // Office caches task-pane files hard: production bundles carry a content hash, so a new build is a new URL.
      // The HTML pages (the manifest points at taskpane.html) keep their names and load the hashed files.
      filename: dev ? "[name].js" : "[name].[contenthash:12].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules so webpack can drop the Fluent components we do not import (tsconfig says commonjs for jest).
            options: { onlyCompileBundledFiles: true, compilerOptions: { module: "es2020", sourceMap: dev } },
          },
        },
        // The preview fetches the sample workbook from its own origin: an import gives the file's URL.
        { test: /\.xlsx$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      ...(withPreview ? [page("preview", "./src/taskpane/preview/preview.html", ["preview"])] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : Buffer.from(content.toString().split(devOrigin).join(publicUrl())),
          },
        ],
      }),
    ],
  };
  if (env.WEBPACK_SERVE) {
    config.devServer = {
      port: devServerPort,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
    };
  }
  return config;
};
