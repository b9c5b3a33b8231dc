/** A view's own problem line (role alert), shown while there is a message. */
export function Problem({ message, className = 'error' }: { message: string | null; className?: string }) {
  return message ? (
    <p role="alert" className={className}>
      {message}
    </p>
  ) : null;
}
