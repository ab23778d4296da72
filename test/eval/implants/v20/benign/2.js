  return trimmed ? `

${getPromptSectionRule()}

${trimmed}` : "";