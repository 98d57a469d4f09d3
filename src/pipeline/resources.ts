// What stages may use besides the document: loaded once per process, shared by every document.
export interface PipelineResources {
  [name: string]: unknown;
}

export function loadResources(): PipelineResources {
  return {};
}
