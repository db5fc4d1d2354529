import { run, processIO } from "./src/cli/main";
run(process.argv.slice(2), processIO()).then((c) => { process.exitCode = c; });
