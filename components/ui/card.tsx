/** The white panel every sign-in step sits in: narrow and centred, full width on a phone. */
export function Card({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <div className={`mx-auto w-full max-w-md rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 ${className}`}>{children}</div>;
}
