/** Problems with `code` as a cloudfront-js-2.0 function, one sentence each; [] when none. */
export function functionCodeProblems(code: string): string[];
