// Builds the add-in: taskpane.html (React pane), commands.html (ribbon functions), assets and
// dist/manifest.xml with the production URL. `npm run dev-server` serves it on port 3000: over
// HTTPS when Office add-in dev certificates exist (npx office-addin-dev-certs install), else HTTP.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionManifest } = require("./scripts/production-manifest.cjs");

/** Where the built add-in is hosted; substituted into dist/manifest.xml. */
const PROD_URL = process.env.FORMATIECHECK_URL || "https://formatiecheck.example.nl/";

function devServerHttps() {
  if (process.env.HTTPS === "0") return undefined;
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const https = devServerHttps();
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // File mode's reader for .xls, .xlsb and .ods (SheetJS, its own chunk, loaded only for such a
      // file): the ES module build, so nothing of Node's is pulled in.
      alias: { "@e965/xlsx$": path.resolve(__dirname, "node_modules/@e965/xlsx/xlsx.mjs") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      // The ribbon command's message when it fails (a dialog: a function command has no pane).
      new HtmlWebpackPlugin({ filename: "notice.html", template: "./src/commands/notice.html", chunks: ["notice"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? productionManifest(content.toString(), PROD_URL) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: false,
      hot: false,
      client: false,
    },
  };
};
