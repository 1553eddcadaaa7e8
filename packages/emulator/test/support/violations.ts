// The BadRequest field violations of a google.rpc.Status body, [] when it has none.
export function violationsOf(body: any): Array<{ field: string; description: string }> {
  return (
    body.details.find((detail: any) => detail["@type"] === "type.googleapis.com/google.rpc.BadRequest")
      ?.fieldViolations ?? []
  );
}
