BRIEFINGS_SEARCH_WORDS("ess",{
"essentiel":"r,n,y,x",
"essentiellement":"m,4u,29;5g"
});
