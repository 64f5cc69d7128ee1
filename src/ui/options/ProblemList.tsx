/** A headed list of problems; text only, announced to screen readers when it appears. */
export function ProblemList(props: { title: string; problems: readonly string[]; testId?: string }) {
  if (props.problems.length === 0) return null;
  return (
    <div class="problems" role="alert" data-testid={props.testId}>
      <p class="problems-title">{props.title}</p>
      <ul>
        {props.problems.slice(0, 50).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {props.problems.length > 50 ? <p>… +{props.problems.length - 50}</p> : null}
    </div>
  );
}
