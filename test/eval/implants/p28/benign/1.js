static getCiProvider(){try{return process.env.GITHUB_ACTIONS?"github":process.env.GITLAB_CI?"gitlab":
process.env.BUILDKITE?"buildkite":process.env.CI?"ci":void 0}catch{return}}