/** A view's own problem line (role alert), shown while there is a message. */
export function Problem({
  message,
  as: Tag = 'p',
  className = 'error',
}: {
  message: string | null;
  as?: 'p' | 'pre' | 'span';
  className?: string;
}) {
  return message ? (
    <Tag role="alert" className={className}>
      {message}
    </Tag>
  ) : null;
}

/** A view's own notice (role status): what was just done, shown while there is a message. */
export function Notice({ message }: { message: string | null }) {
  return message ? (
    <p className="notices" role="status">
      {message}
    </p>
  ) : null;
}
