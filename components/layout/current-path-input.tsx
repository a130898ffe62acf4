"use client";
import { usePathname } from "next/navigation";

/** Hidden field carrying the current path, so a form can bring the user back here. */
export function CurrentPathInput({ name = "returnTo" }: { name?: string }) {
  return <input type="hidden" name={name} value={usePathname() ?? "/"} />;
}
