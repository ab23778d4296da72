i=gse(t)?o||r||n:r||n||o;
return i===process.env.OPENAI_API_KEY&&i&&!t.openaiApiKey&&!Zq9(t.openaiBaseUrl)&&(i=r||n),i?de(i):oe("OPENAI_API_KEY is missing.")}