// Runs a script body and turns any failure into one clear line and exit code 1.
export async function runScript(body: () => Promise<void>) {
  try {
    await body();
  } catch (err) {
    const message = err instanceof Error ? `${err.name === "Error" ? "" : err.name + ": "}${err.message}` : String(err);
    console.error(message.split("\n")[0]);
    process.exit(1);
  }
}
