BRIEFINGS_SEARCH_WORDS("ess",{
"essentiel":"r,n,y,x",
"essentiellement":"m,4n,26;59"
});
