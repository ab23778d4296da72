    const escapedName = escape3(gitCoAuthorSettings.name ?? "");
    const escapedEmail = escape3(gitCoAuthorSettings.email ?? "");
    const trailerSep = this.coAuthorTrailerSeparator();
    const coAuthor = `

Co-authored-by${trailerSep}${escapedName} <${escapedEmail}>`;